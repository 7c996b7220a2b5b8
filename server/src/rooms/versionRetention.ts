import type { VersionKind } from "../storage/journeyStorage";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How many versions a map keeps (server/README.md, "Version history"). Named versions are what
 * people chose to keep, so they never age out, only past a count; automatic ones are a safety net
 * that gets coarser with age, so the history stays bounded however long a map is edited.
 */
export interface RetentionPolicy {
  /** Named versions kept per map; past it the oldest named ones go. */
  maxNamed: number;
  /** Automatic versions younger than this are all kept (up to `maxRecentAuto`)... */
  recentAutoMs: number;
  /** ...the newest this many of them. */
  maxRecentAuto: number;
  /** Older automatic versions: the last one of each UTC day, for this many days back; none older. */
  dailyAutoDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  maxNamed: 200,
  recentAutoMs: DAY_MS,
  // A day of editing at one snapshot per ten minutes.
  maxRecentAuto: 144,
  dailyAutoDays: 30,
};

export interface RetainedVersion {
  id: string;
  kind: VersionKind;
  createdAt: number;
}

function newestFirst(a: RetainedVersion, b: RetainedVersion): number {
  return b.createdAt - a.createdAt || Number(b.id) - Number(a.id) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The ids of the versions the policy no longer keeps, for the store to delete. Pure: the same
 * versions and `now` always give the same answer. A version stamped in the future (a clock that
 * moved back) counts as recent. At most `maxNamed + maxRecentAuto + dailyAutoDays + 1` survive
 * (the daily window can touch one more calendar day than it has days).
 */
export function versionsToDrop(
  versions: readonly RetainedVersion[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const sorted = [...versions].sort(newestFirst);
  const drop: string[] = [];
  let named = 0;
  let recent = 0;
  const daysKept = new Set<number>();
  const oldestDaily = now - policy.dailyAutoDays * DAY_MS;
  for (const version of sorted) {
    if (version.kind === "named") {
      if (++named > policy.maxNamed) drop.push(version.id);
      continue;
    }
    if (now - version.createdAt < policy.recentAutoMs) {
      if (++recent > policy.maxRecentAuto) drop.push(version.id);
      continue;
    }
    const day = Math.floor(version.createdAt / DAY_MS);
    // Newest first, so the first one met on a day is that day's last.
    if (version.createdAt < oldestDaily || daysKept.has(day)) drop.push(version.id);
    else daysKept.add(day);
  }
  return drop;
}
