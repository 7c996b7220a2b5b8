import type { Connection } from "../format/connection";
import type { Phase } from "../format/enums";
import { LOOP_SPACING, MAX_LOOP_TRACKS } from "./gridMetrics";
import type { CardLayout, EdgeLayout, Point, Rect } from "./layoutTypes";
import { cubicMidpoint, cubicPath, formatNumber, pointText } from "./pathData";

/** Minimum horizontal clearance for a side-to-side edge; closer cards are joined top to bottom. */
const SIDE_CLEARANCE = 8;
/** Shortest control-arm length, so short edges still leave and enter their cards at right angles. */
const MIN_ARM = 24;
/** Radius of the loop's corners; small, as the loop turns inside a cell's padding. */
const LOOP_RADIUS = 6;
/** How far inside the column edge the loop runs: the middle of the cell's padding. */
const LOOP_INSET = 7;
/** Depth of the first loop track below the top of the loop strip. */
const FIRST_TRACK_DEPTH = 12;

const right = (rect: Rect): number => rect.x + rect.width;
const bottom = (rect: Rect): number => rect.y + rect.height;
const centreX = (rect: Rect): number => rect.x + rect.width / 2;
const centreY = (rect: Rect): number => rect.y + rect.height / 2;

function curveEdge(connection: Connection, kind: EdgeLayout["kind"], start: Point, c1: Point, c2: Point, end: Point) {
  return {
    connectionId: connection.id,
    from: connection.from,
    to: connection.to,
    kind,
    path: cubicPath(start, c1, c2, end),
    start,
    end,
    controls: [c1, c2],
    labelAt: cubicMidpoint(start, c1, c2, end),
  } satisfies EdgeLayout;
}

/** Side to side when the cards are clear of each other horizontally, else top to bottom. */
function routeBetween(connection: Connection, source: Rect, target: Rect): EdgeLayout {
  if (target.x >= right(source) + SIDE_CLEARANCE) {
    const start = { x: right(source), y: centreY(source) };
    const end = { x: target.x, y: centreY(target) };
    const arm = Math.max(MIN_ARM, (end.x - start.x) / 2);
    return curveEdge(connection, "forward", start, { x: start.x + arm, y: start.y }, { x: end.x - arm, y: end.y }, end);
  }
  if (right(target) <= source.x - SIDE_CLEARANCE) {
    const start = { x: source.x, y: centreY(source) };
    const end = { x: right(target), y: centreY(target) };
    const arm = Math.max(MIN_ARM, (start.x - end.x) / 2);
    return curveEdge(
      connection,
      "backward",
      start,
      { x: start.x - arm, y: start.y },
      { x: end.x + arm, y: end.y },
      end,
    );
  }
  const down = target.y >= source.y;
  const start = { x: centreX(source), y: down ? bottom(source) : source.y };
  const end = { x: centreX(target), y: down ? target.y : bottom(target) };
  const arm = Math.max(MIN_ARM / 2, Math.abs(end.y - start.y) / 2) * (down ? 1 : -1);
  return curveEdge(connection, "vertical", start, { x: start.x, y: start.y + arm }, { x: end.x, y: end.y - arm }, end);
}

/**
 * Out of the source's right side, down the padding at its column's right edge, back along the loop
 * strip, up the padding at the target column's left edge and into the target's left side. Cards
 * never sit in a cell's padding, so the loop crosses no card on its way.
 */
function routeLoop(
  connection: Connection,
  source: CardLayout,
  target: CardLayout,
  columns: LoopColumns,
  trackY: number,
  labelShare: number,
) {
  const start = { x: right(source.rect), y: centreY(source.rect) };
  const end = { x: target.rect.x, y: centreY(target.rect) };
  const outX = columns.rightOf(source) - LOOP_INSET;
  const inX = columns.leftOf(target) + LOOP_INSET;
  const r = LOOP_RADIUS;
  const corner = (x: number, y: number, toX: number, toY: number): string =>
    `Q${pointText({ x, y })} ${pointText({ x: toX, y: toY })}`;
  const path = [
    `M${pointText(start)} H${formatNumber(outX - r)}`,
    corner(outX, start.y, outX, start.y + r),
    `V${formatNumber(trackY - r)}`,
    corner(outX, trackY, outX - r, trackY),
    `H${formatNumber(inX + r)}`,
    corner(inX, trackY, inX, trackY - r),
    `V${formatNumber(end.y + r)}`,
    corner(inX, end.y, inX + r, end.y),
    `H${formatNumber(end.x)}`,
  ].join(" ");
  return {
    connectionId: connection.id,
    from: connection.from,
    to: connection.to,
    kind: "loop",
    path,
    start,
    end,
    labelAt: { x: inX + (outX - inX) * labelShare, y: trackY },
  } satisfies EdgeLayout;
}

/** Where the loop may run beside its end cards: the x extent of their columns. */
export interface LoopColumns {
  leftOf(card: CardLayout): number;
  rightOf(card: CardLayout): number;
}

export interface EdgeRouting {
  edges: EdgeLayout[];
  /** How many loop tracks the loop strip needs (0: no loop, no strip). */
  loopTracks: number;
}

/**
 * Routes every connection whose two ends are laid out and distinct, in `connections` order. A
 * connection from an after-phase card to a before-phase card is the re-purchase loop: it runs
 * through the strip that starts at `loopTop`, one track per loop (at most `MAX_LOOP_TRACKS`), and
 * up and down beside its end cards within their columns (`columns`).
 */
export function routeEdges(
  connections: readonly Connection[],
  cardsById: ReadonlyMap<string, CardLayout>,
  phaseOfCard: (card: CardLayout) => Phase | undefined,
  columns: LoopColumns,
  loopTop: number,
): EdgeRouting {
  const ends: { connection: Connection; source: CardLayout; target: CardLayout; loop: boolean }[] = [];
  let loopCount = 0;
  for (const connection of connections) {
    if (connection.from === connection.to) continue;
    const source = cardsById.get(connection.from);
    const target = cardsById.get(connection.to);
    if (!source || !target) continue;
    const loop =
      phaseOfCard(source) === "after" &&
      phaseOfCard(target) === "before" &&
      columns.rightOf(source) - columns.leftOf(target) > 4 * (LOOP_RADIUS + LOOP_INSET);
    if (loop) loopCount++;
    ends.push({ connection, source, target, loop });
  }
  const edges: EdgeLayout[] = [];
  let loops = 0;
  for (const { connection, source, target, loop } of ends) {
    if (!loop) {
      edges.push(routeBetween(connection, source.rect, target.rect));
      continue;
    }
    // Each loop its own track, and its label its own place along the run, so labels do not stack.
    const trackY = loopTop + FIRST_TRACK_DEPTH + Math.min(loops, MAX_LOOP_TRACKS - 1) * LOOP_SPACING;
    edges.push(routeLoop(connection, source, target, columns, trackY, (loops + 1) / (loopCount + 1)));
    loops++;
  }
  return { edges, loopTracks: Math.min(loops, MAX_LOOP_TRACKS) };
}
