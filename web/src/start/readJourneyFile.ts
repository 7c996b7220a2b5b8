import { extractJourneyFromSvg, importJourney, type ImportProblem, type JourneyMap } from "@kundresa/shared";

export type JourneyFileResult = { ok: true; map: JourneyMap } | { ok: false; problems: ImportProblem[] };

/**
 * Reads a dropped or chosen file: a `.journey.json`, or a Kundresa SVG export (which carries the
 * journey JSON in its metadata). Nothing is created here; the caller does that only on `ok`.
 */
export function readJourneyText(text: string): JourneyFileResult {
  const looksLikeSvg = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text);
  if (looksLikeSvg) {
    const json = extractJourneyFromSvg(text);
    if (json === undefined)
      return { ok: false, problems: [{ path: "", message: "this SVG carries no Kundresa journey map" }] };
    return importJourney(json);
  }
  return importJourney(text);
}

export async function readJourneyFile(file: File): Promise<JourneyFileResult> {
  return readJourneyText(await file.text());
}
