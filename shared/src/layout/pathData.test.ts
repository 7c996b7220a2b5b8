import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, monotonePath } from "./pathData";

describe("formatNumber", () => {
  it("prints the same text for the same geometry: two decimals, no -0", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(12.345678)).toBe("12.35");
    expect(formatNumber(240)).toBe("240");
  });
});

describe("monotonePath", () => {
  it("never leaves the range of its points, so an emotion curve stays between −2 and +2", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 2, maxLength: 12 }), (values) => {
        const points = values.map((value, index) => ({ x: index * 100 + 50, y: 100 - value * 20 }));
        const numbers =
          monotonePath(points)
            .match(/-?[\d.]+/g)
            ?.map(Number) ?? [];
        const ys = numbers.filter((_, index) => index % 2 === 1);
        expect(Math.min(...ys)).toBeGreaterThanOrEqual(60);
        expect(Math.max(...ys)).toBeLessThanOrEqual(140);
      }),
    );
  });

  it("passes through every point, and is empty for fewer than two", () => {
    const path = monotonePath([
      { x: 0, y: 10 },
      { x: 50, y: 30 },
      { x: 100, y: 20 },
    ]);
    expect(path.startsWith("M0 10 ")).toBe(true);
    expect(path).toContain(" 50 30 C");
    expect(path.endsWith(" 100 20")).toBe(true);
    expect(monotonePath([{ x: 0, y: 0 }])).toBe("");
  });
});
