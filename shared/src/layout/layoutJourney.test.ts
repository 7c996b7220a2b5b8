import { describe, expect, it } from "vitest";
import type { JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import { stage, testJourney, touchpoint } from "../testing/journeyFixtures";
import { EMPTY_PHASE_WIDTH } from "./gridMetrics";
import { layoutJourney } from "./layoutJourney";
import type { ColumnLayout, LaneLayout, Rect } from "./layoutTypes";
import { CARD_HEIGHT, CARD_WIDTH, CELL_PADDING, MIN_COLUMN_WIDTH, MIN_LANE_HEIGHT } from "./metrics";

function tp(id: string, stageId: string, channelIds: string[], extra: Partial<Touchpoint> = {}): Touchpoint {
  return touchpoint({ id, title: id, stageId, channelIds, ...extra });
}

function journey(touchpoints: Touchpoint[], extra: Partial<JourneyMap> = {}): JourneyMap {
  return testJourney({
    title: "Layout",
    stages: [
      stage("b1", "before", "B1"),
      stage("b2", "before", "B2"),
      stage("d1", "during", "D1"),
      stage("a1", "after", "A1"),
    ],
    touchpoints,
    ...extra,
  });
}

const cellOf = (column: ColumnLayout, lane: LaneLayout): Rect => ({
  x: column.x,
  y: lane.y,
  width: column.width,
  height: lane.height,
});

function inside(inner: Rect, outer: Rect, margin: number): boolean {
  return (
    inner.x >= outer.x + margin &&
    inner.y >= outer.y + margin &&
    inner.x + inner.width <= outer.x + outer.width - margin &&
    inner.y + inner.height <= outer.y + outer.height - margin
  );
}

describe("layoutJourney columns", () => {
  it("gives each stage a column, grouped under its phase in phase order, stage order kept within a phase", () => {
    const layout = layoutJourney(
      journey([], {
        stages: [
          { id: "a1", phase: "after", title: "A1" },
          { id: "b1", phase: "before", title: "B1" },
          { id: "d1", phase: "during", title: "D1" },
          { id: "b2", phase: "before", title: "B2" },
        ],
      }),
    );
    expect(layout.columns.map((column) => column.stageId)).toEqual(["b1", "b2", "d1", "a1"]);
    expect(layout.phaseBands.map((band) => band.columnIndexes)).toEqual([[0, 1], [2], [3]]);
    const [before] = layout.phaseBands;
    const last = layout.columns[1] as ColumnLayout;
    expect(before?.x).toBe(layout.columns[0]?.x);
    expect(before?.width).toBe(last.x + last.width - (before?.x ?? 0));
  });

  it("keeps a narrow empty band for a phase with no stage, so the hole shows", () => {
    const layout = layoutJourney(journey([], { stages: [{ id: "b1", phase: "before", title: "B1" }] }));
    expect(layout.phaseBands.map((band) => band.empty)).toEqual([false, true, true]);
    const empty = layout.columns.filter((column) => column.kind === "empty-phase");
    expect(empty.map((column) => column.phase)).toEqual(["during", "after"]);
    expect(empty.every((column) => column.width === EMPTY_PHASE_WIDTH && column.width < MIN_COLUMN_WIDTH)).toBe(true);
  });

  it("widens a column to fit a card placed far to the right, and moves the next columns along", () => {
    const narrow = layoutJourney(journey([tp("t1", "b1", ["email"])]));
    const wide = layoutJourney(journey([tp("t1", "b1", ["email"], { position: { x: 300, y: 0 } })]));
    expect(narrow.columns[0]?.width).toBe(MIN_COLUMN_WIDTH);
    expect(wide.columns[0]?.width).toBe(300 + CARD_WIDTH + 2 * CELL_PADDING);
    expect((wide.columns[1]?.x ?? 0) - (narrow.columns[1]?.x ?? 0)).toBe(300);
    expect(wide.columns[1]?.width).toBe(MIN_COLUMN_WIDTH);
    expect(wide.width - narrow.width).toBe(300);
  });

  it("puts touchpoints of an unknown stage in a trailing unplaced column, and has none otherwise", () => {
    const placed = layoutJourney(journey([tp("t1", "b1", ["email"])]));
    expect(placed.columns.some((column) => column.kind === "unplaced")).toBe(false);
    const layout = layoutJourney(journey([tp("t1", "b1", ["email"]), tp("t2", "deleted", ["email"])]));
    const last = layout.columns[layout.columns.length - 1] as ColumnLayout;
    expect(last.kind).toBe("unplaced");
    expect(last.phase).toBeUndefined();
    expect(layout.cardsById.get("t2")?.columnIndex).toBe(last.index);
    expect(last.touchpointCount).toBe(1);
  });
});

describe("layoutJourney lanes", () => {
  it("has the four category lanes in order and a no-channel lane only when a touchpoint needs it", () => {
    const layout = layoutJourney(journey([tp("t1", "b1", ["email"])]));
    expect(layout.lanes.map((lane) => lane.key)).toEqual(["marketing", "sales", "service", "communication"]);
    const withNone = layoutJourney(journey([tp("t1", "b1", []), tp("t2", "b1", ["not-a-channel"])]));
    expect(withNone.lanes.map((lane) => lane.key)).toEqual(["marketing", "sales", "service", "communication", "none"]);
    expect(withNone.lanes[4]?.touchpointCount).toBe(2);
  });

  it("puts a touchpoint in the lane of its first known channel", () => {
    const layout = layoutJourney(journey([tp("t1", "b1", ["not-a-channel", "sms", "support"])]));
    const card = layout.cardsById.get("t1");
    expect(layout.lanes[card?.laneIndex ?? -1]?.key).toBe("communication");
  });

  it("makes a lane taller to fit a card placed low in it", () => {
    const layout = layoutJourney(journey([tp("t1", "b1", ["support"], { position: { x: 0, y: 200 } })]));
    const service = layout.lanes[2] as LaneLayout;
    expect(service.height).toBe(200 + CARD_HEIGHT + 2 * CELL_PADDING);
    expect(layout.lanes[1]?.height).toBe(MIN_LANE_HEIGHT);
    expect(layout.lanes[3]?.y).toBeGreaterThan(service.y + service.height);
  });
});

describe("layoutJourney cards", () => {
  it("places a card at its cell's corner plus the padding plus its position, inside the cell", () => {
    const layout = layoutJourney(
      journey([tp("t1", "d1", ["e-commerce"], { position: { x: 40, y: 112 } }), tp("t2", "d1", ["e-commerce"])]),
    );
    const card = layout.cardsById.get("t1");
    const column = layout.columns[2] as ColumnLayout;
    const lane = layout.lanes[1] as LaneLayout;
    expect(card?.rect).toEqual({
      x: column.x + CELL_PADDING + 40,
      y: lane.y + CELL_PADDING + 112,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    });
    for (const each of layout.cards) {
      const cell = cellOf(layout.columns[each.columnIndex] as ColumnLayout, layout.lanes[each.laneIndex] as LaneLayout);
      expect(inside(each.rect, cell, CELL_PADDING)).toBe(true);
    }
  });

  it("clamps negative positions to the cell's padding corner", () => {
    const layout = layoutJourney(journey([tp("t1", "b2", ["email"], { position: { x: -80, y: -5 } })]));
    const card = layout.cardsById.get("t1");
    const column = layout.columns[1] as ColumnLayout;
    const lane = layout.lanes[3] as LaneLayout;
    expect(card?.rect.x).toBe(column.x + CELL_PADDING);
    expect(card?.rect.y).toBe(lane.y + CELL_PADDING);
    expect(column.width).toBe(MIN_COLUMN_WIDTH);
  });

  it("is deterministic: the same map gives the same layout", () => {
    const map = journey([
      tp("t1", "b1", ["email"], { emotion: 1 }),
      tp("t2", "a1", ["support"], { emotion: -2, position: { x: 10, y: 130 } }),
    ]);
    map.connections = [{ id: "c1", from: "t1", to: "t2", label: "" }];
    expect(layoutJourney(map)).toEqual(layoutJourney(structuredClone(map)));
  });
});

describe("layoutJourney edges", () => {
  const map = journey(
    [
      tp("t1", "b1", ["email"]),
      tp("t2", "b2", ["email"]),
      tp("t3", "b2", ["email"], { position: { x: 0, y: 112 } }),
      tp("t4", "a1", ["support"]),
    ],
    {
      connections: [
        { id: "forward", from: "t1", to: "t2", label: "" },
        { id: "down", from: "t2", to: "t3", label: "" },
        { id: "back", from: "t3", to: "t1", label: "" },
        { id: "loop", from: "t4", to: "t1", label: "" },
        { id: "dangling", from: "t4", to: "nowhere", label: "" },
        { id: "self", from: "t2", to: "t2", label: "" },
      ],
    },
  );
  const layout = layoutJourney(map);
  const edge = (id: string) => layout.edges.find((candidate) => candidate.connectionId === id);

  it("routes each connection between its cards' borders, and leaves out dangling and self connections", () => {
    expect(layout.edges.map((candidate) => candidate.connectionId)).toEqual(["forward", "down", "back", "loop"]);
    const t1 = layout.cardsById.get("t1")?.rect as Rect;
    const t2 = layout.cardsById.get("t2")?.rect as Rect;
    const t3 = layout.cardsById.get("t3")?.rect as Rect;
    expect(edge("forward")).toMatchObject({ kind: "forward", start: { x: t1.x + t1.width }, end: { x: t2.x } });
    expect(edge("down")).toMatchObject({ kind: "vertical", start: { y: t2.y + t2.height }, end: { y: t3.y } });
    expect(edge("back")).toMatchObject({ kind: "backward", start: { x: t3.x }, end: { x: t1.x + t1.width } });
    expect(edge("forward")?.path.startsWith("M")).toBe(true);
  });

  it("runs the after-to-before re-purchase loop through a strip under the lanes, above the emotion lane", () => {
    const loop = edge("loop");
    expect(loop?.kind).toBe("loop");
    const gutter = layout.loopGutter as Rect;
    expect(gutter.y).toBe(layout.grid.y + layout.grid.height);
    expect(loop?.labelAt.y).toBeGreaterThan(gutter.y);
    expect(loop?.labelAt.y).toBeLessThan(gutter.y + gutter.height);
    expect(layout.emotion.rect.y).toBeGreaterThan(gutter.y + gutter.height);
    const withoutLoop = layoutJourney({ ...map, connections: map.connections.filter((c) => c.id !== "loop") });
    expect(withoutLoop.loopGutter).toBeUndefined();
  });
});

describe("layoutJourney emotion lane", () => {
  it("has one point per stage at the mean of its rated touchpoints, at the column's centre, +2 on top", () => {
    const layout = layoutJourney(
      journey([
        tp("t1", "b1", ["email"], { emotion: 2 }),
        tp("t2", "b1", ["sms"], { emotion: 1 }),
        tp("t3", "d1", ["email"], { emotion: -2 }),
        tp("t4", "b2", ["email"]),
        tp("t5", "gone", ["email"], { emotion: 2 }),
      ]),
    );
    const { emotion } = layout;
    expect(emotion.stagePoints.map((point) => [point.stageId, point.average, point.ratedCount])).toEqual([
      ["b1", 1.5, 2],
      ["d1", -2, 1],
    ]);
    const b1 = layout.columns[0] as ColumnLayout;
    expect(emotion.stagePoints[0]?.x).toBe(b1.x + b1.width / 2);
    expect(emotion.stagePoints[1]?.y).toBe(emotion.plotBottom);
    expect(emotion.axis[0]).toEqual({ value: 2, y: emotion.plotTop });
    expect(emotion.touchpointPoints.map((point) => point.touchpointId)).toEqual(["t1", "t2", "t3"]);
    expect(emotion.curvePath).toMatch(/^M[\d.]+ [\d.]+ C/);
    expect(emotion.rect.y).toBeGreaterThan(layout.grid.y + layout.grid.height);
  });
});
