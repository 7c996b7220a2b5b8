import * as Y from "yjs";

/**
 * Helpers for the plain (non-shared) values the Y.Doc layout stores. Any client may write anything
 * into the document, so every function here accepts any value and never throws.
 */

/** Deeper than any value of the format; stops a cyclic local value from recursing forever. */
const MAX_DEPTH = 32;

export function isSharedType(value: unknown): value is Y.AbstractType<unknown> {
  return value instanceof Y.AbstractType;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What a value is, in words, for problems that zod cannot phrase (shared types in a plain field). */
export function describeStoredValue(value: unknown): string {
  if (value instanceof Y.Text) return "a shared text (Y.Text)";
  if (value instanceof Y.Map) return "a shared map (Y.Map)";
  if (value instanceof Y.Array) return "a shared list (Y.Array)";
  if (value instanceof Y.XmlFragment || value instanceof Y.XmlText || value instanceof Y.XmlHook) {
    return "a shared XML type";
  }
  if (isSharedType(value)) return "a shared type";
  if (value instanceof Y.Doc) return "a subdocument";
  if (value instanceof Uint8Array) return "binary data";
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a text";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/**
 * A JSON-safe copy of whatever is stored, for `InvalidEntry.raw` (the repair view and the JSON
 * validation report). Shared types become their JSON; values JSON cannot hold become descriptions.
 */
export function toRawJson(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return "…";
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "bigint":
      return `${value.toString()}n`;
    case "undefined":
      return null;
    case "function":
    case "symbol":
      return `<${typeof value}>`;
  }
  if (value === null) return null;
  try {
    if (isSharedType(value)) return toRawJson(value.toJSON(), depth + 1);
    if (value instanceof Y.Doc) return `<subdocument ${value.guid}>`;
    if (value instanceof Uint8Array) return `<binary, ${value.length} bytes>`;
    if (Array.isArray(value)) return value.map((item: unknown) => toRawJson(item, depth + 1));
    if (value instanceof Map) return toRawJson(Object.fromEntries(value), depth + 1);
    const entries = Object.entries(value as Record<string, unknown>);
    return Object.fromEntries(entries.map(([key, item]) => [key, toRawJson(item, depth + 1)]));
  } catch {
    return "<unreadable value>";
  }
}

/**
 * Structural equality of plain JSON-like values (what the layout stores). Shared types, binary data
 * and class instances are equal only to themselves, so a writer replaces them rather than keeping
 * garbage that merely looks alike.
 */
export function plainEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > MAX_DEPTH || typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: unknown, index) => plainEqual(item, b[index], depth + 1));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && plainEqual(a[key], b[key], depth + 1));
}

/**
 * A deep copy of a plain value before it goes into the document: Yjs keeps a local value by
 * reference, so a caller mutating its object later would change this replica without an update.
 */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => clonePlain(item)) as T;
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = clonePlain(value[key]);
    // defineProperty, so that a key named "__proto__" stays a key instead of replacing the prototype.
    if (key === "__proto__") Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true });
    else copy[key] = item;
  }
  return copy as T;
}

/** The object without its `undefined` fields: an optional field left out and one set to nothing read alike. */
export function withoutUndefined<T extends object>(value: T): T {
  if (!Object.values(value).includes(undefined)) return value;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return Object.fromEntries(entries) as T;
}
