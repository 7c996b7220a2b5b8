import { useId, useMemo, type ReactNode } from "react";
import type { JourneyMap, Locale, Severity, ValidationIssue, ValidationReport } from "@kundresa/shared";
import { useMapLookup } from "../mapLookup";
import { usePanelText } from "../panelText";
import { CleanMapArt } from "./CleanMapArt";
import { IssueGroup, SEVERITY_TITLE } from "./IssueGroup";
import { issueKey } from "./issueText";
import "./ValidationPanel.css";

export interface ValidationPanelProps {
  report: ValidationReport;
  map: JourneyMap;
  locale: Locale;
  /** Called when someone picks a finding: the editor selects, scrolls to and highlights its target. */
  onFocusIssue: (issue: ValidationIssue) => void;
  /** The finding last focused, highlighted in the list. */
  focusedIssue?: ValidationIssue;
  /** Shown between the summary and the issue list (the coverage and IT-support views). */
  children?: ReactNode;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The live validation report: counts, then the findings grouped by severity, each focusable. */
export function ValidationPanel({ report, map, locale, onFocusIssue, focusedIssue, children }: ValidationPanelProps) {
  const t = usePanelText(locale);
  const lookup = useMapLookup(map);
  const bySeverity = useMemo(() => {
    const groups: Record<Severity, ValidationIssue[]> = { error: [], warning: [], info: [] };
    for (const issue of report.issues) groups[issue.severity].push(issue);
    return groups;
  }, [report.issues]);
  const counts: Record<Severity, number> = {
    error: report.summary.errors,
    warning: report.summary.warnings,
    info: report.summary.infos,
  };
  const activeKey = focusedIssue ? issueKey(focusedIssue) : undefined;
  const listTitleId = useId();

  return (
    <div className="validation">
      <ul className="validation-tiles" aria-label={t("panels.validation.summary")}>
        {SEVERITIES.map((severity) => (
          <li
            key={severity}
            className={`validation-tile validation-tile--${severity}${counts[severity] === 0 ? " validation-tile--zero" : ""}`}
          >
            <span className="validation-tile-count">{counts[severity]}</span>
            <span className="validation-tile-label">{t(SEVERITY_TITLE[severity])}</span>
          </li>
        ))}
      </ul>

      {children}

      <section className="validation-list" aria-labelledby={listTitleId}>
        <h3 id={listTitleId} className="validation-list-title">
          {t("panels.validation.issues")}
        </h3>
        {report.issues.length === 0 ? (
          <div className="validation-clean" role="status">
            <CleanMapArt />
            <p className="validation-clean-title">{t("panels.validation.clean.title")}</p>
            <p className="validation-clean-text">{t("panels.validation.clean.text")}</p>
          </div>
        ) : (
          SEVERITIES.filter((severity) => bySeverity[severity].length > 0).map((severity) => (
            <IssueGroup
              key={severity}
              severity={severity}
              issues={bySeverity[severity]}
              lookup={lookup}
              locale={locale}
              t={t}
              activeKey={activeKey}
              onFocusIssue={onFocusIssue}
            />
          ))
        )}
      </section>
    </div>
  );
}
