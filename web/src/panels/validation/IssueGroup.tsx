import { useId, useState } from "react";
import type { Locale, Severity, ValidationIssue } from "@kundresa/shared";
import type { MessageKey } from "../../i18n/messages";
import { ChevronIcon } from "../controls/icons";
import type { MapLookup } from "../mapLookup";
import type { Translate } from "../panelText";
import { describeIssue, issueKey } from "./issueText";
import { RuleIcon, SeverityIcon } from "./ruleIcons";

/** Long lists render in pages: a 1,000-touchpoint map can have thousands of findings. */
const PAGE = 50;

export const SEVERITY_TITLE: Record<Severity, MessageKey> = {
  error: "panels.validation.errors",
  warning: "panels.validation.warnings",
  info: "panels.validation.infos",
};

export interface IssueGroupProps {
  severity: Severity;
  issues: readonly ValidationIssue[];
  lookup: MapLookup;
  locale: Locale;
  t: Translate;
  onFocusIssue: (issue: ValidationIssue) => void;
  /** The issue the editor last focused, highlighted so the list and the map agree. */
  activeKey?: string;
  defaultExpanded?: boolean;
}

/** One severity's findings: a heading that folds the list, then one button per finding. */
export function IssueGroup(props: IssueGroupProps) {
  const { severity, issues, lookup, locale, t, onFocusIssue, activeKey } = props;
  const [expanded, setExpanded] = useState(props.defaultExpanded ?? true);
  const [shown, setShown] = useState(PAGE);
  const listId = useId();
  const title = t(SEVERITY_TITLE[severity]);
  const remaining = issues.length - shown;

  return (
    <section className={`validation-group validation-group--${severity}`}>
      <h3 className="validation-group-heading">
        <button
          type="button"
          className="validation-group-toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          <ChevronIcon size={14} className="validation-group-chevron" />
          <span className="validation-group-icon">
            <SeverityIcon severity={severity} size={15} />
          </span>
          <span className="validation-group-title">{title}</span>
          <span className="validation-group-count">{issues.length}</span>
        </button>
      </h3>
      <div id={listId} hidden={!expanded}>
        <ul className="validation-issues" aria-label={title}>
          {issues.slice(0, shown).map((issue, index) => {
            const text = describeIssue(issue, lookup, t, locale);
            const key = issueKey(issue);
            return (
              // Two identical findings cannot exist (targets differ), but the index keeps keys unique
              // even if a future rule repeats one.
              <li key={`${key}#${index}`}>
                <button
                  type="button"
                  className={`validation-issue${key === activeKey ? " validation-issue--active" : ""}`}
                  aria-current={key === activeKey ? "true" : undefined}
                  onClick={() => onFocusIssue(issue)}
                >
                  <span className="validation-issue-icon">
                    <RuleIcon rule={issue.rule} size={15} />
                  </span>
                  <span className="validation-issue-body">
                    <span className="validation-issue-kind">{text.kind}</span>
                    {text.subject && <span className="validation-issue-subject">{text.subject}</span>}
                    <span className="validation-issue-detail">{text.detail}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        {remaining > 0 && (
          <button type="button" className="validation-more" onClick={() => setShown(shown + PAGE)}>
            {t("panels.validation.showMore", { n: Math.min(PAGE, remaining), total: remaining })}
          </button>
        )}
      </div>
    </section>
  );
}
