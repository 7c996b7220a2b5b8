import * as Y from "yjs";
import { problemsFromZod, type ImportProblem } from "../io/problems";
import type { DocCollection, InvalidEntry } from "../validation/report";
import { invalidInput } from "./intentInput";
import { readJourney } from "./journeyCache";
import { journeyRoots, type JourneyRoots } from "./layout";
import { META_FIELD_SCHEMAS, type MetaField } from "./parseMeta";
import { CHANNEL_SPEC, COMMENT_SPEC, CONNECTION_SPEC, STAGE_SPEC, TOUCHPOINT_SPEC, type EntrySpec } from "./parseEntry";
import { commentThreadEntry, deleteThreadsOn, updateCommentThread } from "./commentIntents";
import type { CommentThread } from "../format/comment";
import { plainEqual } from "./plainValues";
import { isDuplicateStage } from "./readStages";
import { isPastLimit } from "./sizeBudget";
import { deleteConnectionsTouching } from "./touchpointIntents";
import { fieldsOf, newEntry, updateEntry } from "./writeFields";

/*
 * The repair view's intents (contract §4: an entry that is not valid is shown for repair). Both check
 * that the entry is still the one the person looked at: a replica may have fixed, changed or removed
 * it meanwhile, and a repair must never overwrite work it did not show.
 */

/** Which entry, and what it held when the person looked at it (`InvalidEntry.raw`). */
export interface RepairTarget {
  collection: DocCollection;
  entryId: string;
  raw: unknown;
}

/** The entry no longer reads as it did in the repair view (fixed, edited or removed elsewhere). */
export class EntryChangedError extends Error {
  constructor(target: RepairTarget) {
    super(`${target.collection} entry "${target.entryId}" changed meanwhile; look at it again`);
  }
}

/** What the repair view may offer for an entry. */
export interface RepairOptions {
  /** Write a corrected value in its place. */
  replace: boolean;
  /** Delete it from the document. */
  remove: boolean;
}

/**
 * A root opened as another shared type cannot be repaired from here (the replica fixed its type when
 * it opened it); an entry that is valid in itself but past a limit, or a later copy of a stage, can only
 * go; anything else can be corrected or removed.
 */
export function repairOptions(entry: InvalidEntry): RepairOptions {
  if (entry.entryId === "" && entry.raw === null) return { replace: false, remove: false };
  if (isDuplicateStage(entry) || isPastLimit(entry)) return { replace: false, remove: true };
  return { replace: true, remove: true };
}

function stillInvalid(doc: Y.Doc, target: RepairTarget): InvalidEntry {
  const current = readJourney(doc).invalidEntries.find(
    (entry) => entry.collection === target.collection && entry.entryId === target.entryId,
  );
  if (!current || !plainEqual(current.raw, target.raw)) throw new EntryChangedError(target);
  return current;
}

function what(target: RepairTarget): string {
  return `the repaired ${target.collection} entry "${target.entryId}"`;
}

/** `value` parsed by the collection's schema, and what else its reader would object to. */
function parsedWithSpec<T extends { id: string }>(
  spec: EntrySpec<T>,
  target: RepairTarget,
  value: unknown,
): { value: T; problems: ImportProblem[] } {
  const parsed = spec.schema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw invalidInput(what(target), problemsFromZod(parsed.error));
  const problems = [...(spec.extraProblems?.(parsed.data) ?? [])];
  if (spec.keyed && parsed.data.id !== target.entryId) {
    problems.push({ path: "id", message: `must stay "${target.entryId}", the entry's key` });
  }
  return { value: parsed.data, problems };
}

/** `value` checked as the reader checks the collection's entries (the spec chosen per collection, typed). */
function checkedEntry(
  collection: Exclude<DocCollection, "meta">,
  target: RepairTarget,
  value: unknown,
): { value: { id: string }; problems: ImportProblem[] } {
  switch (collection) {
    case "stages":
      return parsedWithSpec(STAGE_SPEC, target, value);
    case "channels":
      return parsedWithSpec(CHANNEL_SPEC, target, value);
    case "touchpoints":
      return parsedWithSpec(TOUCHPOINT_SPEC, target, value);
    case "connections":
      return parsedWithSpec(CONNECTION_SPEC, target, value);
    case "comments":
      return parsedWithSpec(COMMENT_SPEC, target, value);
  }
}

/** `value` checked as the entry's collection checks it, or an Error naming every problem by path. */
function parsedReplacement(roots: JourneyRoots, target: RepairTarget, value: unknown): unknown {
  if (target.collection === "meta") {
    const field = target.entryId as MetaField;
    const parsed = META_FIELD_SCHEMAS[field].safeParse(value, { reportInput: true });
    if (!parsed.success) throw invalidInput(what(target), problemsFromZod(parsed.error));
    return parsed.data;
  }
  const { value: parsed, problems } = checkedEntry(target.collection, target, value);
  const id = parsed.id;
  if (target.collection === "stages") {
    const index = Number(target.entryId);
    roots.stages.forEach((stored, other) => {
      if (other !== index && stored instanceof Y.Map && stored.get("id") === id) {
        problems.push({ path: "id", message: `"${id}" is already the id of stages[${other}]` });
      }
    });
  }
  if (problems.length > 0) throw invalidInput(what(target), problems);
  return parsed;
}

/**
 * Writes `value` (the entry as the format has it, e.g. parsed from the repair view's JSON) in place of
 * an invalid entry, in one transaction. Throws, writing nothing, when `value` would still not be valid
 * (naming each problem by its path) or when the entry changed since the view showed it.
 */
export function replaceEntry(doc: Y.Doc, target: RepairTarget, value: unknown, origin?: unknown): void {
  const current = stillInvalid(doc, target);
  if (!repairOptions(current).replace) throw new Error(`${what(target)} cannot be replaced, only removed`);
  const roots = journeyRoots(doc);
  const parsed = parsedReplacement(roots, target, value);
  doc.transact(() => {
    if (target.collection === "meta") {
      roots.meta.set(target.entryId, parsed);
      return;
    }
    const fields = fieldsOf(parsed as object);
    if (target.collection === "stages") {
      const index = Number(target.entryId);
      roots.stages.delete(index, 1);
      roots.stages.insert(index, [newEntry(fields)]);
      return;
    }
    const root = roots[target.collection];
    const stored = root.get(target.entryId);
    if (target.collection === "comments") {
      // Messages stay a Y.Array, so replies made after the repair merge like any other.
      if (stored instanceof Y.Map) updateCommentThread(stored, parsed as CommentThread);
      else root.set(target.entryId, commentThreadEntry(parsed as CommentThread));
      return;
    }
    // Field by field where the entry is a map already, so what was right in it is left untouched.
    if (stored instanceof Y.Map) updateEntry(stored, fields, { removeOthers: true });
    else root.set(target.entryId, newEntry(fields));
  }, origin);
}

/**
 * Deletes an invalid entry from the document in one transaction (a meta field falls back to its
 * default; a touchpoint takes its connections and comment threads with it, as deleting a card does). Throws, writing
 * nothing, when the entry changed since the view showed it.
 */
export function removeEntry(doc: Y.Doc, target: RepairTarget, origin?: unknown): void {
  const current = stillInvalid(doc, target);
  if (!repairOptions(current).remove) throw new Error(`${what(target)} cannot be removed from here`);
  const roots = journeyRoots(doc);
  doc.transact(() => {
    if (target.collection === "meta") roots.meta.delete(target.entryId);
    else if (target.collection === "stages") roots.stages.delete(Number(target.entryId), 1);
    else {
      roots[target.collection].delete(target.entryId);
      if (target.collection === "touchpoints") {
        deleteConnectionsTouching(roots, new Set([target.entryId]));
        deleteThreadsOn(roots, new Set([target.entryId]));
      }
    }
  }, origin);
}
