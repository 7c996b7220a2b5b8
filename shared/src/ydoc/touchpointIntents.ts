import * as Y from "yjs";
import { z } from "zod";
import { idSchema } from "../format/primitives";
import {
  positionSchema,
  touchpointSchema,
  type Position,
  type Touchpoint,
  type TouchpointInput,
} from "../format/touchpoint";
import { votesAfterListPatch } from "../voting/carryItemVotes";
import { deleteThreadsOn } from "./commentIntents";
import { invalidInput, parseIdList, parseInput, parsePatch } from "./intentInput";
import { entryMap, journeyRoots, type JourneyRoots } from "./layout";
import { fieldsOf, newEntry, updateEntry, type EntryFields } from "./writeFields";

/*
 * The editor's touchpoint edits. Each is one transaction carrying the caller's `origin` (the editor
 * passes its own so a per-user Y.UndoManager undoes exactly that user's edits), checks its input
 * before writing anything, and writes only the fields it changes.
 */

/** Fields a patch may set: everything but the id; `emotion: null` clears the emotion. */
export type TouchpointPatch = Partial<Omit<TouchpointInput, "id" | "emotion">> & { emotion?: number | null };

const { id: _id, ...patchShape } = touchpointSchema.shape;

function checkChannelList(channelIds: unknown, what: string): void {
  if (!Array.isArray(channelIds)) return;
  const seen = new Set<unknown>();
  channelIds.forEach((channelId: unknown, index) => {
    if (seen.has(channelId)) {
      throw invalidInput(what, [
        { path: `channelIds[${index}]`, message: `channel "${String(channelId)}" is listed twice` },
      ]);
    }
    seen.add(channelId);
  });
}

/**
 * Adds a touchpoint (defaults filled in, unknown fields dropped) and returns it as stored. Throws,
 * writing nothing, on invalid input or when the document already has an entry under its id (ids are
 * the editor's to generate unguessably, so a clash is a bug).
 */
export function addTouchpoint(doc: Y.Doc, touchpoint: TouchpointInput, origin?: unknown): Touchpoint {
  const parsed = parseInput(touchpointSchema, touchpoint, "addTouchpoint: the touchpoint");
  checkChannelList(parsed.channelIds, "addTouchpoint: the touchpoint");
  const { touchpoints } = journeyRoots(doc);
  if (touchpoints.has(parsed.id)) throw new Error(`addTouchpoint: touchpoint "${parsed.id}" already exists`);
  doc.transact(() => touchpoints.set(parsed.id, newEntry(fieldsOf(parsed))), origin);
  return parsed;
}

function patchEntry(doc: Y.Doc, root: Y.Map<unknown>, id: string, fields: EntryFields, origin: unknown): boolean {
  const entry = entryMap(root, id);
  if (entry === undefined) return false;
  doc.transact(() => updateEntry(entry, fields, { removeOthers: false }), origin);
  return true;
}

/**
 * Sets the fields `patch` names, and only those whose value differs, so two people editing different
 * fields of one card both win. Returns false, writing nothing, when there is no touchpoint `id` (it
 * may have been deleted by someone else a moment ago); an entry that is invalid is still patched,
 * which is how the repair view fixes one. Throws on an invalid patch.
 */
export function updateTouchpoint(doc: Y.Doc, id: string, patch: TouchpointPatch, origin?: unknown): boolean {
  const fields = parsePatch(patchShape, patch, "updateTouchpoint: the patch", ["emotion"]);
  checkChannelList(fields["channelIds"], "updateTouchpoint: the patch");
  const entry = entryMap(journeyRoots(doc).touchpoints, id);
  if (entry === undefined) return false;
  // A kept vote's dots follow the pain points and opportunities they were given to (same change,
  // so one undo step takes both back).
  const votes = votesAfterListPatch(entry, fields);
  if (votes !== "unchanged") fields["votes"] = votes;
  doc.transact(() => updateEntry(entry, fields, { removeOthers: false }), origin);
  return true;
}

const moveSchema = z.object({ stageId: idSchema.optional(), position: positionSchema });

/** Moves a card: a new position (relative to its cell), optionally into another stage. False when gone. */
export function moveTouchpoint(
  doc: Y.Doc,
  id: string,
  move: { stageId?: string; position: Position },
  origin?: unknown,
): boolean {
  const { stageId, position } = parseInput(moveSchema, move, "moveTouchpoint: the move");
  const fields: EntryFields = { position, ...(stageId === undefined ? {} : { stageId }) };
  return patchEntry(doc, journeyRoots(doc).touchpoints, id, fields, origin);
}

/** Deletes the connections from or to any of `ids`, inside the caller's transaction. */
export function deleteConnectionsTouching(roots: JourneyRoots, ids: ReadonlySet<string>): number {
  let deleted = 0;
  for (const [key, stored] of [...roots.connections.entries()]) {
    if (!(stored instanceof Y.Map)) continue;
    const from: unknown = stored.get("from");
    const to: unknown = stored.get("to");
    if ((typeof from === "string" && ids.has(from)) || (typeof to === "string" && ids.has(to))) {
      roots.connections.delete(key);
      deleted++;
    }
  }
  return deleted;
}

/**
 * Deletes touchpoints, every connection from or to them (including connections to ids already
 * gone, which would only dangle) and their comment threads. Returns how many touchpoints were deleted.
 */
export function deleteTouchpoints(doc: Y.Doc, ids: readonly string[], origin?: unknown): number {
  const idSet = new Set(parseIdList(ids, "deleteTouchpoints: ids"));
  const roots = journeyRoots(doc);
  let deleted = 0;
  doc.transact(() => {
    for (const id of idSet) {
      if (!roots.touchpoints.has(id)) continue;
      roots.touchpoints.delete(id);
      deleted++;
    }
    deleteConnectionsTouching(roots, idSet);
    deleteThreadsOn(roots, idSet);
  }, origin);
  return deleted;
}
