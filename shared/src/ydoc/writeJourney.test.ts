import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { JourneyMap } from "../format/journeyMap";
import { LIMITS } from "../format/limits";
import { exportJourney } from "../io/exportJourney";
import { readJourney } from "./journeyCache";
import { journeyRoots } from "./layout";
import { renameStage } from "./stageIntents";
import { updateTouchpoint } from "./touchpointIntents";
import { longestIncreasing, writeJourney } from "./writeJourney";
import { journeyArb } from "./testing/arbitraries";
import { touchpoint } from "../testing/journeyFixtures";
import { recordUpdates, replicasOf, sampleJourney, syncAll } from "./testing/fixtures";
import { applyCommand, commandArb } from "./testing/journeyCommands";

function stageEntries(doc: Y.Doc): Y.Map<unknown>[] {
  return journeyRoots(doc).stages.toArray() as Y.Map<unknown>[];
}

describe("writeJourney", () => {
  it("round-trips: reading back what was written exports the same file, with no invalid entries", () => {
    fc.assert(
      fc.property(journeyArb, (map) => {
        const doc = new Y.Doc();
        writeJourney(doc, map);
        const { map: read, invalidEntries } = readJourney(doc);
        expect(exportJourney(read)).toBe(exportJourney(map));
        expect(invalidEntries).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("replaces whatever the document held, garbage included", () => {
    fc.assert(
      fc.property(
        journeyArb,
        fc.array(commandArb({ garbage: true }), { maxLength: 12 }),
        journeyArb,
        (before, commands, after) => {
          const doc = new Y.Doc();
          writeJourney(doc, before);
          for (const command of commands) applyCommand(doc, command);
          writeJourney(doc, after);
          const { map, invalidEntries } = readJourney(doc);
          expect(exportJourney(map)).toBe(exportJourney(after));
          expect(invalidEntries).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("is one transaction carrying the origin, and writes nothing when the content is already there", () => {
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    writeJourney(doc, sampleJourney(), "import");
    expect(updates.origins).toEqual(["import"]);
    writeJourney(doc, sampleJourney(), "import");
    expect(updates.count()).toBe(1);
  });

  it("keeps the entries it does not change, so edits made concurrently to them survive the replace", () => {
    const [server, editor] = replicasOf(sampleJourney(), 2, writeJourney) as [Y.Doc, Y.Doc];
    const t1Before = journeyRoots(server).touchpoints.get("t1");

    const replacement: JourneyMap = {
      ...sampleJourney(),
      touchpoints: sampleJourney().touchpoints.map((entry) =>
        entry.id === "t2" ? { ...entry, notes: "from the PUT" } : entry,
      ),
    };
    writeJourney(server, replacement);
    updateTouchpoint(editor, "t1", { title: "Edited meanwhile" });
    updateTouchpoint(editor, "t2", { title: "Also edited" });
    syncAll([server, editor]);

    expect(journeyRoots(server).touchpoints.get("t1")).toBe(t1Before);
    for (const doc of [server, editor]) {
      const byId = new Map(readJourney(doc).map.touchpoints.map((entry) => [entry.id, entry]));
      expect(byId.get("t1")?.title).toBe("Edited meanwhile");
      expect(byId.get("t2")).toMatchObject({ title: "Also edited", notes: "from the PUT" });
    }
  });

  it("reorders stages by moving as few entries as it can, keeping a concurrent rename of a kept stage", () => {
    const [server, editor] = replicasOf(sampleJourney(), 2, writeJourney) as [Y.Doc, Y.Doc];
    const [s1, s2] = stageEntries(server);
    const map = sampleJourney();
    const [a, b, c] = map.stages as [
      JourneyMap["stages"][number],
      JourneyMap["stages"][number],
      JourneyMap["stages"][number],
    ];
    writeJourney(server, { ...map, stages: [c, a, b] });
    expect(stageEntries(server).slice(1)).toEqual([s1, s2]);

    renameStage(editor, "s1", "Renamed meanwhile");
    syncAll([server, editor]);
    for (const doc of [server, editor]) {
      expect(readJourney(doc).map.stages.map((stage) => [stage.id, stage.title])).toEqual([
        ["s3", "Support"],
        ["s1", "Renamed meanwhile"],
        ["s2", "Order"],
      ]);
    }
  });

  it("finds a longest increasing run of stage positions", () => {
    expect([...longestIncreasing([2, 0, 1])].sort()).toEqual([1, 2]);
    expect([...longestIncreasing([0, 3, 1, 2, 4])].sort()).toEqual([0, 2, 3, 4]);
    expect(longestIncreasing([]).size).toBe(0);
  });

  it("refuses an invalid map or one over 5 MiB and writes nothing", () => {
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    const broken = { ...sampleJourney(), stages: [{ id: "", phase: "soon", title: "" }] } as unknown as JourneyMap;
    expect(() => writeJourney(doc, broken)).toThrow(
      /stages\[0\]\.id must not be empty; stages\[0\]\.phase must be one of/,
    );
    const notes = "x".repeat(LIMITS.maxStringLength);
    const huge: JourneyMap = {
      ...sampleJourney(),
      touchpoints: Array.from({ length: 600 }, (_, index) => touchpoint({ id: `t${index}`, stageId: "s1", notes })),
    };
    expect(() => writeJourney(doc, huge)).toThrow(/at most 5242880/);
    expect(updates.count()).toBe(0);
  });
});
