import {
  CARD_HEIGHT,
  CARD_WIDTH,
  CELL_PADDING,
  type ColumnLayout,
  type JourneyLayout,
  type LaneLayout,
  type Point,
  stackedPosition,
  type Position,
} from "@kundresa/shared";

/** A cell of the grid: one stage column × one category lane. */
export interface Cell {
  column: ColumnLayout;
  lane: LaneLayout;
}

/**
 * The cell under a point in flow (layout) coordinates. The gutters between columns and lanes belong
 * to the nearer neighbour, so a drop a few pixels off still lands somewhere sensible. Outside the
 * grid's columns or lanes: `undefined`.
 */
export function cellAtPoint(layout: JourneyLayout, point: Point): Cell | undefined {
  const column = nearest(
    layout.columns,
    point.x,
    (c) => c.x,
    (c) => c.width,
  );
  const lane = nearest(
    layout.lanes,
    point.y,
    (l) => l.y,
    (l) => l.height,
  );
  if (!column || !lane) return undefined;
  return { column, lane };
}

function nearest<T>(items: readonly T[], value: number, start: (item: T) => number, size: (item: T) => number) {
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (value < start(first) || value > start(last) + size(last)) return undefined;
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const from = start(item);
    const to = from + size(item);
    const distance = value < from ? from - value : value > to ? value - to : 0;
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

/** A card's stored `position` for a top-left corner in flow coordinates, inside `cell` (never negative). */
export function positionInCell(cell: Cell, topLeft: Point): Position {
  return {
    x: Math.max(0, Math.round(topLeft.x - cell.column.x - CELL_PADDING)),
    y: Math.max(0, Math.round(topLeft.y - cell.lane.y - CELL_PADDING)),
  };
}

/**
 * Where a dragged card lands. The column under the card's centre gives the stage (a drop on a
 * non-stage column keeps the card's stage). The lane is fixed by the card's channel, so a drop over
 * another lane keeps the card in its own, at the nearest height that lane allows.
 */
export function dropTarget(
  layout: JourneyLayout,
  touchpointId: string,
  topLeft: Point,
): { stageId?: string; position: Position } | undefined {
  const card = layout.cardsById.get(touchpointId);
  if (!card) return undefined;
  const ownColumn = layout.columns[card.columnIndex] as ColumnLayout;
  const ownLane = layout.lanes[card.laneIndex] as LaneLayout;
  const centre = { x: topLeft.x + CARD_WIDTH / 2, y: topLeft.y + CARD_HEIGHT / 2 };
  const under = cellAtPoint(layout, centre);
  const column = under && under.column.kind === "stage" ? under.column : ownColumn;
  let position = positionInCell({ column, lane: ownLane }, topLeft);
  if (under && under.lane !== ownLane) {
    const maxY = Math.max(0, ownLane.height - 2 * CELL_PADDING - CARD_HEIGHT);
    position = { x: position.x, y: Math.min(position.y, maxY) };
  }
  // No clamp on x: the centre decides the column, and a card placed off to one side grows its column.
  return column.stageId !== undefined && column !== ownColumn ? { stageId: column.stageId, position } : { position };
}

/** The stage columns in canvas order (what arrow keys step through). */
export function stageColumns(layout: JourneyLayout): ColumnLayout[] {
  return layout.columns.filter((column) => column.kind === "stage");
}

/**
 * A free spot for a new card in a cell: the first stacked slot no card overlaps, so a new card never
 * lands on top of another.
 */
export function freeSlot(layout: JourneyLayout, cell: Cell, preferred?: Position): Position {
  const occupied = layout.cards
    .filter((card) => card.columnIndex === cell.column.index && card.laneIndex === cell.lane.index)
    .map((card) => ({ x: card.rect.x - cell.column.x - CELL_PADDING, y: card.rect.y - cell.lane.y - CELL_PADDING }));
  const overlaps = (p: Position) =>
    occupied.some((o) => Math.abs(o.x - p.x) < CARD_WIDTH && Math.abs(o.y - p.y) < CARD_HEIGHT);
  if (preferred && !overlaps(preferred)) return preferred;
  for (let row = 0; ; row++) {
    const candidate = stackedPosition(row);
    if (!overlaps(candidate)) return candidate;
  }
}
