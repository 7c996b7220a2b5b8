import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { TouchpointInput } from "../format/touchpoint";
import { readJourney } from "./journeyCache";
import { journeyRoots } from "./layout";
import { addTouchpoint, deleteTouchpoints, moveTouchpoint, updateTouchpoint } from "./touchpointIntents";
import { writeJourney } from "./writeJourney";
import { recordUpdates, replicasOf, sampleJourney, syncAll } from "./testing/fixtures";

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, sampleJourney());
  return doc;
}

function touchpointOf(doc: Y.Doc, id: string) {
  return readJourney(doc).map.touchpoints.find((entry) => entry.id === id);
}

const minimal: TouchpointInput = {
  id: "t9",
  title: "Chats with support",
  stageId: "s3",
  channelIds: ["email"],
  itSupport: "standalone",
  position: { x: 16, y: 16 },
};

describe("addTouchpoint", () => {
  it("stores the touchpoint with the format's defaults, in one update carrying the origin", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    const stored = addTouchpoint(doc, minimal, "alice");
    expect(stored).toMatchObject({ critical: false, owner: "", painPoints: [] });
    expect(touchpointOf(doc, "t9")).toEqual(stored);
    expect(updates.origins).toEqual(["alice"]);
  });

  it("refuses a taken id or invalid input, naming the problem, and writes nothing", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(() => addTouchpoint(doc, { ...minimal, id: "t1" })).toThrow('touchpoint "t1" already exists');
    expect(() => addTouchpoint(doc, { ...minimal, itSupport: "great" } as unknown as TouchpointInput)).toThrow(
      /itSupport must be one of/,
    );
    expect(() => addTouchpoint(doc, { ...minimal, channelIds: ["email", "email"] })).toThrow(/listed twice/);
    expect(updates.count()).toBe(0);
  });

  it("does not let a later change to the caller's object reach the document", () => {
    const doc = sampleDoc();
    const input = { ...minimal, position: { x: 1, y: 2 }, painPoints: ["slow"] };
    addTouchpoint(doc, input);
    input.position.x = 99;
    input.painPoints.push("rude");
    expect(touchpointOf(doc, "t9")).toMatchObject({ position: { x: 1, y: 2 }, painPoints: ["slow"] });
  });
});

describe("updateTouchpoint", () => {
  it("lets two people editing different fields of one card both win", () => {
    const [alice, bob] = replicasOf(sampleJourney(), 2, writeJourney) as [Y.Doc, Y.Doc];
    updateTouchpoint(alice, "t1", { title: "Sees a billboard" });
    updateTouchpoint(bob, "t1", { itSupport: "none", emotion: -1 });
    syncAll([alice, bob]);
    for (const doc of [alice, bob]) {
      expect(touchpointOf(doc, "t1")).toMatchObject({ title: "Sees a billboard", itSupport: "none", emotion: -1 });
    }
  });

  it("writes only the fields that change, and clears the emotion with null", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(updateTouchpoint(doc, "t1", { title: "Sees an ad", emotion: 1 })).toBe(true);
    expect(updates.count()).toBe(0);
    updateTouchpoint(doc, "t1", { emotion: null });
    expect(touchpointOf(doc, "t1")).not.toHaveProperty("emotion");
    expect((journeyRoots(doc).touchpoints.get("t1") as Y.Map<unknown>).has("emotion")).toBe(false);
  });

  it("returns false for a touchpoint that is gone, and throws on a patch it cannot apply", () => {
    const doc = sampleDoc();
    expect(updateTouchpoint(doc, "nope", { title: "x" })).toBe(false);
    expect(() => updateTouchpoint(doc, "t1", { id: "t7" } as never)).toThrow(/id cannot be changed here/);
    expect(() => updateTouchpoint(doc, "t1", { emotion: 3 })).toThrow(/emotion must be at most 2/);
    expect(() => updateTouchpoint(doc, "t1", { critical: null } as never)).toThrow(/critical must be true or false/);
  });

  it("repairs an invalid entry by patching its broken field", () => {
    const doc = sampleDoc();
    (journeyRoots(doc).touchpoints.get("t2") as Y.Map<unknown>).set("itSupport", 7);
    expect(readJourney(doc).invalidEntries).toHaveLength(1);
    updateTouchpoint(doc, "t2", { itSupport: "standalone" });
    expect(readJourney(doc).invalidEntries).toEqual([]);
    expect(touchpointOf(doc, "t2")?.itSupport).toBe("standalone");
  });
});

describe("moveTouchpoint", () => {
  it("sets the position, and the stage when given", () => {
    const doc = sampleDoc();
    moveTouchpoint(doc, "t1", { position: { x: 5, y: 6 } });
    expect(touchpointOf(doc, "t1")).toMatchObject({ stageId: "s1", position: { x: 5, y: 6 } });
    moveTouchpoint(doc, "t1", { stageId: "s2", position: { x: 0, y: 0 } });
    expect(touchpointOf(doc, "t1")).toMatchObject({ stageId: "s2", position: { x: 0, y: 0 } });
    expect(() => moveTouchpoint(doc, "t1", { position: { x: Infinity, y: 0 } })).toThrow(/position\.x/);
    expect(moveTouchpoint(doc, "gone", { position: { x: 0, y: 0 } })).toBe(false);
  });
});

describe("deleteTouchpoints", () => {
  it("deletes the touchpoints and every connection from or to them, in one update", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(deleteTouchpoints(doc, ["t2", "nope"], "alice")).toBe(1);
    const { map } = readJourney(doc);
    expect(map.touchpoints.map((entry) => entry.id)).toEqual(["t1", "t3", "t4"]);
    expect(map.connections.map((entry) => entry.id)).toEqual(["c3"]);
    expect(updates.origins).toEqual(["alice"]);
  });

  it("wins over a concurrent edit of the same touchpoint, on every replica", () => {
    const [alice, bob] = replicasOf(sampleJourney(), 2, writeJourney) as [Y.Doc, Y.Doc];
    deleteTouchpoints(alice, ["t1"]);
    updateTouchpoint(bob, "t1", { title: "Edited while deleted" });
    syncAll([alice, bob]);
    for (const doc of [alice, bob]) {
      expect(touchpointOf(doc, "t1")).toBeUndefined();
      expect(readJourney(doc).invalidEntries).toEqual([]);
    }
  });
});
