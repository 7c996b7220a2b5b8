import type { Locale, RuleId, ValidationIssue } from "@kundresa/shared";
import type { MapLookup } from "../mapLookup";
import type { Translate } from "../panelText";
import { describeIssue, issueKey } from "../validation/issueText";
import { RuleIcon } from "../validation/ruleIcons";

/** The inspector field that fixes each kind of finding; the orphan rule has none (draw a connection). */
export type InspectorFieldName = "stage" | "channels" | "itSupport";

const FIX_FIELD: Partial<Record<RuleId, InspectorFieldName>> = {
  "ref.unknown-stage": "stage",
  "ref.unknown-channel": "channels",
  "touchpoint.no-channel": "channels",
  "it-support.unassessed": "itSupport",
  "it-support.critical-gap": "itSupport",
};

export interface InspectorIssuesProps {
  issues: readonly ValidationIssue[];
  lookup: MapLookup;
  locale: Locale;
  t: Translate;
  /** Moves focus to the field that fixes an issue; absent in the read-only view. */
  onFix?: (field: InspectorFieldName) => void;
}

/** The selected touchpoint's own findings, worst first, each a shortcut to the field that fixes it. */
export function InspectorIssues({ issues, lookup, locale, t, onFix }: InspectorIssuesProps) {
  if (issues.length === 0) return null;
  return (
    <ul className="inspector-issues" aria-label={t("panels.inspector.issues")}>
      {issues.map((issue) => {
        const text = describeIssue(issue, lookup, t, locale);
        const field = FIX_FIELD[issue.rule];
        const body = (
          <>
            <span className="inspector-issue-icon">
              <RuleIcon rule={issue.rule} size={14} />
            </span>
            <span className="inspector-issue-text">
              <span className="inspector-issue-kind">{text.kind}</span> {text.detail}
            </span>
          </>
        );
        return (
          <li key={issueKey(issue)} className={`inspector-issue inspector-issue--${issue.severity}`}>
            {field && onFix ? (
              <button type="button" className="inspector-issue-button" onClick={() => onFix(field)}>
                {body}
              </button>
            ) : (
              <div className="inspector-issue-button">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
