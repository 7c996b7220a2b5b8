import { describe, expect, it } from "vitest";
import { p99RatioInterval, pooledQuantile } from "./pairedBootstrap";
import { concatLatencies, summarize } from "./latencySamples";

/** A round of `count` deliveries: mostly around `base` ms, with a slow tail of `tail` ms every `every`. */
function round(count: number, base: number, tail: number, every: number, shift = 0): Float64Array {
  return Float64Array.from({ length: count }, (_, index) =>
    (index + shift) % every === 0 ? tail + (index % 7) / 10 : base + (index % 13) / 100,
  );
}

describe("the bench's p99 ratio interval", () => {
  it("takes the pooled p99 exactly as the report's summary does, rounds counted as often as drawn", () => {
    const rounds = [round(1_000, 1, 5, 80), round(700, 1.2, 9, 40, 3), round(1_300, 0.9, 4, 200, 1)];
    const sorted = rounds.map((each) => Float64Array.from(each).sort());
    expect(pooledQuantile(sorted, [1, 1, 1], 0.99)).toBe(summarize(concatLatencies(rounds), 0).p99);
    expect(pooledQuantile(sorted, [2, 0, 1], 0.99)).toBe(
      summarize(concatLatencies([rounds[0]!, rounds[0]!, rounds[2]!]), 0).p99,
    );
    expect(pooledQuantile(sorted, [0, 3, 0], 0.5)).toBe(summarize(Float64Array.from(rounds[1]!), 0).p50);
  });

  it("brackets the ratio, and is sure of a server twice as slow in every round", () => {
    const reference = Array.from({ length: 8 }, (_, index) => round(1_000, 1, 3 + (index % 3), 50, index));
    const ours = reference.map((each) => each.map((value) => value * 2));
    const interval = p99RatioInterval(ours, reference);
    expect(interval.ratio).toBeCloseTo(2, 9);
    expect(interval.low).toBeCloseTo(2, 9);
    expect(interval.high).toBeCloseTo(2, 9);
  });

  it("is wide when one bad round decides the ratio, and names the same interval on every run", () => {
    // One round of six with a slow tail twice as thick as p99's share: drawn twice, it is the p99.
    const reference = Array.from({ length: 6 }, (_, index) => round(1_000, 1, 4, 100, index));
    const ours = reference.map((each, index) => (index === 2 ? round(1_000, 1, 40, 25) : each));
    const interval = p99RatioInterval(ours, reference);
    expect(interval.low).toBeLessThanOrEqual(interval.ratio);
    expect(interval.high).toBeGreaterThanOrEqual(interval.ratio);
    expect(interval.low).toBeLessThan(1.05);
    expect(interval.high).toBeGreaterThan(2);
    expect(p99RatioInterval(ours, reference)).toEqual(interval);
  });

  it("refuses rounds that do not pair up", () => {
    expect(() => p99RatioInterval([round(10, 1, 2, 5)], [])).toThrow(/same number of rounds/);
  });
});
