import * as Y from "yjs";
import { CURRENT_VERSION, FORMAT_ID, defaultCoverage, type JourneyMap } from "../../format/journeyMap";
import type { Touchpoint } from "../../format/touchpoint";

/*
 * Test support for the ydoc tests: small maps and document plumbing. Only `*.test.ts` files import
 * this folder; the library never does.
 */

export function touchpoint(id: string, stageId: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    title: `Touchpoint ${id}`,
    stageId,
    channelIds: ["email"],
    itSupport: "unknown",
    critical: false,
    owner: "",
    notes: "",
    painPoints: [],
    opportunities: [],
    capabilities: [],
    position: { x: 0, y: 0 },
    ...fields,
  };
}

/** Three stages, three channels, four touchpoints, three connections: every collection non-trivial. */
export function sampleJourney(): JourneyMap {
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: "Broadband subscription",
    description: "From first ad to renewal",
    market: "b2c",
    coverage: defaultCoverage(),
    stages: [
      { id: "s1", phase: "before", title: "Awareness" },
      { id: "s2", phase: "during", title: "Order" },
      { id: "s3", phase: "after", title: "Support" },
    ],
    channels: [
      { id: "email", category: "communication", name: "E-mail" },
      { id: "web", category: "marketing", name: "Public website" },
      { id: "phone", category: "service", name: "Support" },
    ],
    touchpoints: [
      touchpoint("t1", "s1", { title: "Sees an ad", channelIds: ["web"], emotion: 1 }),
      touchpoint("t2", "s2", { title: "Orders online", channelIds: ["web", "email"], itSupport: "integrated" }),
      touchpoint("t3", "s3", { title: "Calls support", channelIds: ["phone"], critical: true, itSupport: "none" }),
      touchpoint("t4", "s3", { title: "Gets a survey", painPoints: ["too long"], position: { x: 224, y: 0 } }),
    ],
    connections: [
      { id: "c1", from: "t1", to: "t2", label: "" },
      { id: "c2", from: "t2", to: "t3", label: "problem" },
      { id: "c3", from: "t3", to: "t4", label: "" },
    ],
  };
}

/** Marks updates applied from another replica, so they are not relayed again. */
export const REMOTE = Symbol("remote");

/** Copies everything `from` has that `to` lacks. */
export function syncInto(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE);
}

/** Two-way sync of any number of documents. */
export function syncAll(docs: readonly Y.Doc[]): void {
  for (const from of docs) for (const to of docs) if (from !== to) syncInto(from, to);
}

/** `count` documents holding the same content, written once by the first and synced. */
export function replicasOf(map: JourneyMap, count: number, write: (doc: Y.Doc, map: JourneyMap) => void): Y.Doc[] {
  const docs = Array.from({ length: count }, () => new Y.Doc());
  const first = docs[0];
  if (first === undefined) return docs;
  write(first, map);
  syncAll(docs);
  return docs;
}

/** Collects the updates a document emits and their transaction origins. */
export function recordUpdates(doc: Y.Doc): { origins: unknown[]; count: () => number } {
  const origins: unknown[] = [];
  doc.on("update", (_update: Uint8Array, origin: unknown) => origins.push(origin));
  return { origins, count: () => origins.length };
}
