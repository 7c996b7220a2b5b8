import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION, versionsToDrop, type RetainedVersion, type RetentionPolicy } from "./versionRetention";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Noon UTC, so "a day ago" and calendar days do not fall on the same boundary by accident.
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);

let nextId = 1;
function version(kind: RetainedVersion["kind"], age: number): RetainedVersion {
  return { id: String(nextId++), kind, createdAt: NOW - age };
}

function kept(versions: readonly RetainedVersion[], policy?: RetentionPolicy): RetainedVersion[] {
  const dropped = new Set(versionsToDrop(versions, NOW, policy));
  return versions.filter((each) => !dropped.has(each.id));
}

describe("versionsToDrop", () => {
  it("keeps everything a young map has", () => {
    const versions = [version("named", 5 * MINUTE), version("auto", 10 * MINUTE), version("auto", 3 * HOUR)];
    expect(versionsToDrop(versions, NOW)).toEqual([]);
  });

  it("keeps named versions however old, and past the bound drops the oldest named ones", () => {
    const ancient = version("named", 400 * DAY);
    expect(versionsToDrop([ancient], NOW)).toEqual([]);
    const many = Array.from({ length: 205 }, (_, index) => version("named", index * HOUR));
    const dropped = versionsToDrop(many, NOW);
    expect(dropped).toEqual(many.slice(200).map((each) => each.id));
  });

  it("keeps every automatic version of the last day up to the cap, newest first", () => {
    const policy = { ...DEFAULT_RETENTION, maxRecentAuto: 3 };
    const autos = [10, 20, 30, 40, 50].map((minutes) => version("auto", minutes * MINUTE));
    expect(kept(autos, policy)).toEqual(autos.slice(0, 3));
  });

  it("thins older automatic versions to the last of each UTC day, and drops those past 30 days", () => {
    // Three on each of several days before yesterday, at 09:00, 15:00 and 21:00 UTC.
    const days = [2, 3, 10, 29, 31, 45];
    const autos = days.flatMap((daysAgo) =>
      [9, 15, 21].map((hour) => {
        const at = Date.UTC(2026, 11, 1 - daysAgo, hour);
        return { id: String(nextId++), kind: "auto" as const, createdAt: at };
      }),
    );
    const survivors = kept(autos);
    expect(survivors.map((each) => new Date(each.createdAt).toISOString())).toEqual([
      "2026-11-29T21:00:00.000Z",
      "2026-11-28T21:00:00.000Z",
      "2026-11-21T21:00:00.000Z",
      "2026-11-02T21:00:00.000Z",
    ]);
  });

  it("counts named and automatic versions apart: many snapshots never push out a named one", () => {
    const named = version("named", 2 * DAY);
    const autos = Array.from({ length: 300 }, (_, index) => version("auto", index * MINUTE));
    const survivors = kept([named, ...autos]);
    expect(survivors).toContain(named);
    expect(survivors.filter((each) => each.kind === "auto")).toHaveLength(DEFAULT_RETENTION.maxRecentAuto);
  });

  it("stays bounded however long a map is edited: a year of snapshots every ten minutes", () => {
    const autos = Array.from({ length: 365 * 144 }, (_, index) => version("auto", index * 10 * MINUTE));
    const survivors = kept(autos);
    const bound = DEFAULT_RETENTION.maxRecentAuto + DEFAULT_RETENTION.dailyAutoDays + 1;
    expect(survivors.length).toBeLessThanOrEqual(bound);
    expect(survivors.length).toBeGreaterThanOrEqual(
      DEFAULT_RETENTION.maxRecentAuto + DEFAULT_RETENTION.dailyAutoDays - 1,
    );
    expect(Math.min(...survivors.map((each) => each.createdAt))).toBeGreaterThanOrEqual(NOW - 30 * DAY);
  });

  it("is stable: pruning what it kept drops nothing more", () => {
    const autos = Array.from({ length: 2_000 }, (_, index) => version("auto", index * 37 * MINUTE));
    const once = kept(autos);
    expect(versionsToDrop(once, NOW)).toEqual([]);
  });

  it("treats a version from the future (the clock moved back) as recent", () => {
    const future = version("auto", -2 * HOUR);
    expect(versionsToDrop([future], NOW)).toEqual([]);
  });
});
