import * as Y from "yjs";
import type { InvalidEntry } from "../validation/report";

/**
 * The Y.Doc layout of contract §4. Root names are public: integrations write into them directly.
 *
 * | key           | type                 | entries                                              |
 * | `meta`        | Y.Map                | title, description, market, coverage (plain values)  |
 * | `stages`      | Y.Array<Y.Map>       | id, phase, title; array order is stage order          |
 * | `channels`    | Y.Map<Y.Map>         | keyed by id; id, category, name                       |
 * | `touchpoints` | Y.Map<Y.Map>         | keyed by id; the format's touchpoint fields, plain    |
 * | `connections` | Y.Map<Y.Map>         | keyed by id; id, from, to, label                      |
 * | `comments`    | Y.Map<Y.Map>         | keyed by thread id; id, touchpointId, resolved, and   |
 * |               |                      | `messages`: a Y.Array of plain messages (version 2)   |
 *
 * Every field value is a plain value (position a plain `{x, y}` object, lists plain arrays): one
 * field is the unit of a concurrent edit, so two people editing different fields of one card both win,
 * and the last writer wins within a field. The one exception is a thread's messages: a Y.Array, so
 * two people replying at once both add theirs instead of one overwriting the other's list.
 */
export const ROOT_NAMES = {
  meta: "meta",
  stages: "stages",
  channels: "channels",
  touchpoints: "touchpoints",
  connections: "connections",
  comments: "comments",
} as const;

/** The collections stored as a Y.Map keyed by entry id. */
export type KeyedCollection = "channels" | "touchpoints" | "connections" | "comments";
export const KEYED_COLLECTIONS: readonly KeyedCollection[] = ["channels", "touchpoints", "connections", "comments"];

export interface JourneyRoots {
  meta: Y.Map<unknown>;
  stages: Y.Array<unknown>;
  channels: Y.Map<unknown>;
  touchpoints: Y.Map<unknown>;
  connections: Y.Map<unknown>;
  comments: Y.Map<unknown>;
}

/**
 * The document's root types. Throws only when code in this process already opened one of the names
 * as another shared type (a programming error: a remote client cannot cause it, because Yjs fixes a
 * root's type when it is first opened locally).
 */
export function journeyRoots(doc: Y.Doc): JourneyRoots {
  return {
    meta: doc.getMap<unknown>(ROOT_NAMES.meta),
    stages: doc.getArray<unknown>(ROOT_NAMES.stages),
    channels: doc.getMap<unknown>(ROOT_NAMES.channels),
    touchpoints: doc.getMap<unknown>(ROOT_NAMES.touchpoints),
    connections: doc.getMap<unknown>(ROOT_NAMES.connections),
    comments: doc.getMap<unknown>(ROOT_NAMES.comments),
  };
}

/** The roots as far as they can be opened, and a problem for each that cannot. */
export interface SafeRoots extends Partial<JourneyRoots> {
  problems: InvalidEntry[];
}

/**
 * `journeyRoots` for readers that must never throw: a root this process opened as another shared type
 * reads as empty and is reported as an invalid entry of its collection.
 */
export function journeyRootsSafely(doc: Y.Doc): SafeRoots {
  const roots: SafeRoots = { problems: [] };
  function open<K extends keyof JourneyRoots>(name: K, expected: string, get: () => JourneyRoots[K]): void {
    try {
      Object.assign(roots, { [name]: get() });
    } catch {
      const message = `the document's "${name}" is not a ${expected}: this replica opened it as another shared type`;
      roots.problems.push({ collection: name, entryId: "", problems: [{ path: "", message }], raw: null });
    }
  }
  open("meta", "Y.Map", () => doc.getMap<unknown>(ROOT_NAMES.meta));
  open("stages", "Y.Array", () => doc.getArray<unknown>(ROOT_NAMES.stages));
  open("channels", "Y.Map", () => doc.getMap<unknown>(ROOT_NAMES.channels));
  open("touchpoints", "Y.Map", () => doc.getMap<unknown>(ROOT_NAMES.touchpoints));
  open("connections", "Y.Map", () => doc.getMap<unknown>(ROOT_NAMES.connections));
  open("comments", "Y.Map", () => doc.getMap<unknown>(ROOT_NAMES.comments));
  return roots;
}

/** The entry stored under `key`, when it is a Y.Map (the only form the layout allows). */
export function entryMap(root: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const value = root.get(key);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

/** A string field of an entry, or `undefined` when it holds anything else. */
export function stringField(entry: Y.Map<unknown>, field: string): string | undefined {
  const value = entry.get(field);
  return typeof value === "string" ? value : undefined;
}
