export const en = {
  "loading.editor": "Opening the map…",
  "loading.failed": "The editor could not be loaded",
  "loading.failedText": "Check your connection and reload the page.",
  "loading.reload": "Reload",
} as const;

export const sv: Record<keyof typeof en, string> = {
  "loading.editor": "Öppnar kartan…",
  "loading.failed": "Redigeraren kunde inte laddas",
  "loading.failedText": "Kontrollera anslutningen och ladda om sidan.",
  "loading.reload": "Ladda om",
};
