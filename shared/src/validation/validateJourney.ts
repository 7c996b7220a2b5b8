import type { JourneyMap } from "../format/journeyMap";
import { emptyCoverage } from "./coverageMatrix";
import { IssueBuckets, bucketOf } from "./issueOrder";
import { coverageIssues, danglingIssue, invalidEntryIssues, phaseIssues } from "./mapRules";
import type { InvalidEntry, ItSupportCounts, ValidationReport } from "./report";
import { ORPHAN_BUCKET, orphanIssue, refLookups, touchpointFindings } from "./touchpointRules";

export interface ValidateOptions {
  /** Document entries that failed the schema (from the Y.Doc binding); each becomes `doc.invalid-entry`. */
  invalidEntries?: readonly InvalidEntry[];
}

/** All four levels at zero, in `IT_SUPPORT_LEVELS` order (the report's key order). */
export function emptyItSupportCounts(): ItSupportCounts {
  return { integrated: 0, standalone: 0, none: 0, unknown: 0 };
}

/**
 * The validation report of contract §5 for a map, computed from scratch. Pure and deterministic:
 * issue order is `ISSUE_ORDER` (severity, then rule, then map order), so the same map always gives
 * the same report, in the browser, on the server and in the CLI. `coverage` equals `coverageMatrix`;
 * `itSupport` counts every touchpoint once, whatever its stage or channels. Linear in the size of the
 * map. For live editing use `createJourneyValidator`, which returns the same report incrementally.
 */
export function validateJourney(map: JourneyMap, options: ValidateOptions = {}): ValidationReport {
  const buckets = new IssueBuckets();
  const lookups = refLookups(map);
  const coverage = emptyCoverage();
  const itSupport = emptyItSupportCounts();

  buckets.addAll(bucketOf("error", "doc.invalid-entry"), invalidEntryIssues(options.invalidEntries ?? []));
  buckets.addAll(bucketOf("error", "phase.no-stage"), phaseIssues(map.stages));

  const endpoints = new Set<string>();
  for (const connection of map.connections) {
    endpoints.add(connection.from);
    endpoints.add(connection.to);
  }
  const orphansApply = map.touchpoints.length >= 2;
  for (const touchpoint of map.touchpoints) {
    const findings = touchpointFindings(touchpoint, lookups);
    for (const { bucket, issue } of findings.issues) buckets.add(bucket, issue);
    if (orphansApply && !endpoints.has(touchpoint.id)) buckets.add(ORPHAN_BUCKET, orphanIssue(touchpoint));
    if (findings.phase !== undefined) {
      for (const category of findings.categories) coverage[findings.phase][category] += 1;
    }
    itSupport[touchpoint.itSupport] += 1;
  }

  const touchpointIds = new Set(map.touchpoints.map((touchpoint) => touchpoint.id));
  const dangling = bucketOf("error", "ref.dangling-connection");
  for (const connection of map.connections) {
    const issue = danglingIssue(connection, (id) => touchpointIds.has(id));
    if (issue) buckets.add(dangling, issue);
  }

  buckets.addAll(bucketOf("warning", "coverage.missing"), coverageIssues(coverage, map.coverage));
  return buckets.assemble(coverage, itSupport);
}
