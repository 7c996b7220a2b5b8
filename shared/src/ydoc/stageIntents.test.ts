import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readJourney } from "./journeyCache";
import { journeyRoots } from "./layout";
import { isDuplicateStage } from "./readStages";
import { addStage, deleteStage, renameStage, reorderStage, repairJourney, updateStage } from "./stageIntents";
import { addTouchpoint } from "./touchpointIntents";
import { writeJourney } from "./writeJourney";
import { touchpoint } from "../testing/journeyFixtures";
import { recordUpdates, replicasOf, sampleJourney, syncAll } from "./testing/fixtures";

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, sampleJourney());
  return doc;
}

function stageIds(doc: Y.Doc): string[] {
  return readJourney(doc).map.stages.map((stage) => stage.id);
}

describe("addStage", () => {
  it("inserts at a place of the stage list, at the end by default, in one update carrying the origin", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    addStage(doc, { id: "s4", phase: "before", title: "Compare" }, 1, "alice");
    addStage(doc, { id: "s5", phase: "after", title: "Renew" });
    addStage(doc, { id: "s6", phase: "after" }, 99);
    expect(stageIds(doc)).toEqual(["s1", "s4", "s2", "s3", "s5", "s6"]);
    expect(updates.origins).toEqual(["alice", null, null]);
  });

  it("counts places among the stages the map shows, skipping invalid entries in the array", () => {
    const doc = sampleDoc();
    journeyRoots(doc).stages.insert(0, ["garbage"]);
    addStage(doc, { id: "s4", phase: "during", title: "" }, 1);
    expect(stageIds(doc)).toEqual(["s1", "s4", "s2", "s3"]);
  });

  it("refuses a taken id, an invalid stage or a bad index, writing nothing", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(() => addStage(doc, { id: "s1", phase: "before" })).toThrow('stage "s1" already exists');
    expect(() => addStage(doc, { id: "s4", phase: "later" as "after" })).toThrow(/phase must be one of/);
    expect(() => addStage(doc, { id: "s4", phase: "after" }, -1)).toThrow(/index must be a whole number/);
    expect(updates.count()).toBe(0);
  });
});

describe("updateStage and renameStage", () => {
  it("change only the named fields, and say false for a stage that is gone", () => {
    const doc = sampleDoc();
    expect(renameStage(doc, "s2", "Checkout")).toBe(true);
    expect(updateStage(doc, "s2", { phase: "after" })).toBe(true);
    expect(readJourney(doc).map.stages[1]).toEqual({ id: "s2", phase: "after", title: "Checkout" });
    expect(renameStage(doc, "nope", "x")).toBe(false);
  });

  it("repair a stage entry that is invalid, which the map cannot show", () => {
    const doc = sampleDoc();
    (journeyRoots(doc).stages.get(1) as Y.Map<unknown>).set("phase", "sometime");
    expect(stageIds(doc)).toEqual(["s1", "s3"]);
    expect(updateStage(doc, "s2", { phase: "during" })).toBe(true);
    expect(stageIds(doc)).toEqual(["s1", "s2", "s3"]);
    expect(readJourney(doc).invalidEntries).toEqual([]);
  });
});

describe("reorderStage", () => {
  it("moves a stage to a place of the stage list, clamped to the end", () => {
    const doc = sampleDoc();
    expect(reorderStage(doc, "s3", 0)).toBe(true);
    expect(stageIds(doc)).toEqual(["s3", "s1", "s2"]);
    reorderStage(doc, "s3", 10);
    expect(stageIds(doc)).toEqual(["s1", "s2", "s3"]);
    expect(reorderStage(doc, "nope", 0)).toBe(false);
  });

  it("writes nothing when the stage is already there", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    reorderStage(doc, "s2", 1);
    expect(updates.count()).toBe(0);
  });

  it("leaves a duplicate when two people move one stage at once; reads keep the first, repair removes the rest", () => {
    const [alice, bob] = replicasOf(sampleJourney(), 2, writeJourney) as [Y.Doc, Y.Doc];
    reorderStage(alice, "s1", 2);
    reorderStage(bob, "s1", 1);
    syncAll([alice, bob]);
    const read = readJourney(alice);
    expect(read).toEqual(readJourney(bob));
    expect(read.map.stages.filter((stage) => stage.id === "s1")).toHaveLength(1);
    expect(read.invalidEntries.filter(isDuplicateStage)).toHaveLength(1);

    // Both replicas repair at once: they delete the same copy, and the stage survives once.
    expect(repairJourney(alice)).toBe(1);
    expect(repairJourney(bob)).toBe(1);
    syncAll([alice, bob]);
    for (const doc of [alice, bob]) {
      expect(readJourney(doc).map.stages).toEqual(read.map.stages);
      expect(readJourney(doc).invalidEntries).toEqual([]);
    }
    expect(repairJourney(alice)).toBe(0);
  });

  it("heals duplicates of the stage it moves", () => {
    const doc = sampleDoc();
    journeyRoots(doc).stages.push([new Y.Map<unknown>(Object.entries({ id: "s2", phase: "during", title: "Copy" }))]);
    reorderStage(doc, "s2", 0);
    expect(readJourney(doc).map.stages.map((stage) => stage.title)).toEqual(["Order", "Awareness", "Support"]);
    expect(readJourney(doc).invalidEntries).toEqual([]);
  });

  it("loses a rename made concurrently with a move of the same stage (the documented caveat)", () => {
    const [alice, bob] = replicasOf(sampleJourney(), 2, writeJourney) as [Y.Doc, Y.Doc];
    reorderStage(alice, "s1", 2);
    renameStage(bob, "s1", "Renamed meanwhile");
    syncAll([alice, bob]);
    expect(readJourney(alice).map.stages.at(-1)).toEqual({ id: "s1", phase: "before", title: "Awareness" });
    expect(readJourney(bob)).toEqual(readJourney(alice));
  });
});

describe("deleteStage", () => {
  it("deletes the stage's touchpoints and their connections unless told where to move them", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(deleteStage(doc, "s3", {}, "alice")).toBe(true);
    const { map } = readJourney(doc);
    expect(map.stages.map((stage) => stage.id)).toEqual(["s1", "s2"]);
    expect(map.touchpoints.map((entry) => entry.id)).toEqual(["t1", "t2"]);
    expect(map.connections.map((entry) => entry.id)).toEqual(["c1"]);
    expect(updates.origins).toEqual(["alice"]);
  });

  it("moves the touchpoints to another stage, keeping their connections", () => {
    const doc = sampleDoc();
    deleteStage(doc, "s3", { moveTouchpointsTo: "s2" });
    const { map } = readJourney(doc);
    expect(map.touchpoints.filter((entry) => entry.stageId === "s2").map((entry) => entry.id)).toEqual([
      "t2",
      "t3",
      "t4",
    ]);
    expect(map.connections).toHaveLength(3);
  });

  it("refuses to move touchpoints into the deleted stage or a missing one, writing nothing", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(() => deleteStage(doc, "s3", { moveTouchpointsTo: "s3" })).toThrow(/cannot move/);
    expect(() => deleteStage(doc, "s3", { moveTouchpointsTo: "s9" })).toThrow(/names no stage/);
    expect(deleteStage(doc, "s9")).toBe(false);
    expect(updates.count()).toBe(0);
  });

  it("keeps a touchpoint added to the stage concurrently, in an unknown stage rather than lost", () => {
    const [alice, bob] = replicasOf(sampleJourney(), 2, writeJourney) as [Y.Doc, Y.Doc];
    deleteStage(alice, "s1");
    addTouchpoint(bob, touchpoint({ id: "t9", stageId: "s1" }));
    syncAll([alice, bob]);
    for (const doc of [alice, bob]) {
      const { map } = readJourney(doc);
      expect(map.stages.map((stage) => stage.id)).toEqual(["s2", "s3"]);
      expect(map.touchpoints.find((entry) => entry.id === "t9")?.stageId).toBe("s1");
    }
  });
});
