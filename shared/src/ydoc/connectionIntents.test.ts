import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readJourney } from "./journeyCache";
import { connect, deleteConnections, updateConnection } from "./connectionIntents";
import { writeJourney } from "./writeJourney";
import { recordUpdates, replicasOf, sampleJourney, syncAll } from "./testing/fixtures";

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, sampleJourney());
  return doc;
}

function connectionOf(doc: Y.Doc, id: string) {
  return readJourney(doc).map.connections.find((entry) => entry.id === id);
}

describe("connection intents", () => {
  it("connect two touchpoints, label the step and delete it, each in one update carrying the origin", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(connect(doc, { id: "c9", from: "t4", to: "t1" }, "alice")).toEqual({
      id: "c9",
      from: "t4",
      to: "t1",
      label: "",
    });
    expect(updateConnection(doc, "c9", { label: "re-purchase" }, "alice")).toBe(true);
    expect(connectionOf(doc, "c9")).toEqual({ id: "c9", from: "t4", to: "t1", label: "re-purchase" });
    expect(deleteConnections(doc, ["c9", "gone"], "alice")).toBe(1);
    expect(connectionOf(doc, "c9")).toBeUndefined();
    expect(updates.origins).toEqual(["alice", "alice", "alice"]);
  });

  it("accept an end that names no touchpoint (validation reports it) but refuse a taken id or an empty end", () => {
    const doc = sampleDoc();
    connect(doc, { id: "c9", from: "t1", to: "nowhere" });
    expect(connectionOf(doc, "c9")?.to).toBe("nowhere");
    expect(() => connect(doc, { id: "c1", from: "t1", to: "t2" })).toThrow('connection "c1" already exists');
    expect(() => updateConnection(doc, "c1", { to: "" })).toThrow(/to must not be empty/);
    expect(updateConnection(doc, "gone", { label: "x" })).toBe(false);
  });

  it("merge a relabel and a rewire of one connection made at once", () => {
    const [alice, bob] = replicasOf(sampleJourney(), 2, writeJourney) as [Y.Doc, Y.Doc];
    updateConnection(alice, "c1", { label: "clicks" });
    updateConnection(bob, "c1", { to: "t3" });
    syncAll([alice, bob]);
    for (const doc of [alice, bob])
      expect(connectionOf(doc, "c1")).toEqual({ id: "c1", from: "t1", to: "t3", label: "clicks" });
  });
});
