import type { JourneyMap, ValidationReport } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { CoverageMatrix } from "../panels/matrices/CoverageMatrix";
import { createMapLookup } from "../panels/mapLookup";
import { describeIssue, issueKey } from "../panels/validation/issueText";
import { usePanelText } from "../panels/panelText";
import "./Presenter.css";
import { registerMessages } from "../i18n/i18n";
import * as presenterMessages from "../i18n/messages/presenter";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(presenterMessages);

const SHOWN = 6;

/** The validation gaps as a slide: the coverage matrix, large, and what needs attention, worst first. */
export function GapsSlide({ map, report }: { map: JourneyMap; report: ValidationReport }) {
  const { t, locale } = useI18n();
  const panelT = usePanelText(locale);
  const lookup = createMapLookup(map);
  const findings = report.issues
    .filter((issue) => issue.severity !== "info")
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  const shown = findings.slice(0, SHOWN);
  return (
    <section className="GapsSlide" aria-labelledby="gaps-slide-title">
      <h2 id="gaps-slide-title" className="GapsSlide-title">
        {t("present.gaps")}
      </h2>
      <div className="GapsSlide-body">
        <div className="GapsSlide-matrix">
          <h3 className="GapsSlide-heading">{t("present.gaps.coverage")}</h3>
          <CoverageMatrix coverage={report.coverage} required={map.coverage} locale={locale} />
        </div>
        <div className="GapsSlide-issues">
          <h3 className="GapsSlide-heading">{t("present.gaps.issues")}</h3>
          {findings.length === 0 ? (
            <p className="GapsSlide-none">{t("present.gaps.none")}</p>
          ) : (
            <ul>
              {shown.map((issue) => {
                const text = describeIssue(issue, lookup, panelT, locale);
                return (
                  <li key={issueKey(issue)} data-severity={issue.severity}>
                    <span className="GapsSlide-kind">{text.kind}</span>
                    <span className="GapsSlide-subject">{text.subject}</span>
                    <span className="GapsSlide-detail">{text.detail}</span>
                  </li>
                );
              })}
              {findings.length > SHOWN && (
                <li className="GapsSlide-more">{t("present.gaps.more", { count: findings.length - SHOWN })}</li>
              )}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
