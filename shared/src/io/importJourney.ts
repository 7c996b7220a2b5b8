import { FORMAT_ID, journeyMapSchema, type JourneyMap } from "../format/journeyMap";
import { LIMITS } from "../format/limits";
import { journeyMigrations } from "./journeyMigrations";
import { problemsFromZod, type ImportProblem } from "./problems";

export type ImportResult =
  | {
      ok: true;
      map: JourneyMap;
      /** The file's version before migration; equals the current version for up-to-date files. */
      migratedFrom: number;
    }
  | { ok: false; problems: ImportProblem[] };

/** UTF-8 length of a string, without TextEncoder (shared runs where neither DOM nor Node types are). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function refuse(path: string, message: string): ImportResult {
  return { ok: false, problems: [{ path, message }] };
}

function sizeProblem(bytes: number): ImportResult {
  const mib = (bytes / 1024 / 1024).toFixed(1);
  return refuse(
    "",
    `the file is ${mib} MiB; the largest journey map accepted is ${LIMITS.maxBodyBytes / 1024 / 1024} MiB`,
  );
}

/**
 * Reads a journey map from JSON text or an already-parsed value. All or nothing: either a complete,
 * valid map of the current version, or every problem found, each at its path. Older versions are
 * migrated forward; broken references (a touchpoint in a missing stage…) are accepted and left to
 * `validateJourney`, so nothing the team wrote is silently dropped. Unknown fields are dropped.
 */
export function importJourney(input: unknown): ImportResult {
  let value: unknown = input;
  if (typeof input === "string") {
    // Cheap upper bound first: UTF-8 never takes more than 3 bytes per UTF-16 unit.
    if (input.length * 3 > LIMITS.maxBodyBytes) {
      const bytes = utf8ByteLength(input);
      if (bytes > LIMITS.maxBodyBytes) return sizeProblem(bytes);
    }
    try {
      // A byte-order mark, as Windows editors write before UTF-8 JSON, is not part of the text.
      value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      return refuse("", `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    const text = safeStringify(input);
    if (text === undefined) return refuse("", "not a JSON value (it cannot be written as JSON)");
    if (text.length * 3 > LIMITS.maxBodyBytes) {
      const bytes = utf8ByteLength(text);
      if (bytes > LIMITS.maxBodyBytes) return sizeProblem(bytes);
    }
  }

  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return refuse("", "a journey map must be a JSON object");
  }
  const document = value as Record<string, unknown>;
  if (document["format"] !== FORMAT_ID) {
    return refuse(
      "format",
      document["format"] === undefined
        ? `is required: a journey map says "format": "${FORMAT_ID}"`
        : `must be "${FORMAT_ID}": this is not a Kundresa journey map`,
    );
  }

  const migrated = journeyMigrations.migrate(document);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };

  const parsed = journeyMapSchema.safeParse(migrated.document, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  return { ok: true, map: parsed.data, migratedFrom: migrated.migratedFrom };
}

function safeStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
