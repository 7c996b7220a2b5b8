import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  CELL_PADDING,
  TEMPLATES,
  layoutJourney,
  readJourney,
  writeJourney,
  type JourneyMap,
} from "@kundresa/shared";
import { createLocalUndo } from "../collab/localUndo";
import { commitMoves } from "../editor/undoableStep";
import { cellAtPoint, dropTarget, freeSlot } from "./cellGeometry";

const map: JourneyMap = (TEMPLATES[1] ?? TEMPLATES[0])!.build();
const layout = layoutJourney(map);

describe("the cell under a point", () => {
  it("finds the stage column and lane a point is in", () => {
    for (const card of layout.cards.slice(0, 10)) {
      const centre = { x: card.rect.x + CARD_WIDTH / 2, y: card.rect.y + CARD_HEIGHT / 2 };
      const cell = cellAtPoint(layout, centre);
      expect(cell?.column.index).toBe(card.columnIndex);
      expect(cell?.lane.index).toBe(card.laneIndex);
    }
  });

  it("gives the gutter to the nearer neighbour and nothing outside the grid", () => {
    const [first, second] = layout.columns;
    const lane = layout.lanes[0]!;
    const gutterX = first!.x + first!.width + 1;
    expect(cellAtPoint(layout, { x: gutterX, y: lane.y + 5 })?.column).toBe(first);
    expect(cellAtPoint(layout, { x: second!.x - 1, y: lane.y + 5 })?.column).toBe(second);
    expect(cellAtPoint(layout, { x: 5, y: lane.y + 5 })).toBeUndefined();
    expect(cellAtPoint(layout, { x: gutterX, y: layout.height + 50 })).toBeUndefined();
  });
});

describe("dropping a card", () => {
  const card = layout.cards[0]!;
  const touchpoint = map.touchpoints[0]!;

  it("moves it to the stage under its centre, positioned relative to the new cell", () => {
    const target = layout.columns.find((c) => c.kind === "stage" && c.index !== card.columnIndex)!;
    const lane = layout.lanes[card.laneIndex]!;
    const drop = { x: target.x + CELL_PADDING + 10, y: lane.y + CELL_PADDING + 20 };
    expect(dropTarget(layout, touchpoint.id, drop)).toEqual({ stageId: target.stageId, position: { x: 10, y: 20 } });
  });

  it("keeps the stage when dropped in its own column, and never stores a negative offset", () => {
    const column = layout.columns[card.columnIndex]!;
    const lane = layout.lanes[card.laneIndex]!;
    expect(dropTarget(layout, touchpoint.id, { x: column.x, y: lane.y })).toEqual({ position: { x: 0, y: 0 } });
  });

  it("keeps the card in its own lane when dropped over another", () => {
    const other = layout.lanes.find((l) => l.index !== card.laneIndex)!;
    const own = layout.lanes[card.laneIndex]!;
    const column = layout.columns[card.columnIndex]!;
    const result = dropTarget(layout, touchpoint.id, { x: column.x + CELL_PADDING, y: other.y + 40 })!;
    expect(result.position.y).toBeLessThanOrEqual(Math.max(0, own.height - 2 * CELL_PADDING - CARD_HEIGHT));
    expect(result.position.y).toBeGreaterThanOrEqual(0);
  });

  it("finds a free slot in a cell instead of stacking a new card on another", () => {
    const cell = cellAtPoint(layout, { x: card.rect.x + 5, y: card.rect.y + 5 })!;
    const slot = freeSlot(layout, cell, {
      x: card.rect.x - cell.column.x - CELL_PADDING,
      y: card.rect.y - cell.lane.y - CELL_PADDING,
    });
    const occupied = layout.cards.filter((c) => c.columnIndex === cell.column.index && c.laneIndex === cell.lane.index);
    for (const other of occupied) {
      const x = other.rect.x - cell.column.x - CELL_PADDING;
      const y = other.rect.y - cell.lane.y - CELL_PADDING;
      expect(Math.abs(x - slot.x) >= CARD_WIDTH || Math.abs(y - slot.y) >= CARD_HEIGHT).toBe(true);
    }
  });
});

describe("a drag is one undo step", () => {
  it("undoes every card moved in one drag at once, and only this person's drag", () => {
    const doc = new Y.Doc();
    writeJourney(doc, map);
    const undo = createLocalUndo(doc);
    const [a, b] = layout.cards;
    const target = layout.columns.find((c) => c.kind === "stage" && c.index !== a!.columnIndex)!;
    const lanes = layout.lanes;
    commitMoves(
      doc,
      undo,
      layout,
      new Map([
        [a!.touchpointId, { x: target.x + 40, y: lanes[a!.laneIndex]!.y + 30 }],
        [b!.touchpointId, { x: b!.rect.x + 7, y: b!.rect.y + 9 }],
      ]),
    );
    const moved = readJourney(doc).map;
    expect(moved.touchpoints.find((t) => t.id === a!.touchpointId)?.stageId).toBe(target.stageId);
    // A colleague's edit (another origin) in between is not on this person's stack.
    doc.transact(() => doc.getMap("meta").set("title", "Renamed by someone else"), "remote");
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    const after = readJourney(doc).map;
    for (const id of [a!.touchpointId, b!.touchpointId]) {
      expect(after.touchpoints.find((t) => t.id === id)).toEqual(map.touchpoints.find((t) => t.id === id));
    }
    expect(after.title).toBe("Renamed by someone else");
  });
});
