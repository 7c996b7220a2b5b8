import type { Point } from "./layoutTypes";

/**
 * A coordinate as text: rounded to 1/100 unit and without `-0`, so the same geometry always prints
 * the same bytes (the SVG export must be byte-identical for the same map) and files stay small.
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? "0" : String(rounded);
}

export function pointText(point: Point): string {
  return `${formatNumber(point.x)} ${formatNumber(point.y)}`;
}

/** A cubic Bézier from `start` to `end`: `M start C c1 c2 end`. */
export function cubicPath(start: Point, c1: Point, c2: Point, end: Point): string {
  return `M${pointText(start)} C${pointText(c1)} ${pointText(c2)} ${pointText(end)}`;
}

/** The point at t = ½ of a cubic Bézier: where a label on the curve sits. */
export function cubicMidpoint(start: Point, c1: Point, c2: Point, end: Point): Point {
  return {
    x: (start.x + 3 * c1.x + 3 * c2.x + end.x) / 8,
    y: (start.y + 3 * c1.y + 3 * c2.y + end.y) / 8,
  };
}

/**
 * A smooth path through points with strictly increasing x that never overshoots its points
 * vertically (monotone cubic interpolation, Fritsch–Carlson), so an emotion curve through values in
 * −2…2 stays inside the plot. Empty for fewer than two points.
 */
export function monotonePath(points: readonly Point[]): string {
  const count = points.length;
  if (count < 2) return "";
  const secants: number[] = [];
  for (let k = 0; k < count - 1; k++) {
    const a = points[k] as Point;
    const b = points[k + 1] as Point;
    secants.push((b.y - a.y) / (b.x - a.x));
  }
  const tangents: number[] = new Array<number>(count).fill(0);
  tangents[0] = secants[0] as number;
  tangents[count - 1] = secants[count - 2] as number;
  for (let k = 1; k < count - 1; k++) {
    const before = secants[k - 1] as number;
    const after = secants[k] as number;
    tangents[k] = before * after <= 0 ? 0 : (before + after) / 2;
  }
  for (let k = 0; k < count - 1; k++) {
    const secant = secants[k] as number;
    if (secant === 0) {
      tangents[k] = 0;
      tangents[k + 1] = 0;
      continue;
    }
    const alpha = (tangents[k] as number) / secant;
    const beta = (tangents[k + 1] as number) / secant;
    const length = alpha * alpha + beta * beta;
    if (length > 9) {
      const scale = 3 / Math.sqrt(length);
      tangents[k] = scale * alpha * secant;
      tangents[k + 1] = scale * beta * secant;
    }
  }
  const parts = [`M${pointText(points[0] as Point)}`];
  for (let k = 0; k < count - 1; k++) {
    const a = points[k] as Point;
    const b = points[k + 1] as Point;
    const third = (b.x - a.x) / 3;
    const c1 = { x: a.x + third, y: a.y + (tangents[k] as number) * third };
    const c2 = { x: b.x - third, y: b.y - (tangents[k + 1] as number) * third };
    parts.push(`C${pointText(c1)} ${pointText(c2)} ${pointText(b)}`);
  }
  return parts.join(" ");
}
