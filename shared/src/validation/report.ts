import type { Category, ItSupport, Phase } from "../format/enums";
import type { ImportProblem } from "../io/problems";

export type Severity = "error" | "warning" | "info";

/** The rule ids of contract §5; a report never carries any other. */
export type RuleId =
  | "coverage.missing"
  | "phase.no-stage"
  | "it-support.unassessed"
  | "it-support.critical-gap"
  | "touchpoint.no-channel"
  | "touchpoint.orphan"
  | "ref.unknown-stage"
  | "ref.unknown-channel"
  | "ref.dangling-connection"
  | "doc.invalid-entry";

/** The document collections an invalid entry can sit in (contract §4). */
export type DocCollection = "meta" | "stages" | "channels" | "touchpoints" | "connections" | "comments";

/**
 * One finding. The target fields say what it concerns, exactly as contract §5 lists them per rule;
 * `message` is a plain English sentence naming the touchpoint by title where there is one.
 */
export interface ValidationIssue {
  rule: RuleId;
  severity: Severity;
  message: string;
  phase?: Phase;
  category?: Category;
  touchpointId?: string;
  channelId?: string;
  connectionId?: string;
  collection?: DocCollection;
  entryId?: string;
}

/** Touchpoints per category in each phase: every phase has all four categories. */
export type CoverageMatrix = Record<Phase, Record<Category, number>>;
export type ItSupportCounts = Record<ItSupport, number>;

export interface ValidationReport {
  summary: { errors: number; warnings: number; infos: number };
  issues: ValidationIssue[];
  coverage: CoverageMatrix;
  itSupport: ItSupportCounts;
}

/**
 * A document entry that failed the schema (see `ydoc/`). It stays in the document for repair; the
 * validation report lists it as `doc.invalid-entry`.
 */
export interface InvalidEntry {
  collection: DocCollection;
  /** The entry's key (map collections), its index as text (stages) or the meta key. */
  entryId: string;
  problems: ImportProblem[];
  /** The entry as stored, for the repair view. */
  raw: unknown;
}
