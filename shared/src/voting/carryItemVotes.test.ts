import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { TouchpointInput } from "../format/touchpoint";
import { readJourney } from "../ydoc/journeyCache";
import { journeyRoots } from "../ydoc/layout";
import { addTouchpoint, updateTouchpoint } from "../ydoc/touchpointIntents";
import { writeJourney } from "../ydoc/writeJourney";
import { recordUpdates, sampleJourney } from "../ydoc/testing/fixtures";
import { carryItemVotes } from "./carryItemVotes";

describe("carryItemVotes", () => {
  it("moves an edited item's dots to its new words", () => {
    expect(
      carryItemVotes(["Slow site", "Rude staff"], ["Slow checkout", "Rude staff"], { "Slow site": 4, "Rude staff": 1 }),
    ).toEqual({
      "Slow checkout": 4,
      "Rude staff": 1,
    });
  });

  it("drops the dots of an item that left the list, and keeps keys that named no item", () => {
    expect(
      carryItemVotes(["Slow site", "Rude staff"], ["Rude staff"], { "Slow site": 4, "Rude staff": 1, Imported: 2 }),
    ).toEqual({
      "Rude staff": 1,
      Imported: 2,
    });
  });

  it("adds the dots up when an item is edited into another's words", () => {
    expect(carryItemVotes(["Slow", "Too slow"], ["Slow", "Slow"], { Slow: 2, "Too slow": 3 })).toEqual({ Slow: 5 });
  });

  it("leaves the dots with a twin that still has the old words", () => {
    expect(carryItemVotes(["Slow", "Slow"], ["Slow", "Sluggish"], { Slow: 2 })).toEqual({ Slow: 2 });
  });
});

describe("updateTouchpoint with a kept vote", () => {
  const card: TouchpointInput = {
    id: "voted",
    title: "Pays at the till",
    stageId: "s2",
    channelIds: ["email"],
    itSupport: "standalone",
    position: { x: 16, y: 16 },
    painPoints: ["Queue too long", "Card reader fails"],
    opportunities: ["Self-checkout"],
    votes: {
      touchpoint: 3,
      painPoints: { "Queue too long": 5, "Card reader fails": 2 },
      opportunities: { "Self-checkout": 1 },
    },
  };

  function votedDoc(): Y.Doc {
    const doc = new Y.Doc();
    writeJourney(doc, sampleJourney());
    addTouchpoint(doc, card);
    return doc;
  }

  const votesOf = (doc: Y.Doc) => readJourney(doc).map.touchpoints.find((entry) => entry.id === "voted")?.votes;

  it("keeps a pain point's dots when its wording is tidied, in the same update as the edit", () => {
    const doc = votedDoc();
    const updates = recordUpdates(doc);
    updateTouchpoint(doc, "voted", { painPoints: ["Queue at the till too long", "Card reader fails"] }, "anna");
    expect(votesOf(doc)).toEqual({
      touchpoint: 3,
      painPoints: { "Queue at the till too long": 5, "Card reader fails": 2 },
      opportunities: { "Self-checkout": 1 },
    });
    expect(updates.count()).toBe(1);
  });

  it("takes a removed opportunity's dots with it, and one undo brings both back", () => {
    const doc = votedDoc();
    const undo = new Y.UndoManager(journeyRoots(doc).touchpoints, { trackedOrigins: new Set(["anna"]) });
    updateTouchpoint(doc, "voted", { opportunities: [] }, "anna");
    expect(votesOf(doc)).toEqual({ touchpoint: 3, painPoints: { "Queue too long": 5, "Card reader fails": 2 } });
    undo.undo();
    expect(votesOf(doc)).toEqual(card.votes);
  });

  it("leaves the vote alone when the patch sets the votes itself or other fields only", () => {
    const doc = votedDoc();
    updateTouchpoint(doc, "voted", { title: "Pays" });
    expect(votesOf(doc)).toEqual(card.votes);
    updateTouchpoint(doc, "voted", { painPoints: ["Queue"], votes: { touchpoint: 1 } });
    expect(votesOf(doc)).toEqual({ touchpoint: 1 });
  });
});
