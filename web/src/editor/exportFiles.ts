import {
  exportJourney,
  renderJourneyPdf,
  renderJourneySvg,
  touchpointsCsv,
  type JourneyMap,
  type Locale,
  type PageOrientation,
  type PageSizeName,
  type ValidationIssue,
} from "@kundresa/shared";

/** A file name from the map's title: letters (any script), digits and dashes; never empty. */
export function fileBaseName(title: string): string {
  const base = title
    .normalize("NFKC")
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return base === "" ? "journey-map" : base;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click returns; free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportJsonFile(map: JourneyMap): void {
  download(new Blob([exportJourney(map)], { type: "application/json" }), `${fileBaseName(map.title)}.journey.json`);
}

/** The touchpoints as a spreadsheet, in the UI's language: its headers, names and list separator. */
export function exportCsvFile(map: JourneyMap, locale: Locale): void {
  // `header=present` tells a program that sniffs the type that the first row names the columns (RFC 4180 §3).
  const type = "text/csv;charset=utf-8;header=present";
  download(new Blob([touchpointsCsv(map, locale)], { type }), `${fileBaseName(map.title)}.csv`);
}

export function svgText(map: JourneyMap, locale: Locale, issues: ValidationIssue[], comments = false): string {
  return renderJourneySvg(map, { locale, issues, comments });
}

/** The SVG; with `comments`, the threads printed under the legend (named so the two files do not clash). */
export function exportSvgFile(map: JourneyMap, locale: Locale, issues: ValidationIssue[], comments = false): void {
  const name = `${fileBaseName(map.title)}${comments ? "-comments" : ""}.svg`;
  download(new Blob([svgText(map, locale, issues, comments)], { type: "image/svg+xml" }), name);
}

/** The SVG's declared size, which the renderer always writes on the root element. */
function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 1200);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 800);
  return { width, height };
}

/** Canvas limits differ per browser; past this many pixels a side, scale down instead of failing. */
const MAX_SIDE = 16_384;

/** PNG rasterised from the same SVG, at twice its size so it stays sharp on slides. */
export async function pngBlob(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const factor = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * factor);
    canvas.height = Math.round(height * factor);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.scale(factor, factor);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("toBlob gave nothing"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportPngFile(map: JourneyMap, locale: Locale, issues: ValidationIssue[]): Promise<void> {
  download(await pngBlob(svgText(map, locale, issues)), `${fileBaseName(map.title)}.png`);
}

/** A vector PDF of the same drawing as the SVG, fitted to `pageSize` for printing the map on the wall. */
export function exportPdfFile(
  map: JourneyMap,
  locale: Locale,
  issues: ValidationIssue[],
  page: { pageSize: PageSizeName; orientation: PageOrientation },
): void {
  const bytes = renderJourneyPdf(map, { locale, issues, ...page });
  download(new Blob([bytes], { type: "application/pdf" }), `${fileBaseName(map.title)}.pdf`);
}
