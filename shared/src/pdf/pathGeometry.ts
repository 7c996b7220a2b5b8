/**
 * SVG geometry as the few path operators PDF has: move, line, cubic Bézier and close. Quadratic
 * curves become cubics exactly; elliptical arcs become cubics of at most 90° each (off by under
 * 0.03 % of the radius); rects, circles, lines and polygons become paths.
 */
export type PathSegment =
  | { op: "M"; x: number; y: number }
  | { op: "L"; x: number; y: number }
  | { op: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: "Z" };

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;

/** Reads path data: command letters, numbers in any SVG spelling, and arc flags written without spaces. */
class PathScanner {
  private index = 0;
  constructor(private readonly data: string) {}

  private skipSeparators(): void {
    while (this.index < this.data.length && /[\s,]/.test(this.data[this.index] as string)) this.index++;
  }

  command(): string | undefined {
    this.skipSeparators();
    const char = this.data[this.index];
    if (char !== undefined && /[MmLlHhVvCcSsQqTtAaZz]/.test(char)) {
      this.index++;
      return char;
    }
    return undefined;
  }

  number(): number {
    this.skipSeparators();
    const match = NUMBER.exec(this.data.slice(this.index));
    if (!match) throw new Error(`path: a number expected at ${this.index}`);
    this.index += match[0].length;
    return Number(match[0]);
  }

  flag(): boolean {
    this.skipSeparators();
    const char = this.data[this.index];
    if (char !== "0" && char !== "1") throw new Error(`path: an arc flag expected at ${this.index}`);
    this.index++;
    return char === "1";
  }

  done(): boolean {
    this.skipSeparators();
    return this.index >= this.data.length;
  }
}

/** SVG's endpoint arc (F.6.5) as cubic Béziers from (x1, y1). */
function arcToCubics(
  x1: number,
  y1: number,
  radiusX: number,
  radiusY: number,
  angle: number,
  largeArc: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): PathSegment[] {
  if (x1 === x2 && y1 === y2) return [];
  let rx = Math.abs(radiusX);
  let ry = Math.abs(radiusY);
  if (rx === 0 || ry === 0) return [{ op: "L", x: x2, y: y2 }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  const coefficient = (largeArc === sweep ? -1 : 1) * Math.sqrt(Math.max(0, numerator / denominator));
  const cxp = (coefficient * rx * y1p) / ry;
  const cyp = (-coefficient * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const start = Math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx);
  let delta = Math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx) - start;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  const count = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / count;
  const handle = (4 / 3) * Math.tan(step / 4);
  const point = (ux: number, uy: number) => ({
    x: cx + rx * cos * ux - ry * sin * uy,
    y: cy + rx * sin * ux + ry * cos * uy,
  });
  const segments: PathSegment[] = [];
  for (let k = 0; k < count; k++) {
    const a = start + k * step;
    const b = a + step;
    const c1 = point(Math.cos(a) - handle * Math.sin(a), Math.sin(a) + handle * Math.cos(a));
    const c2 = point(Math.cos(b) + handle * Math.sin(b), Math.sin(b) - handle * Math.cos(b));
    const end = k === count - 1 ? { x: x2, y: y2 } : point(Math.cos(b), Math.sin(b));
    segments.push({ op: "C", x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y, x: end.x, y: end.y });
  }
  return segments;
}

/**
 * Path data (`d`) as absolute segments. Stops at the first error and keeps what came before it, as
 * SVG renderers do.
 */
export function parsePathData(data: string): PathSegment[] {
  const scanner = new PathScanner(data);
  const segments: PathSegment[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  /** The last cubic's second control point and the last quadratic's control, for S and T. */
  let cubicHandle: { x: number; y: number } | undefined;
  let quadHandle: { x: number; y: number } | undefined;
  let command: string | undefined;
  try {
    while (!scanner.done()) {
      const next = scanner.command();
      if (next === undefined) {
        // Repeated operands: a moveto's extra pairs are linetos.
        if (command === undefined || command === "Z" || command === "z") break;
        if (command === "M") command = "L";
        if (command === "m") command = "l";
      } else command = next;
      const relative = command === command.toLowerCase();
      const ox = relative ? x : 0;
      const oy = relative ? y : 0;
      let nextCubic: { x: number; y: number } | undefined;
      let nextQuad: { x: number; y: number } | undefined;
      switch (command.toUpperCase()) {
        case "M":
          x = ox + scanner.number();
          y = oy + scanner.number();
          startX = x;
          startY = y;
          segments.push({ op: "M", x, y });
          break;
        case "L":
          x = ox + scanner.number();
          y = oy + scanner.number();
          segments.push({ op: "L", x, y });
          break;
        case "H":
          x = ox + scanner.number();
          segments.push({ op: "L", x, y });
          break;
        case "V":
          y = oy + scanner.number();
          segments.push({ op: "L", x, y });
          break;
        case "C":
        case "S": {
          const smooth = command.toUpperCase() === "S";
          const c1 = smooth
            ? cubicHandle
              ? { x: 2 * x - cubicHandle.x, y: 2 * y - cubicHandle.y }
              : { x, y }
            : { x: ox + scanner.number(), y: oy + scanner.number() };
          const c2 = { x: ox + scanner.number(), y: oy + scanner.number() };
          x = ox + scanner.number();
          y = oy + scanner.number();
          segments.push({ op: "C", x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y, x, y });
          nextCubic = c2;
          break;
        }
        case "Q":
        case "T": {
          const control =
            command.toUpperCase() === "T"
              ? quadHandle
                ? { x: 2 * x - quadHandle.x, y: 2 * y - quadHandle.y }
                : { x, y }
              : { x: ox + scanner.number(), y: oy + scanner.number() };
          const endX = ox + scanner.number();
          const endY = oy + scanner.number();
          segments.push({
            op: "C",
            x1: x + (2 / 3) * (control.x - x),
            y1: y + (2 / 3) * (control.y - y),
            x2: endX + (2 / 3) * (control.x - endX),
            y2: endY + (2 / 3) * (control.y - endY),
            x: endX,
            y: endY,
          });
          x = endX;
          y = endY;
          nextQuad = control;
          break;
        }
        case "A": {
          const rx = scanner.number();
          const ry = scanner.number();
          const rotation = scanner.number();
          const largeArc = scanner.flag();
          const sweep = scanner.flag();
          const endX = ox + scanner.number();
          const endY = oy + scanner.number();
          segments.push(...arcToCubics(x, y, rx, ry, rotation, largeArc, sweep, endX, endY));
          x = endX;
          y = endY;
          break;
        }
        case "Z":
          segments.push({ op: "Z" });
          x = startX;
          y = startY;
          break;
      }
      cubicHandle = nextCubic;
      quadHandle = nextQuad;
    }
  } catch {
    // Malformed data: draw what was read up to the error.
  }
  return segments;
}

/** The direction (radians, SVG's y-down) in which the path arrives at its end: where an end marker points. */
export function endAngle(segments: readonly PathSegment[]): number | undefined {
  let previous: { x: number; y: number } | undefined;
  let angle: number | undefined;
  let start: { x: number; y: number } | undefined;
  const towards = (from: { x: number; y: number }, x: number, y: number): number | undefined =>
    from.x === x && from.y === y ? undefined : Math.atan2(y - from.y, x - from.x);
  for (const segment of segments) {
    if (segment.op === "M") {
      previous = { x: segment.x, y: segment.y };
      start = previous;
      continue;
    }
    const from = previous ?? { x: 0, y: 0 };
    if (segment.op === "Z") {
      const target = start ?? from;
      angle = towards(from, target.x, target.y) ?? angle;
      previous = target;
      continue;
    }
    if (segment.op === "L") angle = towards(from, segment.x, segment.y) ?? angle;
    else {
      angle =
        towards({ x: segment.x2, y: segment.y2 }, segment.x, segment.y) ??
        towards({ x: segment.x1, y: segment.y1 }, segment.x, segment.y) ??
        towards(from, segment.x, segment.y) ??
        angle;
    }
    previous = { x: segment.x, y: segment.y };
  }
  return angle;
}

/** The last point a path reaches: where an end marker sits. */
export function endPoint(segments: readonly PathSegment[]): { x: number; y: number } | undefined {
  let point: { x: number; y: number } | undefined;
  let start: { x: number; y: number } | undefined;
  for (const segment of segments) {
    if (segment.op === "Z") point = start;
    else {
      point = { x: segment.x, y: segment.y };
      if (segment.op === "M") start = point;
    }
  }
  return point;
}

/** Bézier handle length for a quarter ellipse. */
const KAPPA = 0.5522847498307936;

export function ellipsePath(cx: number, cy: number, rx: number, ry: number): PathSegment[] {
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  return [
    { op: "M", x: cx + rx, y: cy },
    { op: "C", x1: cx + rx, y1: cy + ky, x2: cx + kx, y2: cy + ry, x: cx, y: cy + ry },
    { op: "C", x1: cx - kx, y1: cy + ry, x2: cx - rx, y2: cy + ky, x: cx - rx, y: cy },
    { op: "C", x1: cx - rx, y1: cy - ky, x2: cx - kx, y2: cy - ry, x: cx, y: cy - ry },
    { op: "C", x1: cx + kx, y1: cy - ry, x2: cx + rx, y2: cy - ky, x: cx + rx, y: cy },
    { op: "Z" },
  ];
}

/** A rect with SVG's corner rules: a missing `ry` takes `rx`, and both are capped at half the side. */
export function rectPath(x: number, y: number, width: number, height: number, rx = 0, ry = rx): PathSegment[] {
  const rX = Math.max(0, Math.min(rx, width / 2));
  const rY = Math.max(0, Math.min(ry, height / 2));
  if (rX === 0 || rY === 0) {
    return [
      { op: "M", x, y },
      { op: "L", x: x + width, y },
      { op: "L", x: x + width, y: y + height },
      { op: "L", x, y: y + height },
      { op: "Z" },
    ];
  }
  const kx = rX * KAPPA;
  const ky = rY * KAPPA;
  const right = x + width;
  const bottom = y + height;
  return [
    { op: "M", x: x + rX, y },
    { op: "L", x: right - rX, y },
    { op: "C", x1: right - rX + kx, y1: y, x2: right, y2: y + rY - ky, x: right, y: y + rY },
    { op: "L", x: right, y: bottom - rY },
    { op: "C", x1: right, y1: bottom - rY + ky, x2: right - rX + kx, y2: bottom, x: right - rX, y: bottom },
    { op: "L", x: x + rX, y: bottom },
    { op: "C", x1: x + rX - kx, y1: bottom, x2: x, y2: bottom - rY + ky, x, y: bottom - rY },
    { op: "L", x, y: y + rY },
    { op: "C", x1: x, y1: y + rY - ky, x2: x + rX - kx, y2: y, x: x + rX, y },
    { op: "Z" },
  ];
}

/** `points` of a polyline (open) or polygon (closed). */
export function polyPath(points: readonly number[], closed: boolean): PathSegment[] {
  const segments: PathSegment[] = [];
  for (let index = 0; index + 1 < points.length; index += 2) {
    segments.push({ op: index === 0 ? "M" : "L", x: points[index] as number, y: points[index + 1] as number });
  }
  if (closed && segments.length > 0) segments.push({ op: "Z" });
  return segments;
}
