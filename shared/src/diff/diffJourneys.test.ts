import { describe, expect, it } from "vitest";
import { connection, stage, testJourney, touchpoint } from "../testing/journeyFixtures";
import { TEMPLATES } from "../templates/index";
import { diffJourneys } from "./diffJourneys";

const base = () =>
  testJourney({
    touchpoints: [
      touchpoint({ id: "t1", title: "Sees an ad" }),
      touchpoint({ id: "t2", title: "Orders online", stageId: "stage-during" }),
      touchpoint({ id: "t3", title: "Gets the invoice", stageId: "stage-after" }),
    ],
    connections: [connection("c1", "t1", "t2")],
  });

describe("diffJourneys", () => {
  it("finds nothing between a map and itself, or a copy of it", () => {
    const map = base();
    expect(diffJourneys(map, map).unchanged).toBe(true);
    expect(diffJourneys(map, structuredClone(map))).toMatchObject({
      unchanged: true,
      touchpoints: { added: [], removed: [], edited: [] },
      meta: [],
    });
    for (const template of TEMPLATES) expect(diffJourneys(template.build(), template.build()).unchanged).toBe(true);
  });

  it("names touchpoints added and removed by title, each side in its own order", () => {
    const before = base();
    const after = base();
    after.touchpoints = [
      touchpoint({ id: "t2", title: "Orders online", stageId: "stage-during" }),
      touchpoint({ id: "t4", title: "Calls support" }),
      touchpoint({ id: "t5", title: "Leaves a review" }),
    ];
    const diff = diffJourneys(before, after);
    expect(diff.touchpoints.added).toEqual([
      { id: "t4", title: "Calls support" },
      { id: "t5", title: "Leaves a review" },
    ]);
    expect(diff.touchpoints.removed).toEqual([
      { id: "t1", title: "Sees an ad" },
      { id: "t3", title: "Gets the invoice" },
    ]);
    expect(diff.touchpoints.edited).toEqual([]);
    expect(diff.unchanged).toBe(false);
  });

  it("lists which fields of an edited touchpoint differ, in the format's order, and the old title", () => {
    const before = base();
    const after = base();
    after.touchpoints[0] = {
      ...touchpoint({ id: "t1", title: "Sees a TV ad" }),
      itSupport: "integrated",
      painPoints: ["Too loud"],
      position: { x: 40, y: 0 },
    };
    after.touchpoints[1] = { ...touchpoint({ id: "t2", title: "Orders online", stageId: "stage-during" }), emotion: 2 };
    const diff = diffJourneys(before, after);
    expect(diff.touchpoints.edited).toEqual([
      {
        id: "t1",
        title: "Sees a TV ad",
        previousTitle: "Sees an ad",
        fields: ["title", "itSupport", "painPoints", "position"],
      },
      { id: "t2", title: "Orders online", fields: ["emotion"] },
    ]);
  });

  it("treats an optional field left out and one set to undefined as the same", () => {
    const before = base();
    const after = base();
    after.touchpoints[0] = { ...touchpoint({ id: "t1", title: "Sees an ad" }), emotion: undefined };
    expect(diffJourneys(before, after).unchanged).toBe(true);
  });

  it("counts stages, channels, connections and comment threads on each side and what changed", () => {
    const before = base();
    const after = base();
    after.stages = [...after.stages, stage("stage-loyal", "after", "Loyalty")];
    after.stages[0] = { ...(after.stages[0] ?? stage("x", "before")), title: "Awareness" };
    after.channels = after.channels.slice(1);
    after.connections = [connection("c1", "t1", "t2", "then"), connection("c2", "t2", "t3")];
    after.comments = [
      {
        id: "k1",
        touchpointId: "t2",
        resolved: false,
        messages: [{ id: "m1", author: "Anna", createdAt: "2026-12-01T10:00:00Z", text: "Why?" }],
      },
    ];
    const diff = diffJourneys(before, after);
    expect(diff.stages).toEqual({ before: 3, after: 4, added: 1, removed: 0, edited: 1 });
    expect(diff.channels).toMatchObject({ before: before.channels.length, removed: 1, added: 0, edited: 0 });
    expect(diff.connections).toEqual({ before: 1, after: 2, added: 1, removed: 0, edited: 1 });
    expect(diff.comments).toEqual({ before: 0, after: 1, added: 1, removed: 0, edited: 0 });
    expect(diff.touchpoints.edited).toEqual([]);
    expect(diff.unchanged).toBe(false);
  });

  it("counts a reorder of the stages as an edit, since their order is the map's left to right", () => {
    const before = base();
    const after = base();
    after.stages = [...after.stages].reverse();
    const diff = diffJourneys(before, after);
    expect(diff.stages.edited).toBe(1);
    expect(diff.unchanged).toBe(false);
  });

  it("names map-level fields that changed", () => {
    const before = base();
    const after = { ...base(), title: "Renamed", market: "b2b" as const };
    after.coverage = { ...after.coverage, after: ["service"] };
    expect(diffJourneys(before, after).meta).toEqual(["title", "market", "coverage"]);
  });

  it("swapping the sides swaps added and removed", () => {
    const before = base();
    const after = { ...base(), touchpoints: base().touchpoints.slice(1) };
    expect(diffJourneys(before, after).touchpoints.removed).toEqual([{ id: "t1", title: "Sees an ad" }]);
    expect(diffJourneys(after, before).touchpoints.added).toEqual([{ id: "t1", title: "Sees an ad" }]);
  });
});
