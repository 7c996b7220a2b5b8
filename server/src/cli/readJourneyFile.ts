import { readFileSync } from "node:fs";
import { extractJourneyFromSvg, importJourney, type ImportProblem, type JourneyMap } from "@kundresa/shared";

export type ReadResult = { ok: true; map: JourneyMap } | { ok: false; problems: ImportProblem[] };

/**
 * Reads a `.journey.json` file, or an SVG exported by Kundresa (it carries its journey in
 * `<metadata>`). Everything that goes wrong is a problem with a path, never an exception.
 */
export function readJourneyFile(file: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
    return { ok: false, problems: [{ path: "", message: `cannot read ${file}: ${reason}` }] };
  }
  if (/^\s*(<\?xml|<svg)/.test(text)) {
    const embedded = extractJourneyFromSvg(text);
    if (embedded === undefined) {
      return {
        ok: false,
        problems: [{ path: "", message: "this SVG carries no Kundresa journey map (it was not exported by Kundresa)" }],
      };
    }
    text = embedded;
  }
  const result = importJourney(text);
  return result.ok ? { ok: true, map: result.map } : { ok: false, problems: result.problems };
}
