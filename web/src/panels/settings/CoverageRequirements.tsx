import {
  CATEGORIES,
  DEFAULT_REQUIRED_CATEGORIES,
  PHASES,
  type Category,
  type Coverage,
  type Locale,
  type Phase,
} from "@kundresa/shared";
import { CheckIcon } from "../controls/icons";
import { categoryName, categoryShortName, phaseName, phaseShortName, type Translate } from "../panelText";
import { registerMessages } from "../../i18n/i18n";
import * as settingsPanelMessages from "../../i18n/messages/settingsPanel";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(settingsPanelMessages);

export interface CoverageRequirementsProps {
  coverage: Coverage;
  locale: Locale;
  t: Translate;
  readOnly: boolean;
  onChange: (coverage: Coverage) => void;
}

function isDefault(coverage: Coverage): boolean {
  return PHASES.every(
    (phase) =>
      coverage[phase].length === DEFAULT_REQUIRED_CATEGORIES.length &&
      DEFAULT_REQUIRED_CATEGORIES.every((category) => coverage[phase].includes(category)),
  );
}

/** Which channel categories each phase must have a touchpoint in: a phase × category checkbox grid. */
export function CoverageRequirements({ coverage, locale, t, readOnly, onChange }: CoverageRequirementsProps) {
  const toggle = (phase: Phase, category: Category, required: boolean) => {
    // Rebuilt in catalogue order, so the stored list never depends on the order of clicks.
    const next = CATEGORIES.filter((candidate) =>
      candidate === category ? required : coverage[phase].includes(candidate),
    );
    onChange({ ...coverage, [phase]: next });
  };

  return (
    <div className="settings-coverage">
      <table className="settings-coverage-table">
        <caption className="visually-hidden">{t("panels.settings.coverage")}</caption>
        <thead>
          <tr>
            <td />
            {CATEGORIES.map((category) => (
              <th
                key={category}
                scope="col"
                className={`settings-coverage-col settings-coverage-col--${category}`}
                title={categoryName(category, locale)}
              >
                <span aria-hidden="true">{categoryShortName(category, t)}</span>
                <span className="visually-hidden">{categoryName(category, locale)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PHASES.map((phase) => (
            <tr key={phase}>
              <th scope="row" className="settings-coverage-row" title={phaseName(phase, locale)}>
                <span aria-hidden="true">{phaseShortName(phase, t)}</span>
                <span className="visually-hidden">{phaseName(phase, locale)}</span>
              </th>
              {CATEGORIES.map((category) => {
                const required = coverage[phase].includes(category);
                return (
                  <td key={category} className={`settings-coverage-cell settings-coverage-cell--${category}`}>
                    {readOnly ? (
                      <span className={`settings-coverage-mark${required ? " settings-coverage-mark--on" : ""}`}>
                        {required ? <CheckIcon size={14} /> : <span aria-hidden="true">–</span>}
                        <span className="visually-hidden">
                          {t(required ? "panels.settings.coverage.required" : "panels.settings.coverage.optional")}
                        </span>
                      </span>
                    ) : (
                      <input
                        type="checkbox"
                        className="settings-coverage-check"
                        checked={required}
                        aria-label={t("panels.settings.coverage.require", {
                          category: categoryName(category, locale),
                          phase: phaseName(phase, locale),
                        })}
                        onChange={(event) => toggle(phase, category, event.target.checked)}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly && !isDefault(coverage) && (
        <button
          type="button"
          className="panel-button panel-button--quiet settings-coverage-reset"
          onClick={() =>
            onChange({
              before: [...DEFAULT_REQUIRED_CATEGORIES],
              during: [...DEFAULT_REQUIRED_CATEGORIES],
              after: [...DEFAULT_REQUIRED_CATEGORIES],
            })
          }
        >
          {t("panels.settings.coverage.reset")}
        </button>
      )}
    </div>
  );
}
