import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readJourney } from "./journeyCache";
import { addChannel, deleteChannel, updateChannel } from "./channelIntents";
import { writeJourney } from "./writeJourney";
import { recordUpdates, sampleJourney } from "./testing/fixtures";

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, sampleJourney());
  return doc;
}

function channelIdsOf(doc: Y.Doc, touchpointId: string): string[] | undefined {
  return readJourney(doc).map.touchpoints.find((entry) => entry.id === touchpointId)?.channelIds;
}

describe("channel catalogue intents", () => {
  it("add a channel, rename it and change its category, each in one update carrying the origin", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(addChannel(doc, { id: "chat", category: "communication" }, "alice")).toEqual({
      id: "chat",
      category: "communication",
      name: "",
    });
    expect(updateChannel(doc, "chat", { name: "Chat", category: "service" }, "bob")).toBe(true);
    expect(readJourney(doc).map.channels.find((channel) => channel.id === "chat")).toEqual({
      id: "chat",
      category: "service",
      name: "Chat",
    });
    expect(updates.origins).toEqual(["alice", "bob"]);
    expect(updateChannel(doc, "gone", { name: "x" })).toBe(false);
  });

  it("refuse a taken id or an unknown category, writing nothing", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    expect(() => addChannel(doc, { id: "web", category: "marketing" })).toThrow('channel "web" already exists');
    expect(() => updateChannel(doc, "web", { category: "print" as "sales" })).toThrow(/category must be one of/);
    expect(updates.count()).toBe(0);
  });

  it("delete a channel and, when asked, strip it from the touchpoints that use it", () => {
    const doc = sampleDoc();
    expect(deleteChannel(doc, "web", { stripFromTouchpoints: true })).toBe(true);
    expect(readJourney(doc).map.channels.map((channel) => channel.id)).toEqual(["email", "phone"]);
    expect(channelIdsOf(doc, "t1")).toEqual([]);
    expect(channelIdsOf(doc, "t2")).toEqual(["email"]);
  });

  it("delete a channel and leave the references when asked to, for validation to report", () => {
    const doc = sampleDoc();
    deleteChannel(doc, "web", { stripFromTouchpoints: false });
    expect(readJourney(doc).map.channels.map((channel) => channel.id)).toEqual(["email", "phone"]);
    expect(channelIdsOf(doc, "t2")).toEqual(["web", "email"]);
    expect(deleteChannel(doc, "web", { stripFromTouchpoints: false })).toBe(false);
    expect(() => deleteChannel(doc, "email", {} as never)).toThrow(/stripFromTouchpoints must be true or false/);
  });
});
