import type { DocCollection, Locale, RuleId, Touchpoint, ValidationIssue } from "@kundresa/shared";
import type { MessageKey } from "../../i18n/messages";
import type { MapLookup } from "../mapLookup";
import { categoryName, phaseName, type Translate } from "../panelText";

/**
 * Validation findings in the UI's language. The engine's `message` is plain English for the CLI and
 * the API; the panels build their own sentence from the rule and its target fields, so a Swedish
 * workshop never reads English. English falls back to the engine's sentence only where the issue
 * carries details the fields cannot rebuild (an invalid document entry's schema problems).
 */
export interface IssueText {
  /** The kind of finding ("Critical gap"). */
  kind: string;
  /** What it concerns ("Technician visit", "Before purchase · Service"). */
  subject: string;
  /** What is wrong, without repeating the subject. */
  detail: string;
}

export const RULE_KIND: Record<RuleId, MessageKey> = {
  "coverage.missing": "panels.rule.coverage.missing",
  "phase.no-stage": "panels.rule.phase.no-stage",
  "it-support.unassessed": "panels.rule.it-support.unassessed",
  "it-support.critical-gap": "panels.rule.it-support.critical-gap",
  "touchpoint.no-channel": "panels.rule.touchpoint.no-channel",
  "touchpoint.orphan": "panels.rule.touchpoint.orphan",
  "ref.unknown-stage": "panels.rule.ref.unknown-stage",
  "ref.unknown-channel": "panels.rule.ref.unknown-channel",
  "ref.dangling-connection": "panels.rule.ref.dangling-connection",
  "doc.invalid-entry": "panels.rule.doc.invalid-entry",
};

const ENTRY_SUBJECT: Record<DocCollection, MessageKey> = {
  meta: "panels.issue.entry.meta",
  stages: "panels.issue.entry.stages",
  channels: "panels.issue.entry.channels",
  touchpoints: "panels.issue.entry.touchpoints",
  connections: "panels.issue.entry.connections",
  comments: "panels.issue.entry.comments",
};

/** "Touchpoint entry “t7”": a document entry named by its collection and key. */
export function entrySubject(collection: DocCollection, entryId: string, t: Translate): string {
  return t(ENTRY_SUBJECT[collection], { id: entryId });
}

/** A touchpoint as people see it: its title, or a placeholder when it has none. */
export function touchpointLabel(touchpoint: Pick<Touchpoint, "title"> | undefined, t: Translate): string {
  const title = touchpoint?.title.trim() ?? "";
  return title === "" ? t("panels.touchpoint.untitled") : title;
}

function touchpointSubject(issue: ValidationIssue, lookup: MapLookup, t: Translate): string {
  const touchpoint = lookup.touchpoint(issue.touchpointId);
  if (touchpoint) return touchpointLabel(touchpoint, t);
  return t("panels.issue.missingTouchpoint", { id: issue.touchpointId ?? "?" });
}

function connectionText(issue: ValidationIssue, lookup: MapLookup, t: Translate): Omit<IssueText, "kind"> {
  const connection = lookup.connection(issue.connectionId);
  if (!connection) {
    return {
      subject: t("panels.issue.connection", { id: issue.connectionId ?? "?" }),
      detail: t("panels.issue.dangling.unknown"),
    };
  }
  const from = lookup.touchpoint(connection.from);
  const to = lookup.touchpoint(connection.to);
  const end = (touchpoint: Touchpoint | undefined, id: string) =>
    touchpoint ? touchpointLabel(touchpoint, t) : t("panels.issue.missingTouchpoint", { id });
  const detail =
    !from && !to
      ? t("panels.issue.dangling.both")
      : !from
        ? t("panels.issue.dangling.from")
        : t("panels.issue.dangling.to");
  return { subject: `${end(from, connection.from)} → ${end(to, connection.to)}`, detail };
}

export function describeIssue(issue: ValidationIssue, lookup: MapLookup, t: Translate, locale: Locale): IssueText {
  // A newer server may send a rule this build does not know: show its id rather than nothing.
  const kindKey = RULE_KIND[issue.rule] as MessageKey | undefined;
  const kind = kindKey ? t(kindKey) : issue.rule;
  const phase = issue.phase ? phaseName(issue.phase, locale) : "";
  switch (issue.rule) {
    case "coverage.missing": {
      const category = issue.category ? categoryName(issue.category, locale) : "";
      return {
        kind,
        subject: `${phase} · ${category}`,
        detail: t("panels.issue.coverage.missing", { category }),
      };
    }
    case "phase.no-stage":
      return { kind, subject: phase, detail: t("panels.issue.phase.no-stage") };
    case "it-support.unassessed":
      return { kind, subject: touchpointSubject(issue, lookup, t), detail: t("panels.issue.unassessed") };
    case "it-support.critical-gap":
      return {
        kind,
        subject: touchpointSubject(issue, lookup, t),
        detail: t(issue.severity === "error" ? "panels.issue.critical.none" : "panels.issue.critical.standalone"),
      };
    case "touchpoint.no-channel":
      return { kind, subject: touchpointSubject(issue, lookup, t), detail: t("panels.issue.no-channel") };
    case "touchpoint.orphan":
      return { kind, subject: touchpointSubject(issue, lookup, t), detail: t("panels.issue.orphan") };
    case "ref.unknown-stage": {
      const stageId = lookup.touchpoint(issue.touchpointId)?.stageId ?? "?";
      return {
        kind,
        subject: touchpointSubject(issue, lookup, t),
        detail: t("panels.issue.unknown-stage", { id: stageId }),
      };
    }
    case "ref.unknown-channel":
      return {
        kind,
        subject: touchpointSubject(issue, lookup, t),
        detail: t("panels.issue.unknown-channel", { id: issue.channelId ?? "?" }),
      };
    case "ref.dangling-connection":
      return { kind, ...connectionText(issue, lookup, t) };
    case "doc.invalid-entry": {
      const subject = entrySubject(issue.collection ?? "meta", issue.entryId ?? "?", t);
      return { kind, subject, detail: locale === "en" ? issue.message : t("panels.issue.invalid-entry") };
    }
    default:
      return { kind, subject: "", detail: issue.message };
  }
}

/** A stable key for an issue (React lists, "which one is focused"). */
export function issueKey(issue: ValidationIssue): string {
  return [
    issue.rule,
    issue.severity,
    issue.phase,
    issue.category,
    issue.touchpointId,
    issue.channelId,
    issue.connectionId,
    issue.collection,
    issue.entryId,
  ].join("|");
}
