import type { Channel } from "../format/channel";
import type { Connection } from "../format/connection";
import type { JourneyMap } from "../format/journeyMap";
import type { Stage } from "../format/stage";
import type { Touchpoint } from "../format/touchpoint";
import { ConnectionIndex } from "./connectionIndex";
import { IssueBuckets, bucketOf } from "./issueOrder";
import { coverageIssues, invalidEntryIssues, phaseIssues } from "./mapRules";
import type { CoverageMatrix, InvalidEntry, ValidationIssue, ValidationReport } from "./report";
import { TouchpointIndex } from "./touchpointIndex";
import { ORPHAN_BUCKET, orphanIssue, refLookups, type RefLookups } from "./touchpointRules";
import type { ValidateOptions } from "./validateJourney";

export interface JourneyValidator {
  /**
   * The same report as `validateJourney(map, options)` (deep-equal, same issue order), reusing the
   * work of the previous call. Reports are shared, not copied: treat them as read-only.
   */
  validate(map: JourneyMap, options?: ValidateOptions): ValidationReport;
}

const INVALID_ENTRY = bucketOf("error", "doc.invalid-entry");
const NO_STAGE = bucketOf("error", "phase.no-stage");
const DANGLING = bucketOf("error", "ref.dangling-connection");
const COVERAGE_MISSING = bucketOf("warning", "coverage.missing");
const NO_INVALID_ENTRIES: readonly InvalidEntry[] = [];

function copyCoverage(coverage: CoverageMatrix): CoverageMatrix {
  return { before: { ...coverage.before }, during: { ...coverage.during }, after: { ...coverage.after } };
}

/**
 * A validator for a map that changes a little at a time, as in the editor. It relies on the editor's
 * immutable maps with structural sharing: an unchanged touchpoint or connection keeps its object
 * identity between calls, and nothing is changed in place. Then a call costs an identity scan of the
 * touchpoints (and of the connections when that array changed), work proportional to what changed,
 * and the concatenation of the cached issues in map order. A new `stages` or `channels` array
 * recomputes every touchpoint. Handing it maps that were mutated in place gives stale reports.
 */
export function createJourneyValidator(): JourneyValidator {
  const touchpoints = new TouchpointIndex();
  const connections = new ConnectionIndex();
  const hasTouchpoint = (id: string): boolean => touchpoints.has(id);

  let stages: readonly Stage[] | undefined;
  let channels: readonly Channel[] | undefined;
  let lookups: RefLookups | undefined;
  let stageIssues: ValidationIssue[] = [];
  let touchpointList: readonly Touchpoint[] | undefined;
  let connectionList: readonly Connection[] | undefined;
  let invalidEntries: readonly InvalidEntry[] | undefined;
  let invalidIssues: ValidationIssue[] = [];
  let lastMap: JourneyMap | undefined;
  let lastReport: ValidationReport | undefined;

  function validate(map: JourneyMap, options: ValidateOptions = {}): ValidationReport {
    const entries = options.invalidEntries ?? NO_INVALID_ENTRIES;
    if (lastReport !== undefined && map === lastMap && entries === invalidEntries) return lastReport;

    if (map.stages !== stages) stageIssues = phaseIssues(map.stages);
    if (lookups === undefined || map.stages !== stages || map.channels !== channels) {
      lookups = refLookups(map);
      touchpoints.forget();
      touchpointList = undefined;
      stages = map.stages;
      channels = map.channels;
    }
    if (map.touchpoints !== touchpointList) {
      const changedIds = touchpoints.update(map.touchpoints, lookups);
      connections.touchpointsChanged(changedIds, hasTouchpoint);
      touchpointList = map.touchpoints;
    }
    if (map.connections !== connectionList) {
      connections.update(map.connections, hasTouchpoint);
      connectionList = map.connections;
    }
    if (entries !== invalidEntries) {
      invalidIssues = invalidEntryIssues(entries);
      invalidEntries = entries;
    }

    const buckets = new IssueBuckets();
    buckets.addAll(INVALID_ENTRY, invalidIssues);
    buckets.addAll(NO_STAGE, stageIssues);
    const orphansApply = touchpoints.entries.length >= 2;
    for (const entry of touchpoints.entries) {
      for (const { bucket, issue } of entry.findings.issues) buckets.add(bucket, issue);
      if (orphansApply && !connections.isConnected(entry.touchpoint.id)) {
        entry.orphan ??= orphanIssue(entry.touchpoint);
        buckets.add(ORPHAN_BUCKET, entry.orphan);
      }
    }
    buckets.addAll(DANGLING, connections.danglingIssues());
    buckets.addAll(COVERAGE_MISSING, coverageIssues(touchpoints.coverage, map.coverage));

    lastMap = map;
    lastReport = buckets.assemble(copyCoverage(touchpoints.coverage), { ...touchpoints.itSupport });
    return lastReport;
  }

  return { validate };
}
