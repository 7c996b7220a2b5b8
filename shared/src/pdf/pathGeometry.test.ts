import { describe, expect, it } from "vitest";
import { endAngle, parsePathData, type PathSegment } from "./pathGeometry";

function cubicAt(from: { x: number; y: number }, segment: PathSegment, t: number) {
  if (segment.op !== "C") throw new Error("not a cubic");
  const u = 1 - t;
  return {
    x: u * u * u * from.x + 3 * u * u * t * segment.x1 + 3 * u * t * t * segment.x2 + t * t * t * segment.x,
    y: u * u * u * from.y + 3 * u * u * t * segment.y1 + 3 * u * t * t * segment.y2 + t * t * t * segment.y,
  };
}

describe("path data", () => {
  it("reads absolute and relative lines, H and V, and closes back to the start", () => {
    expect(parsePathData("M10 20 h5 v-5 L0,0 l1-1 z")).toEqual([
      { op: "M", x: 10, y: 20 },
      { op: "L", x: 15, y: 20 },
      { op: "L", x: 15, y: 15 },
      { op: "L", x: 0, y: 0 },
      { op: "L", x: 1, y: -1 },
      { op: "Z" },
    ]);
    // Extra pairs after a moveto are linetos.
    expect(parsePathData("m1 1 2 2")).toEqual([
      { op: "M", x: 1, y: 1 },
      { op: "L", x: 3, y: 3 },
    ]);
  });

  it("turns a quadratic curve into the same curve as a cubic", () => {
    const [start, curve] = parsePathData("M0 0 Q10 20 20 0");
    if (start?.op !== "M" || !curve) throw new Error("no curve");
    // A quadratic's midpoint is ¼ start + ½ control + ¼ end.
    expect(cubicAt(start, curve, 0.5)).toEqual({ x: 10, y: 10 });
  });

  it("reflects the previous control point for S and T", () => {
    const segments = parsePathData("M0 0 C0 10 10 10 10 0 S20 -10 20 0 M0 0 Q5 10 10 0 T20 0");
    expect(segments[2]).toMatchObject({ op: "C", x1: 10, y1: -10, x2: 20, y2: -10 });
    const smoothQuad = segments[5];
    if (smoothQuad?.op !== "C") throw new Error("no T curve");
    // The reflected control is (15, −10): the cubic's handles lie ⅔ of the way towards it.
    expect(smoothQuad.y1).toBeCloseTo(-20 / 3, 9);
    expect(smoothQuad.y2).toBeCloseTo(-20 / 3, 9);
  });

  it("turns arcs into cubics that stay on the circle, flags written without spaces included", () => {
    for (const data of ["M0 10 A10 10 0 0 1 10 0", "M0 10 a10 10 0 0110-10", "M0 10 A10 10 0 1 1 10 0"]) {
      const segments = parsePathData(data);
      const large = data.includes(" 1 1 ");
      expect(segments.length - 1).toBe(large ? 3 : 1);
      // Sweep 1 turns with growing angles (clockwise on screen): the short way round (10, 10), the long way round (0, 0).
      const centre = large ? { x: 0, y: 0 } : { x: 10, y: 10 };
      let from = { x: 0, y: 10 };
      for (const segment of segments.slice(1)) {
        for (const t of [0.25, 0.5, 0.75]) {
          const point = cubicAt(from, segment, t);
          expect(Math.hypot(point.x - centre.x, point.y - centre.y)).toBeCloseTo(10, 2);
        }
        if (segment.op === "C") from = { x: segment.x, y: segment.y };
      }
      expect(from.x).toBeCloseTo(10, 9);
      expect(from.y).toBeCloseTo(0, 9);
    }
  });

  it("scales up radii too small to reach the end point, as SVG does", () => {
    const segments = parsePathData("M0 0 A1 1 0 0 1 20 0");
    const last = segments.at(-1);
    expect(last).toMatchObject({ op: "C", x: 20, y: 0 });
    // A half circle of radius 10 through (10, −10) for the positive sweep in SVG's y-down space.
    const arc = segments.slice(1);
    let from = { x: 0, y: 0 };
    const points = arc.map((segment) => {
      const point = cubicAt(from, segment, 1);
      if (segment.op === "C") from = { x: segment.x, y: segment.y };
      return point;
    });
    expect(points[0]?.x).toBeCloseTo(10, 6);
    expect(points[0]?.y).toBeCloseTo(-10, 6);
  });

  it("points an end marker along the last segment's direction", () => {
    expect(endAngle(parsePathData("M0 0 H10"))).toBe(0);
    expect(endAngle(parsePathData("M0 0 C10 0 10 0 10 10"))).toBeCloseTo(Math.PI / 2, 9);
    // A cubic whose last control point sits on its end arrives along the one before.
    expect(endAngle(parsePathData("M0 0 C0 10 10 0 10 0"))).toBeCloseTo(-Math.PI / 4, 9);
  });

  it("keeps what it read before malformed data, as SVG renderers do", () => {
    expect(parsePathData("M0 0 L10 10 L oops")).toEqual([
      { op: "M", x: 0, y: 0 },
      { op: "L", x: 10, y: 10 },
    ]);
  });
});
