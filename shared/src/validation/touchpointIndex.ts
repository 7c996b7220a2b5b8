import type { Touchpoint } from "../format/touchpoint";
import { emptyCoverage } from "./coverageMatrix";
import type { CoverageMatrix, ItSupportCounts, ValidationIssue } from "./report";
import { touchpointFindings, type RefLookups, type TouchpointFindings } from "./touchpointRules";
import { emptyItSupportCounts } from "./validateJourney";

export interface TouchpointEntry {
  readonly touchpoint: Touchpoint;
  readonly findings: TouchpointFindings;
  /** Made on first need and kept: its text depends only on the touchpoint. */
  orphan: ValidationIssue | undefined;
  /** The update generation that last placed this entry in the map. */
  seen: number;
}

/**
 * The incremental validator's view of the touchpoints: per-touchpoint findings cached by object
 * identity, and running totals (coverage, IT-support levels, how many touchpoints carry each id)
 * adjusted by the contributions of touchpoints that appeared or went away.
 *
 * Relies on the editor's immutability: a touchpoint object is never changed in place (an edit makes
 * a new object), so a cached entry stays true for as long as its object is in the map.
 */
export class TouchpointIndex {
  /** In map order. */
  entries: TouchpointEntry[] = [];
  readonly coverage: CoverageMatrix = emptyCoverage();
  readonly itSupport: ItSupportCounts = emptyItSupportCounts();
  private byObject = new Map<Touchpoint, TouchpointEntry>();
  private readonly idCount = new Map<string, number>();
  private generation = 0;

  /** Whether some touchpoint of the map has this id (what a connection end must name). */
  has(id: string): boolean {
    return this.idCount.has(id);
  }

  /** Drops the cache, so the next update recomputes every touchpoint (stages or channels changed). */
  forget(): void {
    this.byObject = new Map();
  }

  /**
   * Brings the index up to date with the map's touchpoints: O(n) identity checks plus work for the
   * touchpoints that are new objects. Returns the ids that started or stopped naming a touchpoint.
   */
  update(touchpoints: readonly Touchpoint[], lookups: RefLookups): Set<string> {
    const generation = ++this.generation;
    const changedIds = new Set<string>();
    const next: TouchpointEntry[] = [];
    for (const touchpoint of touchpoints) {
      let entry = this.byObject.get(touchpoint);
      if (entry !== undefined && entry.seen !== generation) {
        entry.seen = generation;
      } else {
        // New, edited, or the same object listed twice (each listing counts, as in a full run).
        entry = { touchpoint, findings: touchpointFindings(touchpoint, lookups), orphan: undefined, seen: generation };
        if (!this.byObject.has(touchpoint)) this.byObject.set(touchpoint, entry);
        this.count(entry, 1, changedIds);
      }
      next.push(entry);
    }
    for (const entry of this.entries) {
      if (entry.seen === generation) continue;
      this.count(entry, -1, changedIds);
      if (this.byObject.get(entry.touchpoint) === entry) this.byObject.delete(entry.touchpoint);
    }
    this.entries = next;
    return changedIds;
  }

  private count(entry: TouchpointEntry, delta: 1 | -1, changedIds: Set<string>): void {
    const { touchpoint, findings } = entry;
    if (findings.phase !== undefined) {
      const row = this.coverage[findings.phase];
      for (const category of findings.categories) row[category] += delta;
    }
    this.itSupport[touchpoint.itSupport] += delta;
    const before = this.idCount.get(touchpoint.id) ?? 0;
    const after = before + delta;
    if (after === 0) this.idCount.delete(touchpoint.id);
    else this.idCount.set(touchpoint.id, after);
    if (before === 0 || after === 0) changedIds.add(touchpoint.id);
  }
}
