/** The PDF export: the export menu's item and the page-size dialog. */
export const en = {
  "pdf.title": "Export as PDF",
  "pdf.intro": "The whole map on one page, scaled to fit inside a 10 mm margin. Text stays text: sharp at any size.",
  "pdf.pageSize": "Page size",
  "pdf.orientation": "Orientation",
  "pdf.auto": "Auto",
  "pdf.portrait": "Portrait",
  "pdf.landscape": "Landscape",
  "pdf.autoChose": "Auto picks {orientation}: the map prints larger that way.",
  "pdf.preview": "Preview: {size} page, {orientation}",
  "pdf.printedSize": "The map prints {width} × {height} mm.",
  "pdf.export": "Export PDF",
  "pdf.cancel": "Cancel",
  "pdf.failed": "The PDF could not be made: {reason}",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "pdf.title": "Exportera som PDF",
  "pdf.intro":
    "Hela kartan på en sida, skalad för att rymmas innanför en marginal på 10 mm. Texten förblir text: skarp i alla storlekar.",
  "pdf.pageSize": "Pappersstorlek",
  "pdf.orientation": "Orientering",
  "pdf.auto": "Automatisk",
  "pdf.portrait": "Stående",
  "pdf.landscape": "Liggande",
  "pdf.autoChose": "Automatisk väljer {orientation}: då blir kartan störst.",
  "pdf.preview": "Förhandsvisning: sida i {size}, {orientation}",
  "pdf.printedSize": "Kartan skrivs ut i {width} × {height} mm.",
  "pdf.export": "Exportera PDF",
  "pdf.cancel": "Avbryt",
  "pdf.failed": "Det gick inte att skapa PDF:en: {reason}",
};
