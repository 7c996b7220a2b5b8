import type { z } from "zod";

/** One reason an import was refused, at the path of the offending value (`touchpoints[3].itSupport`). */
export interface ImportProblem {
  /** Empty for a problem with the whole document (not JSON, too large, not an object). */
  path: string;
  message: string;
}

/** `["touchpoints", 3, "itSupport"]` → `touchpoints[3].itSupport`: the way people write paths. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") {
    return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
  }
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "object") return "an object";
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/** A plain-language message for one schema issue; the path is reported beside it. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `is required (${TYPE_NAMES[issue.expected] ?? issue.expected})`;
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case "invalid_value": {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(", ");
      const got = issue.input === undefined ? "" : `, not ${describeValue(issue.input)}`;
      return issue.values.length === 1 ? `must be ${allowed}${got}` : `must be one of ${allowed}${got}`;
    }
    case "too_big":
      if (issue.origin === "string") return `is too long: at most ${issue.maximum} characters`;
      if (issue.origin === "array") return `has too many entries: at most ${issue.maximum}`;
      return `must be at most ${issue.maximum}`;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      if (issue.origin === "array") return `needs at least ${issue.minimum} entries`;
      return `must be at least ${issue.minimum}`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    case "custom":
      return issue.message;
    default:
      return issue.message;
  }
}

export function problemsFromZod(error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}
