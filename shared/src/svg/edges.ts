import type { EdgeLayout, Point, Rect } from "../layout/layoutTypes";
import type { RenderContext } from "./context";
import { el, text, wrap } from "./elements";
import { word } from "./labels";
import { EDGE_COLORS, NEUTRAL } from "./palette";
import { ellipsize, measureText, type FontSpec } from "./text";

const LABEL_FONT: FontSpec = { size: 10.5, bold: true };
const LABEL_MAX_WIDTH = 160;

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

/** Along the curve from its middle outwards: where a label may sit. */
const LABEL_STOPS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];

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

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The point along the curve, middle first, where a `width`-wide label covers the least of the
 * cards in the columns the edge spans (none, when it can): a label must not hide a card's text.
 */
function labelPoint(edge: EdgeLayout, width: number, context: RenderContext, cardsByColumn: Rect[][]): Point {
  const from = context.layout.cardsById.get(edge.from);
  const to = context.layout.cardsById.get(edge.to);
  if (!from || !to || !edge.controls) return edge.labelAt;
  const first = Math.min(from.columnIndex, to.columnIndex);
  const last = Math.max(from.columnIndex, to.columnIndex);
  let best = edge.labelAt;
  let bestCovered = Infinity;
  for (const t of LABEL_STOPS) {
    const at = cubicAt(edge, t);
    const box = { x: at.x - width / 2, y: at.y - 9, width, height: 18 };
    let covered = 0;
    for (let column = first; column <= last; column++) {
      for (const rect of cardsByColumn[column] ?? []) covered += overlapArea(box, rect);
    }
    if (covered === 0) return at;
    if (covered < bestCovered) {
      best = at;
      bestCovered = covered;
    }
  }
  return best;
}

/** A label on a white pill centred on `at`, so it reads over the line it names. */
function edgeLabel(at: Point, shown: string, color: string): string {
  const width = measureText(shown, LABEL_FONT) + 14;
  return (
    el("rect", {
      x: at.x - width / 2,
      y: at.y - 9,
      width,
      height: 18,
      rx: 9,
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
 * would otherwise be hidden.
 */
export function renderEdges(context: RenderContext): { paths: string; labels: string } {
  const labels = new Map(context.map.connections.map((connection) => [connection.id, connection.label.trim()]));
  const loops: string[] = [];
  const paths: string[] = [];
  const pathLabels: string[] = [];
  const cardsByColumn: Rect[][] = context.layout.columns.map(() => []);
  for (const card of context.layout.cards) cardsByColumn[card.columnIndex]?.push(card.rect);
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
              edge.labelAt,
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
      const at = labelPoint(edge, measureText(shown, LABEL_FONT) + 14, context, cardsByColumn);
      pathLabels.push(wrap("g", role, edgeLabel(at, shown, EDGE_COLORS.path)));
    }
  }
  return {
    paths:
      wrap("g", { "data-role": "repurchase-loops" }, loops.join("")) +
      wrap("g", { "data-role": "connections" }, paths.join("")),
    labels: wrap("g", { "data-role": "connection-labels" }, pathLabels.join("")),
  };
}
