import { CATEGORIES, IT_SUPPORT_LEVELS, type Category, type ItSupport } from "../format/enums";
import type { JourneyMap } from "../format/journeyMap";
import type { ItSupportCounts } from "./report";
import { emptyItSupportCounts } from "./validateJourney";

/** Counts per IT-support level and their sum. */
export interface ItSupportTally {
  counts: Record<ItSupport, number>;
  total: number;
}

/** One channel of the map's catalogue: how many touchpoints use it, per IT-support level. */
export interface ItSupportMatrixRow extends ItSupportTally {
  channelId: string;
  category: Category;
}

/** A category's rows (possibly none) and their column sums. */
export interface ItSupportMatrixGroup extends ItSupportTally {
  category: Category;
  rows: ItSupportMatrixRow[];
}

/**
 * The seed's IT-support grid: channels × levels, counted from the map's touchpoints.
 *
 * A touchpoint counts once in the row of each distinct known channel it uses, so it can count in
 * several rows, and the column sums (`groups[].counts`, `totals`) count channel uses, not
 * touchpoints. Touchpoints with no known channel appear in no row; `withoutChannel` counts them, so
 * every touchpoint is somewhere in the table. Per-touchpoint level counts are the report's `itSupport`.
 */
export interface ItSupportMatrix {
  /** Every channel of the map, grouped by category in `CATEGORIES` order, catalogue order within. */
  rows: ItSupportMatrixRow[];
  /** The same row objects per category, all four categories, in `CATEGORIES` order. */
  groups: ItSupportMatrixGroup[];
  /** Column sums over all rows. */
  totals: ItSupportTally;
  /** Touchpoints whose channels are all unknown, or who have none. */
  withoutChannel: ItSupportTally;
}

function emptyTally(): ItSupportTally {
  return { counts: emptyItSupportCounts(), total: 0 };
}

function addTo(tally: ItSupportTally, counts: ItSupportCounts): void {
  for (const level of IT_SUPPORT_LEVELS) {
    tally.counts[level] += counts[level];
    tally.total += counts[level];
  }
}

/**
 * Builds the IT-support matrix of `map` (see `ItSupportMatrix`): one row per catalogue channel, even
 * an unused one, so the table has the seed's fixed shape. Unknown channel ids count in no row (a
 * touchpoint that has nothing else counts in `withoutChannel`). Linear in the size of the map.
 */
export function itSupportMatrix(map: Pick<JourneyMap, "channels" | "touchpoints">): ItSupportMatrix {
  const known = new Set(map.channels.map((channel) => channel.id));
  const perChannel = new Map<string, ItSupportCounts>();
  const withoutChannel = emptyTally();
  for (const touchpoint of map.touchpoints) {
    let anyKnown = false;
    for (const channelId of new Set(touchpoint.channelIds)) {
      if (!known.has(channelId)) continue;
      anyKnown = true;
      let counts = perChannel.get(channelId);
      if (counts === undefined) perChannel.set(channelId, (counts = emptyItSupportCounts()));
      counts[touchpoint.itSupport] += 1;
    }
    if (!anyKnown) {
      withoutChannel.counts[touchpoint.itSupport] += 1;
      withoutChannel.total += 1;
    }
  }

  const groups: ItSupportMatrixGroup[] = CATEGORIES.map((category) => ({ category, rows: [], ...emptyTally() }));
  const totals = emptyTally();
  for (const channel of map.channels) {
    const row: ItSupportMatrixRow = { channelId: channel.id, category: channel.category, ...emptyTally() };
    addTo(row, perChannel.get(channel.id) ?? emptyItSupportCounts());
    const group = groups[CATEGORIES.indexOf(channel.category)];
    if (group === undefined) continue;
    group.rows.push(row);
    addTo(group, row.counts);
    addTo(totals, row.counts);
  }
  return { rows: groups.flatMap((group) => group.rows), groups, totals, withoutChannel };
}
