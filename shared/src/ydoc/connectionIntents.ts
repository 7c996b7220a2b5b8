import type * as Y from "yjs";
import type { z } from "zod";
import { connectionSchema, type Connection } from "../format/connection";
import { parseIdList, parseInput, parsePatch } from "./intentInput";
import { entryMap, journeyRoots } from "./layout";
import { fieldsOf, newEntry, updateEntry } from "./writeFields";

export type ConnectionInput = z.input<typeof connectionSchema>;
export type ConnectionPatch = Partial<Omit<ConnectionInput, "id">>;

const { id: _id, ...patchShape } = connectionSchema.shape;

/**
 * Adds a connection (a step of the customer's path) and returns it as stored. Its ends may name
 * touchpoints that do not exist (validation reports the dangling end; nothing is lost). Throws,
 * writing nothing, on invalid input or when the id is taken.
 */
export function connect(doc: Y.Doc, connection: ConnectionInput, origin?: unknown): Connection {
  const parsed = parseInput(connectionSchema, connection, "connect: the connection");
  const { connections } = journeyRoots(doc);
  if (connections.has(parsed.id)) throw new Error(`connect: connection "${parsed.id}" already exists`);
  doc.transact(() => connections.set(parsed.id, newEntry(fieldsOf(parsed))), origin);
  return parsed;
}

/** Sets the fields `patch` names that differ (`from`, `to`, `label`). False, writing nothing, when gone. */
export function updateConnection(doc: Y.Doc, id: string, patch: ConnectionPatch, origin?: unknown): boolean {
  const fields = parsePatch(patchShape, patch, "updateConnection: the patch");
  const entry = entryMap(journeyRoots(doc).connections, id);
  if (entry === undefined) return false;
  doc.transact(() => updateEntry(entry, fields, { removeOthers: false }), origin);
  return true;
}

/** Deletes connections by id; returns how many there were. */
export function deleteConnections(doc: Y.Doc, ids: readonly string[], origin?: unknown): number {
  const idList = parseIdList(ids, "deleteConnections: ids");
  const { connections } = journeyRoots(doc);
  let deleted = 0;
  doc.transact(() => {
    for (const id of idList) {
      if (!connections.has(id)) continue;
      connections.delete(id);
      deleted++;
    }
  }, origin);
  return deleted;
}
