import * as Y from "yjs";
import { clonePlain, plainEqual, withoutUndefined } from "./plainValues";

/** An entry's fields as stored: plain values; a field whose value is `undefined` is absent. */
export type EntryFields = Record<string, unknown>;

/** The fields of a parsed format object to store: its defined ones (copied when written, see `clonePlain`). */
export function fieldsOf(value: object): EntryFields {
  return withoutUndefined(value as EntryFields);
}

/** A fresh entry for a collection. */
export function newEntry(fields: EntryFields): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  // Prelim content: a Y.Map's entries are integrated when the map is inserted into the document.
  for (const [field, value] of Object.entries(fields)) if (value !== undefined) entry.set(field, clonePlain(value));
  return entry;
}

/**
 * Writes `fields` into an existing entry, touching only the fields whose stored value differs, so a
 * concurrent edit of any other field survives. A field set to `undefined` is deleted; with
 * `removeOthers`, so is every stored field `fields` does not name (a replace, not a patch).
 * Returns whether anything was written.
 */
export function updateEntry(entry: Y.Map<unknown>, fields: EntryFields, options: { removeOthers: boolean }): boolean {
  let written = false;
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) {
      if (entry.has(field)) {
        entry.delete(field);
        written = true;
      }
    } else if (!entry.has(field) || !plainEqual(entry.get(field), value)) {
      entry.set(field, clonePlain(value));
      written = true;
    }
  }
  if (options.removeOthers) {
    for (const field of [...entry.keys()]) {
      if (fields[field] === undefined || !Object.hasOwn(fields, field)) {
        entry.delete(field);
        written = true;
      }
    }
  }
  return written;
}
