import { describe, expect, it } from "vitest";
import { estimateClockOffset, offsetRange, parseHttpDate, type ClockSample } from "./clockOffset";

const SERVER_SECOND = Date.parse("2027-03-01T09:00:00Z");

/** A HEAD request answered by a server whose clock is `skew` ms ahead of ours, after `rtt` ms. */
function sample(localSentAt: number, skew: number, rtt = 40): ClockSample {
  const serverAt = localSentAt + rtt / 2 + skew;
  return { sentAt: localSentAt, receivedAt: localSentAt + rtt, serverDate: Math.floor(serverAt / 1000) * 1000 };
}

describe("estimateClockOffset", () => {
  it("trusts a clock that already agrees with the server's, to the millisecond", () => {
    const local = SERVER_SECOND + 300;
    expect(estimateClockOffset([sample(local, 0)])).toBe(0);
    expect(estimateClockOffset([sample(local, 0), sample(local + 350, 0), sample(local + 700, 0)])).toBe(0);
  });

  it("moves a skewed clock to within half a second plus half the round trip", () => {
    for (const skew of [-180_000, -2_500, 1_400, 7 * 60_000 + 123]) {
      for (const start of [0, 137, 501, 999]) {
        const local = SERVER_SECOND + start;
        const once = estimateClockOffset([sample(local, skew)]);
        expect(Math.abs(once - skew), `skew ${skew}, one sample`).toBeLessThanOrEqual(520);
        const thrice = estimateClockOffset([sample(local, skew), sample(local + 350, skew), sample(local + 700, skew)]);
        expect(Math.abs(thrice - skew), `skew ${skew}, three samples`).toBeLessThanOrEqual(520);
      }
    }
  });

  it("keeps two devices with skewed clocks within a second of each other", () => {
    const anna = estimateClockOffset([sample(SERVER_SECOND + 10, 3_700, 120)]);
    const bo = estimateClockOffset([sample(SERVER_SECOND + 900, -95_200, 300)]);
    const annaReads = SERVER_SECOND - 3_700 + anna;
    const boReads = SERVER_SECOND + 95_200 + bo;
    expect(Math.abs(annaReads - boReads)).toBeLessThan(1000);
  });

  it("narrows the range with samples taken at different points of the second", () => {
    const local = SERVER_SECOND + 820;
    const ranges = [sample(local, 4_000), sample(local + 350, 4_000), sample(local + 700, 4_000)].map(offsetRange);
    const width = (range: { min: number; max: number }) => range.max - range.min;
    const both = { min: Math.max(...ranges.map((r) => r.min)), max: Math.min(...ranges.map((r) => r.max)) };
    expect(width(both)).toBeLessThan(Math.min(...ranges.map(width)));
    expect(both.min).toBeLessThanOrEqual(4_000);
    expect(both.max).toBeGreaterThanOrEqual(4_000);
  });

  it("uses the latest sample when the clock jumped between samples, and 0 with none", () => {
    const jumped = [sample(SERVER_SECOND, 0), sample(SERVER_SECOND + 500, 60_000)];
    expect(Math.abs(estimateClockOffset(jumped) - 60_000)).toBeLessThanOrEqual(520);
    expect(estimateClockOffset([])).toBe(0);
    expect(estimateClockOffset([{ sentAt: 10, receivedAt: 5, serverDate: 0 }])).toBe(0);
  });
});

describe("parseHttpDate", () => {
  it("reads an IMF-fixdate and nothing else", () => {
    expect(parseHttpDate("Mon, 01 Mar 2027 09:00:00 GMT")).toBe(SERVER_SECOND);
    expect(parseHttpDate(null)).toBeUndefined();
    expect(parseHttpDate("")).toBeUndefined();
    expect(parseHttpDate("yesterday")).toBeUndefined();
  });
});
