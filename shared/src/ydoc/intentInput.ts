import type { z } from "zod";
import { problemsFromZod, type ImportProblem } from "../io/problems";
import type { EntryFields } from "./writeFields";

/*
 * Intents check their input before they write anything: bad input is a bug in the calling code (the
 * editor builds it), so it throws a clear Error and the document is left as it was. Checking first
 * matters because Yjs commits whatever a transaction wrote even when its function throws.
 */

function describeProblems(problems: readonly ImportProblem[]): string {
  return problems
    .map((problem) => (problem.path === "" ? problem.message : `${problem.path} ${problem.message}`))
    .join("; ");
}

/** An intent's input failed its checks; `problems` names each one by its path, for a view to list. */
export class InvalidInputError extends Error {
  constructor(
    what: string,
    readonly problems: readonly ImportProblem[],
  ) {
    super(`${what} is invalid: ${describeProblems(problems)}`);
  }
}

export function invalidInput(what: string, problems: readonly ImportProblem[]): InvalidInputError {
  return new InvalidInputError(what, problems);
}

/** `input` parsed by `schema` (defaults filled, unknown fields dropped), or an Error naming every problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw invalidInput(what, problemsFromZod(parsed.error));
  return parsed.data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A patch checked field by field against `shape`: only the fields it names (an `undefined` value
 * names none), each parsed with its own schema; `null` clears a field listed in `clearable`. The
 * result maps each field to its new value, `undefined` for a cleared one. Unlike `schema.partial()`,
 * this never fills in defaults for fields the patch leaves out, which would overwrite other people's
 * concurrent edits.
 */
export function parsePatch(
  shape: Readonly<Record<string, z.ZodType>>,
  patch: unknown,
  what: string,
  clearable: readonly string[] = [],
): EntryFields {
  if (!isRecord(patch)) throw new Error(`${what} must be an object of fields to change`);
  const fields: EntryFields = {};
  const problems: ImportProblem[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
    if (schema === undefined) {
      problems.push({ path: field, message: "cannot be changed here (not a field this patch may set)" });
    } else if (value === null && clearable.includes(field)) {
      fields[field] = undefined;
    } else {
      const parsed = schema.safeParse(value, { reportInput: true });
      if (parsed.success) fields[field] = parsed.data;
      else {
        for (const problem of problemsFromZod(parsed.error)) {
          const path =
            problem.path === ""
              ? field
              : problem.path.startsWith("[")
                ? field + problem.path
                : `${field}.${problem.path}`;
          problems.push({ path, message: problem.message });
        }
      }
    }
  }
  if (problems.length > 0) throw invalidInput(what, problems);
  return fields;
}

/** Throws when an id list is not a list of strings (the editor's bug, not the user's data). */
export function parseIdList(ids: unknown, what: string): string[] {
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === "string")) {
    throw new Error(`${what} must be a list of ids`);
  }
  return [...new Set(ids)];
}
