import { CATEGORIES, PHASES } from "../format/enums";
import type { Connection } from "../format/connection";
import type { Coverage } from "../format/journeyMap";
import type { Stage } from "../format/stage";
import { messages } from "./messages";
import type { CoverageMatrix, DocCollection, InvalidEntry, ValidationIssue } from "./report";

/** `phase.no-stage`, in `PHASES` order. */
export function phaseIssues(stages: readonly Stage[]): ValidationIssue[] {
  const phases = new Set(stages.map((stage) => stage.phase));
  return PHASES.filter((phase) => !phases.has(phase)).map((phase) => ({
    rule: "phase.no-stage",
    severity: "error",
    message: messages.phaseWithoutStage(phase),
    phase,
  }));
}

/**
 * `coverage.missing`, phases in `PHASES` order and categories in `CATEGORIES` order whatever order
 * the requirement lists them in (a category listed twice is still one gap).
 */
export function coverageIssues(coverage: CoverageMatrix, required: Coverage): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const phase of PHASES) {
    const wanted = required[phase];
    for (const category of CATEGORIES) {
      if (coverage[phase][category] === 0 && wanted.includes(category)) {
        issues.push({
          rule: "coverage.missing",
          severity: "warning",
          message: messages.coverageMissing(phase, category),
          phase,
          category,
        });
      }
    }
  }
  return issues;
}

/** `ref.dangling-connection` for one connection: one issue whichever end (or both) dangles. */
export function danglingIssue(
  connection: Connection,
  hasTouchpoint: (id: string) => boolean,
): ValidationIssue | undefined {
  const fromMissing = !hasTouchpoint(connection.from);
  const toMissing = !hasTouchpoint(connection.to);
  if (!fromMissing && !toMissing) return undefined;
  return {
    rule: "ref.dangling-connection",
    severity: "error",
    message: messages.danglingConnection(connection, fromMissing, toMissing),
    connectionId: connection.id,
  };
}

const COLLECTION_ORDER: readonly DocCollection[] = [
  "meta",
  "stages",
  "channels",
  "touchpoints",
  "connections",
  "comments",
];

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `doc.invalid-entry`, sorted by collection (contract §4 order) then entry id: a Y.Map iterates in
 * insertion order, which differs between clients, and every client must show the same list.
 */
export function invalidEntryIssues(entries: readonly InvalidEntry[]): ValidationIssue[] {
  return [...entries]
    .sort(
      (a, b) =>
        COLLECTION_ORDER.indexOf(a.collection) - COLLECTION_ORDER.indexOf(b.collection) ||
        compareText(a.entryId, b.entryId),
    )
    .map((entry) => ({
      rule: "doc.invalid-entry",
      severity: "error",
      message: messages.invalidEntry(entry.collection, entry.entryId, entry.problems, entry.raw),
      collection: entry.collection,
      entryId: entry.entryId,
    }));
}
