import * as Y from "yjs";
import type { JourneyMap } from "../../format/journeyMap";
import { channel, connection, stage, testJourney, touchpoint } from "../../testing/journeyFixtures";

/*
 * Test support for the ydoc tests: small maps and document plumbing. Only `*.test.ts` files import
 * this folder; the library never does.
 */

/** Three stages, three channels, four touchpoints, three connections: every collection non-trivial. */
export function sampleJourney(): JourneyMap {
  return testJourney({
    title: "Broadband subscription",
    description: "From first ad to renewal",
    market: "b2c",
    stages: [stage("s1", "before", "Awareness"), stage("s2", "during", "Order"), stage("s3", "after", "Support")],
    channels: [
      channel("email", "communication", "E-mail"),
      channel("web", "marketing", "Public website"),
      channel("phone", "service", "Support"),
    ],
    touchpoints: [
      touchpoint({ id: "t1", stageId: "s1", title: "Sees an ad", channelIds: ["web"], emotion: 1 }),
      touchpoint({
        id: "t2",
        stageId: "s2",
        title: "Orders online",
        channelIds: ["web", "email"],
        itSupport: "integrated",
      }),
      touchpoint({
        id: "t3",
        stageId: "s3",
        title: "Calls support",
        channelIds: ["phone"],
        critical: true,
        itSupport: "none",
      }),
      touchpoint({
        id: "t4",
        stageId: "s3",
        title: "Gets a survey",
        painPoints: ["too long"],
        position: { x: 224, y: 0 },
      }),
    ],
    connections: [connection("c1", "t1", "t2"), connection("c2", "t2", "t3", "problem"), connection("c3", "t3", "t4")],
  });
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
