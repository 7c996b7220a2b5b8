import * as Y from "yjs";
import type { z } from "zod";
import { stageSchema, type Stage } from "../format/stage";
import { parseInput, parsePatch } from "./intentInput";
import { journeyRoots, stringField } from "./layout";
import { STAGE_SPEC, parseEntry } from "./parseEntry";
import { isDuplicateStage, readStages } from "./readStages";
import { deleteConnectionsTouching } from "./touchpointIntents";
import { fieldsOf, newEntry, updateEntry } from "./writeFields";

/*
 * Stage order is Y.Array order (contract §4), and Yjs 13 has no move: moving a stage deletes its Y.Map
 * and inserts a fresh one with the same values. Two consequences when people act at once:
 *  - two people moving the same stage both insert a copy, so the stage appears twice;
 *  - a rename made concurrently with a move lands in the deleted Y.Map and is lost (the move wins).
 * No reorder can avoid the copies while the layout keeps order in the array: neither replica can see
 * the other's insert. So the design is detect-and-repair, with a deterministic rule:
 *  - `readJourney` keeps the first valid copy of an id and reports later ones (`isDuplicateStage`);
 *    relative order of items never changes in a Y.Array, so every replica agrees which is first;
 *  - `repairJourney` deletes the later copies. Replicas may run it concurrently: they delete the same
 *    items, or (seeing fewer copies) only items after their own first, so at least one copy survives;
 *  - `reorderStage` itself removes every copy of the stage it moves, so moving a stage also heals it.
 * The editor calls `repairJourney` (with an origin its undo manager does not track) whenever a read
 * reports a duplicate stage. The alternative, an order field per stage, would break the contract.
 */

export type StageInput = z.input<typeof stageSchema>;
export type StagePatch = Partial<Omit<StageInput, "id">>;

const { id: _id, ...patchShape } = stageSchema.shape;

interface StageSlot {
  /** Index in the Y.Array. */
  index: number;
  value: Stage;
}

/** The stages as `readJourney` lists them (first valid copy of each id), with their array indices. */
function stageSlots(root: Y.Array<unknown>): StageSlot[] {
  return readStages(root, []).valid.map((entry) => ({ index: Number(entry.key), value: entry.value }));
}

/** Array indices of the valid entries with this id: the stage and any later copies of it. */
function validCopies(root: Y.Array<unknown>, id: string): number[] {
  const indices: number[] = [];
  root.forEach((item, index) => {
    const parsed = parseEntry(STAGE_SPEC, String(index), item);
    if (parsed.ok && parsed.value.id === id) indices.push(index);
  });
  return indices;
}

function deleteIndices(root: Y.Array<unknown>, indices: readonly number[]): void {
  for (const index of [...indices].sort((a, b) => b - a)) root.delete(index, 1);
}

/** Where to insert so that the new stage is at `position` among the listed stages. */
function insertionIndex(root: Y.Array<unknown>, slots: readonly StageSlot[], position: number): number {
  return slots[position]?.index ?? root.length;
}

function checkPosition(position: unknown, what: string): number {
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0) {
    throw new Error(`${what} must be a whole number from 0, not ${String(position)}`);
  }
  return position;
}

/**
 * Adds a stage at `index` of the map's stage list (`readJourney(doc).map.stages`; default and any
 * index past the end: last). Returns the stage as stored. Throws on invalid input or a taken id.
 */
export function addStage(doc: Y.Doc, stage: StageInput, index?: number, origin?: unknown): Stage {
  const parsed = parseInput(stageSchema, stage, "addStage: the stage");
  const position = index === undefined ? Number.MAX_SAFE_INTEGER : checkPosition(index, "addStage: index");
  const { stages } = journeyRoots(doc);
  const slots = stageSlots(stages);
  if (slots.some((slot) => slot.value.id === parsed.id))
    throw new Error(`addStage: stage "${parsed.id}" already exists`);
  doc.transact(() => stages.insert(insertionIndex(stages, slots, position), [newEntry(fieldsOf(parsed))]), origin);
  return parsed;
}

/**
 * Sets a stage's title and/or phase (only the fields that differ). Patches the stage the map shows,
 * or, when no valid stage has the id, the first entry carrying it (repairing it). False when none.
 */
export function updateStage(doc: Y.Doc, id: string, patch: StagePatch, origin?: unknown): boolean {
  const fields = parsePatch(patchShape, patch, "updateStage: the patch");
  const { stages } = journeyRoots(doc);
  const slot = stageSlots(stages).find((candidate) => candidate.value.id === id);
  let index = slot?.index;
  if (index === undefined) {
    const items = stages.toArray();
    const found = items.findIndex((item) => item instanceof Y.Map && stringField(item as Y.Map<unknown>, "id") === id);
    index = found === -1 ? undefined : found;
  }
  if (index === undefined) return false;
  const entry = stages.get(index) as Y.Map<unknown>;
  doc.transact(() => updateEntry(entry, fields, { removeOthers: false }), origin);
  return true;
}

/** Renames a stage; see `updateStage`. */
export function renameStage(doc: Y.Doc, id: string, title: string, origin?: unknown): boolean {
  return updateStage(doc, id, { title }, origin);
}

/**
 * Moves a stage so that it sits at `toIndex` of the map's stage list (clamped to the last place),
 * as a fresh entry with the same values, deleting every copy of it (see the comment at the top of
 * this file for the concurrent-move caveat). False, writing nothing, when there is no such stage.
 */
export function reorderStage(doc: Y.Doc, id: string, toIndex: number, origin?: unknown): boolean {
  const position = checkPosition(toIndex, "reorderStage: toIndex");
  const { stages } = journeyRoots(doc);
  const slots = stageSlots(stages);
  const from = slots.findIndex((slot) => slot.value.id === id);
  const moved = slots[from];
  if (moved === undefined) return false;
  const copies = validCopies(stages, id);
  if (copies.length === 1 && from === Math.min(position, slots.length - 1)) return true;
  doc.transact(() => {
    deleteIndices(stages, copies);
    const others = stageSlots(stages);
    stages.insert(insertionIndex(stages, others, position), [newEntry(fieldsOf(moved.value))]);
  }, origin);
  return true;
}

export interface DeleteStageOptions {
  /** Move the stage's touchpoints to this stage; without it they are deleted with their connections. */
  moveTouchpointsTo?: string;
}

/**
 * Deletes a stage (every entry carrying its id) and deals with its touchpoints as `options` says.
 * Throws, writing nothing, when `moveTouchpointsTo` is the stage itself or names no stage. Returns
 * false when there was neither a stage nor a touchpoint to act on. A touchpoint someone adds to the
 * stage concurrently survives, in an unknown stage (validation reports it: nothing is lost).
 */
export function deleteStage(doc: Y.Doc, id: string, options: DeleteStageOptions = {}, origin?: unknown): boolean {
  const target = options.moveTouchpointsTo;
  const roots = journeyRoots(doc);
  if (target !== undefined) {
    if (target === id)
      throw new Error(`deleteStage: cannot move the touchpoints of "${id}" into the stage being deleted`);
    if (!stageSlots(roots.stages).some((slot) => slot.value.id === target)) {
      throw new Error(`deleteStage: moveTouchpointsTo names no stage ("${target}")`);
    }
  }
  const entries: number[] = [];
  roots.stages.forEach((item, index) => {
    if (item instanceof Y.Map && stringField(item as Y.Map<unknown>, "id") === id) entries.push(index);
  });
  const touchpoints: [string, Y.Map<unknown>][] = [];
  roots.touchpoints.forEach((stored, key) => {
    if (stored instanceof Y.Map && stringField(stored as Y.Map<unknown>, "stageId") === id) {
      touchpoints.push([key, stored as Y.Map<unknown>]);
    }
  });
  if (entries.length === 0 && touchpoints.length === 0) return false;
  doc.transact(() => {
    deleteIndices(roots.stages, entries);
    if (target !== undefined) {
      for (const [, touchpoint] of touchpoints) touchpoint.set("stageId", target);
      return;
    }
    for (const [key] of touchpoints) roots.touchpoints.delete(key);
    deleteConnectionsTouching(roots, new Set(touchpoints.map(([key]) => key)));
  }, origin);
  return true;
}

/**
 * Deletes the later copies of duplicated stages (what concurrent moves leave), keeping the copy the
 * map shows. Returns how many it deleted; 0 writes nothing. Safe to run on several replicas at once.
 */
export function repairJourney(doc: Y.Doc, origin?: unknown): number {
  const { stages } = journeyRoots(doc);
  const copies = readStages(stages, [])
    .invalid.filter(isDuplicateStage)
    .map((entry) => Number(entry.entryId));
  if (copies.length === 0) return 0;
  doc.transact(() => deleteIndices(stages, copies), origin);
  return copies.length;
}
