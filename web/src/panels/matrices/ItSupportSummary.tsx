import { IT_SUPPORT_LEVELS, type ItSupportCounts, type Locale } from "@kundresa/shared";
import { itSupportName, itSupportShortName, usePanelText } from "../panelText";
import "./matrices.css";

export interface ItSupportSummaryProps {
  /** Touchpoints per IT-support level (the report's `itSupport`). */
  counts: ItSupportCounts;
  locale: Locale;
}

/** How well IT supports the journey: one stacked bar for the share, then a bar and count per level. */
export function ItSupportSummary({ counts, locale }: ItSupportSummaryProps) {
  const t = usePanelText(locale);
  const total = IT_SUPPORT_LEVELS.reduce((sum, level) => sum + counts[level], 0);
  const largest = Math.max(1, ...IT_SUPPORT_LEVELS.map((level) => counts[level]));

  if (total === 0) return <p className="it-summary-empty">{t("panels.itSummary.empty")}</p>;
  return (
    <div className="it-summary">
      <div className="it-summary-stack" aria-hidden="true">
        {IT_SUPPORT_LEVELS.filter((level) => counts[level] > 0).map((level) => (
          <span key={level} className={`it-summary-segment it--${level}`} style={{ flexGrow: counts[level] }} />
        ))}
      </div>
      <ul className="it-summary-rows" aria-label={t("panels.itSummary.label", { n: total })}>
        {IT_SUPPORT_LEVELS.map((level) => (
          <li key={level} className={`it-summary-row it--${level}`} title={itSupportName(level, locale)}>
            <span className="it-summary-dot" aria-hidden="true" />
            <span className="it-summary-name">{itSupportShortName(level, locale)}</span>
            <span className="it-summary-bar" aria-hidden="true">
              <span className="it-summary-fill" style={{ width: `${(100 * counts[level]) / largest}%` }} />
            </span>
            <span className="it-summary-count">{counts[level]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
