import type * as Y from "yjs";
import { z } from "zod";
import { PHASES, marketSchema } from "../format/enums";
import { coverageSchema, defaultCoverage } from "../format/journeyMap";
import { textSchema } from "../format/primitives";
import { problemsFromZod, type ImportProblem } from "../io/problems";
import type { InvalidEntry } from "../validation/report";
import { describeStoredValue, isSharedType, toRawJson } from "./plainValues";
import type { JourneyMeta } from "./sizeBudget";

/** The meta fields the layout defines; any other key in `meta` is ignored, as import drops unknown fields. */
export const META_FIELDS = ["title", "description", "market", "coverage"] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Coverage naming a category twice in a phase would make the export fail import (contract §2). */
const uniqueCoverageSchema = coverageSchema.check(
  z.superRefine((coverage, ctx) => {
    for (const phase of PHASES) {
      const seen = new Set<string>();
      coverage[phase].forEach((category, index) => {
        if (seen.has(category)) {
          ctx.addIssue({ code: "custom", message: `category "${category}" is listed twice`, path: [phase, index] });
        }
        seen.add(category);
      });
    }
  }),
);

/** Schema per meta field; each field is checked on its own so one bad field does not cost the others. */
export const META_FIELD_SCHEMAS: Record<MetaField, z.ZodType> = {
  title: textSchema,
  description: textSchema,
  market: marketSchema,
  coverage: uniqueCoverageSchema,
};

export interface MetaRead {
  meta: JourneyMeta;
  invalid: InvalidEntry[];
}

function defaults(): JourneyMeta {
  return { title: "", description: "", coverage: defaultCoverage() };
}

type FieldOutcome = { ok: true; value: unknown } | { ok: false; problems: ImportProblem[] };

function parseField(field: MetaField, value: unknown): FieldOutcome {
  if (isSharedType(value)) {
    return {
      ok: false,
      problems: [{ path: field, message: `must be a plain value, not ${describeStoredValue(value)}` }],
    };
  }
  const parsed = META_FIELD_SCHEMAS[field].safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = problemsFromZod(parsed.error).map((problem) => ({
    path: problem.path === "" ? field : `${field}.${problem.path}`,
    message: problem.message,
  }));
  return { ok: false, problems };
}

/**
 * The map's meta fields from the `meta` Y.Map. Never throws. A missing field takes its default (a new
 * document has none yet); a field holding anything the format does not allow also takes its default
 * and is reported as an invalid `meta` entry named by its key, so a bad coverage list cannot block the
 * rest of the map.
 */
export function readMeta(meta: Y.Map<unknown> | undefined): MetaRead {
  const result = defaults();
  const invalid: InvalidEntry[] = [];
  if (meta === undefined) return { meta: result, invalid };
  for (const field of META_FIELDS) {
    let stored: unknown;
    let outcome: FieldOutcome;
    try {
      stored = meta.get(field);
      if (stored === undefined) continue;
      outcome = parseField(field, stored);
    } catch (error) {
      const message = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
      outcome = { ok: false, problems: [{ path: field, message }] };
    }
    if (outcome.ok) (result as Record<string, unknown>)[field] = outcome.value;
    else invalid.push({ collection: "meta", entryId: field, problems: outcome.problems, raw: toRawJson(stored) });
  }
  return { meta: result, invalid };
}
