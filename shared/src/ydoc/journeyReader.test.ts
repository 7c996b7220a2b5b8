import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { JourneyMap } from "../format/journeyMap";
import { readJourney, type JourneyReadResult } from "./journeyCache";
import { createJourneyReader } from "./journeyReader";
import { journeyRoots } from "./layout";
import { reorderStage } from "./stageIntents";
import { updateTouchpoint } from "./touchpointIntents";
import { writeJourney } from "./writeJourney";
import { journeyArb } from "./testing/arbitraries";
import { REMOTE, sampleJourney, syncInto } from "./testing/fixtures";
import { applyCommand, commandArb } from "./testing/journeyCommands";

const COLLECTIONS = ["stages", "channels", "touchpoints", "connections"] as const;

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, sampleJourney());
  return doc;
}

/**
 * The sharing the incremental validator relies on: a collection equal to the previous read is the
 * previous array, and an entry equal to one of the previous read (same id) is that object.
 */
function expectSharing(previous: JourneyMap, next: JourneyMap): void {
  for (const collection of COLLECTIONS) {
    const before = previous[collection] as readonly { id: string }[];
    const after = next[collection] as readonly { id: string }[];
    if (JSON.stringify(before) === JSON.stringify(after)) expect(after).toBe(before);
    const beforeById = new Map(before.map((entry) => [entry.id, entry]));
    for (const entry of after) {
      const old = beforeById.get(entry.id);
      if (old !== undefined && JSON.stringify(old) === JSON.stringify(entry)) expect(entry).toBe(old);
    }
  }
}

describe("createJourneyReader", () => {
  it("re-reads only the edited touchpoint: everything else keeps its identity", () => {
    const doc = sampleDoc();
    const reader = createJourneyReader(doc);
    const first = reader.read();
    updateTouchpoint(doc, "t2", { title: "Orders in the app" });
    const second = reader.read();

    expect(second.map.touchpoints).not.toBe(first.map.touchpoints);
    expect(second.map.touchpoints.find((entry) => entry.id === "t2")?.title).toBe("Orders in the app");
    for (const id of ["t1", "t3", "t4"]) {
      expect(second.map.touchpoints.find((entry) => entry.id === id)).toBe(
        first.map.touchpoints.find((entry) => entry.id === id),
      );
    }
    expect(second.map.stages).toBe(first.map.stages);
    expect(second.map.channels).toBe(first.map.channels);
    expect(second.map.connections).toBe(first.map.connections);
    expect(second.map.coverage).toBe(first.map.coverage);
    expect(reader.read()).toBe(second);
    reader.destroy();
  });

  it("keeps everything identical when a write changes nothing a reader can see", () => {
    const doc = sampleDoc();
    const reader = createJourneyReader(doc);
    const first = reader.read();
    const entry = journeyRoots(doc).touchpoints.get("t1") as Y.Map<unknown>;
    entry.set("title", entry.get("title"));
    const second = reader.read();
    expect(second.map.touchpoints).toBe(first.map.touchpoints);
    expect(second.invalidEntries).toBe(first.invalidEntries);
  });

  it("keeps a moved stage's object while giving the stage list its new order", () => {
    const doc = sampleDoc();
    const reader = createJourneyReader(doc);
    const first = reader.read();
    reorderStage(doc, "s1", 2);
    const second = reader.read();
    expect(second.map.stages.map((stage) => stage.id)).toEqual(["s2", "s3", "s1"]);
    expect(second.map.stages[2]).toBe(first.map.stages[0]);
    expect(second.map.touchpoints).toBe(first.map.touchpoints);
  });

  it("sees updates from other replicas, and after destroy still reads correctly from scratch", () => {
    const doc = sampleDoc();
    const other = new Y.Doc();
    syncInto(doc, other);
    const reader = createJourneyReader(doc);
    reader.read();
    updateTouchpoint(other, "t3", { itSupport: "integrated" });
    syncInto(other, doc);
    expect(reader.read().map.touchpoints.find((entry) => entry.id === "t3")?.itSupport).toBe("integrated");
    reader.destroy();
    updateTouchpoint(other, "t3", { itSupport: "standalone" });
    syncInto(other, doc);
    expect(reader.read()).toEqual(readJourney(doc));
  });

  it("always reads what readJourney reads, sharing every unchanged entry and collection", () => {
    const stepArb = fc.record({ remote: fc.boolean(), command: commandArb({ garbage: true }) });
    fc.assert(
      fc.property(journeyArb, fc.array(stepArb, { minLength: 1, maxLength: 20 }), (initial, steps) => {
        const doc = new Y.Doc();
        const remote = new Y.Doc();
        writeJourney(doc, initial);
        syncInto(doc, remote);
        const reader = createJourneyReader(doc);
        let previous: JourneyReadResult = reader.read();
        for (const step of steps) {
          if (step.remote) {
            applyCommand(remote, step.command);
            syncInto(remote, doc);
          } else {
            applyCommand(doc, step.command);
            Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc), REMOTE);
          }
          const next = reader.read();
          expect(next).toEqual(readJourney(doc));
          expectSharing(previous.map, next.map);
          previous = next;
        }
        reader.destroy();
      }),
      { numRuns: 100 },
    );
  });
});
