import type { CoverageMatrix, ItSupportCounts, RuleId, Severity, ValidationIssue, ValidationReport } from "./report";

/**
 * The order of a report's issues, which the editor's list and the CLI show as is: errors, then
 * warnings, then infos; within a severity by rule, in this table's order; within a rule in map order
 * (phases in `PHASES` order, categories in `CATEGORIES` order, touchpoints and connections in array
 * order, a touchpoint's unknown channels in its `channelIds` order, invalid entries by collection as
 * listed in contract §4, then by entry id). Map-level breakage comes before per-touchpoint findings so
 * the first line of a report is the one to fix first.
 *
 * `it-support.critical-gap` appears twice because its severity depends on the level (`none` is an
 * error, `standalone` a warning).
 */
export const ISSUE_ORDER = [
  { severity: "error", rule: "doc.invalid-entry" },
  { severity: "error", rule: "phase.no-stage" },
  { severity: "error", rule: "ref.unknown-stage" },
  { severity: "error", rule: "ref.unknown-channel" },
  { severity: "error", rule: "ref.dangling-connection" },
  { severity: "error", rule: "it-support.critical-gap" },
  { severity: "warning", rule: "coverage.missing" },
  { severity: "warning", rule: "it-support.critical-gap" },
  { severity: "warning", rule: "it-support.unassessed" },
  { severity: "warning", rule: "touchpoint.no-channel" },
  { severity: "info", rule: "touchpoint.orphan" },
] as const satisfies readonly { severity: Severity; rule: RuleId }[];

/** Index into `ISSUE_ORDER`: issues are collected per bucket, then the buckets are concatenated. */
export type IssueBucket = number;

const BUCKET_OF = new Map<string, IssueBucket>(
  ISSUE_ORDER.map((entry, index) => [`${entry.severity} ${entry.rule}`, index]),
);

/** The bucket of a (severity, rule) pair; throws on a pair the contract does not define. */
export function bucketOf(severity: Severity, rule: RuleId): IssueBucket {
  const bucket = BUCKET_OF.get(`${severity} ${rule}`);
  if (bucket === undefined) throw new Error(`no rule ${rule} with severity ${severity}`);
  return bucket;
}

/**
 * Issues collected per bucket, each bucket in map order. `assemble` concatenates them: no sorting,
 * so the incremental validator can rebuild its report cheaply after every edit.
 */
export class IssueBuckets {
  private readonly lists: ValidationIssue[][] = ISSUE_ORDER.map(() => []);

  add(bucket: IssueBucket, issue: ValidationIssue): void {
    this.list(bucket).push(issue);
  }

  addAll(bucket: IssueBucket, issues: readonly ValidationIssue[]): void {
    const list = this.list(bucket);
    for (const issue of issues) list.push(issue);
  }

  assemble(coverage: CoverageMatrix, itSupport: ItSupportCounts): ValidationReport {
    const issues: ValidationIssue[] = [];
    const summary = { errors: 0, warnings: 0, infos: 0 };
    ISSUE_ORDER.forEach((entry, index) => {
      const list = this.list(index);
      for (const issue of list) issues.push(issue);
      if (entry.severity === "error") summary.errors += list.length;
      else if (entry.severity === "warning") summary.warnings += list.length;
      else summary.infos += list.length;
    });
    return { summary, issues, coverage, itSupport };
  }

  private list(bucket: IssueBucket): ValidationIssue[] {
    const list = this.lists[bucket];
    if (list === undefined) throw new Error(`no issue bucket ${bucket}`);
    return list;
  }
}
