import * as Y from "yjs";
import { journeyMapSchema, type JourneyMap } from "../format/journeyMap";
import { LIMITS } from "../format/limits";
import type { Stage } from "../format/stage";
import { exportJourney } from "../io/exportJourney";
import { commentThreadEntry, updateCommentThread } from "./commentIntents";
import { parseInput } from "./intentInput";
import { entryMap, journeyRoots, stringField } from "./layout";
import { byteLength } from "./sizeBudget";
import { fieldsOf, newEntry, updateEntry } from "./writeFields";

/**
 * Indices (into `targets`) of a longest strictly increasing subsequence of `targets`. O(n log n):
 * the classic patience method with predecessor links.
 */
export function longestIncreasing(targets: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(targets.length).fill(-1);
  targets.forEach((target, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((targets[tails[middle] ?? 0] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] ?? -1) kept.add(index);
  return kept;
}

/**
 * Rewrites the stage array into `stages` with as little churn as it can: the largest set of existing
 * stage entries already in the right relative order is kept (and updated field by field), everything
 * else is deleted or inserted fresh. A stage the new map leaves in place keeps its Y.Map, so a rename
 * made concurrently with the replace survives.
 */
function writeStages(root: Y.Array<unknown>, stages: readonly Stage[]): void {
  const targetOf = new Map(stages.map((stage, index) => [stage.id, index]));
  const candidates: { index: number; target: number }[] = [];
  const seen = new Set<string>();
  root.toArray().forEach((item, index) => {
    const id = item instanceof Y.Map ? stringField(item as Y.Map<unknown>, "id") : undefined;
    if (id === undefined || seen.has(id)) return;
    seen.add(id);
    const target = targetOf.get(id);
    if (target !== undefined) candidates.push({ index, target });
  });
  const increasing = longestIncreasing(candidates.map((candidate) => candidate.target));
  const keptTarget = new Map<number, number>();
  candidates.forEach((candidate, position) => {
    if (increasing.has(position)) keptTarget.set(candidate.index, candidate.target);
  });

  // Delete runs of unkept entries from the end, so earlier indices stay valid.
  let end = root.length;
  for (let index = root.length - 1; index >= -1; index--) {
    if (index >= 0 && !keptTarget.has(index)) continue;
    if (end - index - 1 > 0) root.delete(index + 1, end - index - 1);
    end = index;
  }

  // The array now holds the kept entries in increasing target order: walk the new list, updating a
  // kept entry where it stands and inserting every other stage (in runs) before it.
  const keptTargets = [...keptTarget.values()];
  let kept = 0;
  let arrayIndex = 0;
  let pending: Y.Map<unknown>[] = [];
  stages.forEach((stage, target) => {
    if (keptTargets[kept] !== target) {
      pending.push(newEntry(fieldsOf(stage)));
      return;
    }
    if (pending.length > 0) root.insert(arrayIndex, pending);
    arrayIndex += pending.length;
    pending = [];
    updateEntry(root.get(arrayIndex) as Y.Map<unknown>, fieldsOf(stage), { removeOthers: true });
    arrayIndex++;
    kept++;
  });
  if (pending.length > 0) root.insert(arrayIndex, pending);
}

/** Rewrites a keyed collection: removed keys deleted, kept entries updated field by field, new ones added. */
function writeKeyed(root: Y.Map<unknown>, entries: readonly { id: string }[]): void {
  const wanted = new Map(entries.map((entry) => [entry.id, entry]));
  for (const key of [...root.keys()]) if (!wanted.has(key)) root.delete(key);
  for (const [id, entry] of wanted) {
    const existing = entryMap(root, id);
    if (existing === undefined) root.set(id, newEntry(fieldsOf(entry)));
    else updateEntry(existing, fieldsOf(entry), { removeOthers: true });
  }
}

/** `writeKeyed` for comment threads, whose messages are a Y.Array (see `commentIntents`). */
function writeComments(root: Y.Map<unknown>, threads: JourneyMap["comments"]): void {
  const wanted = new Map(threads.map((thread) => [thread.id, thread]));
  for (const key of [...root.keys()]) if (!wanted.has(key)) root.delete(key);
  for (const [id, thread] of wanted) {
    const existing = entryMap(root, id);
    if (existing === undefined) root.set(id, commentThreadEntry(thread));
    else updateCommentThread(existing, thread);
  }
}

/**
 * Replaces the document's whole content with `map`, in one transaction (the server's PUT and the
 * editor's import: connected editors see one change). Afterwards `readJourney(doc)` gives `map` (up
 * to canonical order) with no invalid entries, whatever the document held before.
 *
 * Minimal churn: an entry whose id the new map keeps is updated field by field instead of being
 * replaced, and fields that did not change are not written. So a concurrent edit to a field the
 * replace leaves unchanged survives it (someone retitling a card while a script PUTs the map with
 * that card untouched keeps the new title); an edit to an entry the replace deletes is lost with it.
 *
 * Throws, writing nothing, when `map` does not pass the format's schema or would export to more than
 * the format's 5 MiB (the caller, not the user, is at fault: the server imports before it writes).
 */
export function writeJourney(doc: Y.Doc, map: JourneyMap, origin?: unknown): void {
  const parsed = parseInput(journeyMapSchema, map, "writeJourney: the map");
  const bytes = byteLength(exportJourney(parsed));
  if (bytes > LIMITS.maxBodyBytes) {
    throw new Error(
      `writeJourney: the map is ${bytes} bytes as JSON; a journey map holds at most ${LIMITS.maxBodyBytes}`,
    );
  }
  const roots = journeyRoots(doc);
  doc.transact(() => {
    const { title, description, market, coverage } = parsed;
    // Every meta key the map does not set is deleted, garbage included: a replace leaves nothing behind.
    updateEntry(roots.meta, fieldsOf({ title, description, market, coverage }), { removeOthers: true });
    writeStages(roots.stages, parsed.stages);
    writeKeyed(roots.channels, parsed.channels);
    writeKeyed(roots.touchpoints, parsed.touchpoints);
    writeKeyed(roots.connections, parsed.connections);
    writeComments(roots.comments, parsed.comments);
  }, origin);
}
