import type { EdgeLayout, Point, Rect } from "../layout/layoutTypes";
import { formatNumber as n } from "../layout/pathData";
import type { RenderContext } from "./context";
import { el, text, wrap } from "./elements";
import { word } from "./labels";
import { SpatialIndex } from "./spatialIndex";
import { EDGE_COLORS, NEUTRAL } from "./palette";
import { ellipsize, measureText, type FontSpec } from "./text";

const LABEL_FONT: FontSpec = { size: 10.5, bold: true };
const LABEL_MAX_WIDTH = 160;
/** The pill's height; the padding band above a card (16) holds it. */
const LABEL_HEIGHT = 16;

/** Arrowheads: one per edge style, sized in user units so they match at any stroke width. */
export function edgeMarkers(): string {
  const marker = (id: string, fill: string): string =>
    wrap(
      "marker",
      {
        id,
        viewBox: "0 0 10 10",
        refX: 9,
        refY: 5,
        markerWidth: 9,
        markerHeight: 9,
        markerUnits: "userSpaceOnUse",
        orient: "auto",
      },
      el("path", { d: "M0 0.5 L10 5 L0 9.5 L2.6 5 Z", fill }),
    );
  return marker("kr-arrow", EDGE_COLORS.path) + marker("kr-arrow-loop", EDGE_COLORS.loop);
}

/** Along the curve from its middle outwards, in twentieths: where a label may sit. */
const LABEL_STOPS = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9];

function cubicAt(edge: EdgeLayout, t: number): Point {
  if (!edge.controls) return edge.labelAt;
  const [c1, c2] = edge.controls;
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * edge.start.x + b * c1.x + c * c2.x + d * edge.end.x,
    y: a * edge.start.y + b * c1.y + c * c2.y + d * edge.end.y,
  };
}

interface LabelPlace {
  at: Point;
  /** Where a dotted leader from the label meets the line, when the label had to move off it. */
  leaderTo?: Point;
}

/**
 * Where a `width`-wide label covers nothing `taken` (cards, labels placed before): on the curve, middle first; else, for two cards side by side too close for it, in the
 * free band above (or below) them, centred on the gap, with a leader to the line; for stacked
 * cards, in the gap at either end or beside the line; else on the curve where it covers the least.
 */
function placeLabel(edge: EdgeLayout, width: number, context: RenderContext, taken: SpatialIndex): LabelPlace {
  const from = context.layout.cardsById.get(edge.from);
  const to = context.layout.cardsById.get(edge.to);
  if (!from || !to || !edge.controls) return { at: edge.labelAt };
  const covered = (at: Point): number =>
    taken.coveredArea({ x: at.x - width / 2, y: at.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT });
  let best = edge.labelAt;
  let bestCovered = Infinity;
  for (const t of LABEL_STOPS) {
    const at = cubicAt(edge, t);
    const area = covered(at);
    if (area === 0) return { at };
    if (area < bestCovered) {
      best = at;
      bestCovered = area;
    }
  }
  if (edge.kind === "forward" || edge.kind === "backward") {
    const middle = cubicAt(edge, 0.5);
    const above = { x: middle.x, y: Math.min(from.rect.y, to.rect.y) - LABEL_HEIGHT / 2 };
    if (covered(above) === 0) return { at: above, leaderTo: middle };
    const bottom = Math.max(from.rect.y + from.rect.height, to.rect.y + to.rect.height);
    const below = { x: middle.x, y: bottom + LABEL_HEIGHT / 2 };
    if (covered(below) === 0) return { at: below, leaderTo: middle };
  }
  if (edge.kind === "vertical") {
    // Between stacked cards: in the gap just after the source or just before the target (a line
    // that passes under a card between them has free space only there), else beside the line.
    const direction = edge.end.y >= edge.start.y ? 1 : -1;
    for (const at of [
      { x: edge.start.x, y: edge.start.y + (direction * LABEL_HEIGHT) / 2 },
      { x: edge.end.x, y: edge.end.y - (direction * LABEL_HEIGHT) / 2 },
    ]) {
      if (covered(at) === 0) return { at };
    }
    const middle = cubicAt(edge, 0.5);
    for (let step = 0; step < 8; step++) {
      for (const side of [1, -1]) {
        const beside = { x: middle.x + side * (width / 2 + 6 + step * 24), y: middle.y };
        if (covered(beside) === 0) return { at: beside };
      }
    }
  }
  return { at: best };
}

/** A label on a white pill centred on `at`, so it reads over the line it names (or at the end of a leader). */
function edgeLabel({ at, leaderTo }: LabelPlace, shown: string, color: string): string {
  const width = measureText(shown, LABEL_FONT) + 14;
  const leader = leaderTo
    ? el("path", {
        d: `M${n(at.x)} ${n(at.y)} V${n(leaderTo.y)}`,
        stroke: color,
        "stroke-width": 1,
        "stroke-dasharray": "1.5 2.5",
        "stroke-linecap": "round",
      })
    : "";
  return (
    leader +
    el("rect", {
      x: at.x - width / 2,
      y: at.y - LABEL_HEIGHT / 2,
      width,
      height: LABEL_HEIGHT,
      rx: LABEL_HEIGHT / 2,
      fill: NEUTRAL.surface,
      stroke: color,
      "stroke-width": 0.8,
    }) +
    text(
      {
        x: at.x,
        y: at.y + 3.8,
        "font-size": LABEL_FONT.size,
        "font-weight": 600,
        fill: color,
        "text-anchor": "middle",
      },
      shown,
    )
  );
}

/**
 * The customer's path: smooth curves with arrowheads between card edges, and the re-purchase loops
 * as dashed violet loops through the strip under the lanes, each labelled. `paths` go under the
 * cards (lines run behind them); `labels` go over them, since a label between two stacked cards
 * would otherwise be hidden. Labels keep off the cards, the `obstacles` and each other.
 */
export function renderEdges(context: RenderContext, obstacles: readonly Rect[]): { paths: string; labels: string } {
  const labels = new Map(context.map.connections.map((connection) => [connection.id, connection.label.trim()]));
  const loops: string[] = [];
  const paths: string[] = [];
  const pathLabels: string[] = [];
  const taken = new SpatialIndex();
  for (const card of context.layout.cards) taken.add(card.rect);
  for (const rect of obstacles) taken.add(rect);
  for (const edge of context.layout.edges) {
    const label = labels.get(edge.connectionId) ?? "";
    if (edge.kind === "loop") {
      loops.push(
        wrap(
          "g",
          { "data-role": "repurchase-loop", "data-connection-id": edge.connectionId },
          el("path", {
            d: edge.path,
            fill: "none",
            stroke: EDGE_COLORS.loop,
            "stroke-width": 1.8,
            "stroke-dasharray": "7 5",
            "stroke-linecap": "round",
            "marker-end": "url(#kr-arrow-loop)",
          }) +
            edgeLabel(
              { at: edge.labelAt },
              ellipsize(label === "" ? word("repurchaseLoop", context.locale) : label, LABEL_MAX_WIDTH, LABEL_FONT),
              EDGE_COLORS.loop,
            ),
        ),
      );
      continue;
    }
    paths.push(
      wrap(
        "g",
        { "data-role": "connection", "data-connection-id": edge.connectionId },
        el("path", {
          d: edge.path,
          fill: "none",
          stroke: EDGE_COLORS.path,
          "stroke-width": 1.6,
          "marker-end": "url(#kr-arrow)",
        }),
      ),
    );
    if (label !== "") {
      const role = { "data-role": "connection-label", "data-connection-id": edge.connectionId };
      const shown = ellipsize(label, LABEL_MAX_WIDTH, LABEL_FONT);
      const width = measureText(shown, LABEL_FONT) + 14;
      const place = placeLabel(edge, width, context, taken);
      taken.add({ x: place.at.x - width / 2, y: place.at.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT });
      pathLabels.push(wrap("g", role, edgeLabel(place, shown, EDGE_COLORS.path)));
    }
  }
  return {
    paths:
      wrap("g", { "data-role": "repurchase-loops" }, loops.join("")) +
      wrap("g", { "data-role": "connections" }, paths.join("")),
    labels: wrap("g", { "data-role": "connection-labels" }, pathLabels.join("")),
  };
}
