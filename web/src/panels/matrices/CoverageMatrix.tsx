import type { CSSProperties } from "react";
import {
  CATEGORIES,
  PHASES,
  type Category,
  type CoverageMatrix as CoverageCounts,
  type JourneyMap,
  type Locale,
  type Phase,
} from "@kundresa/shared";
import {
  categoryName,
  categoryShortName,
  phaseName,
  phaseShortName,
  touchpointCountText,
  usePanelText,
  type Translate,
} from "../panelText";
import "./matrices.css";

export interface CoverageMatrixProps {
  /** Touchpoints per phase and category (the report's `coverage`). */
  coverage: CoverageCounts;
  /** The map's coverage requirements: which categories each phase must have. */
  required: JourneyMap["coverage"];
  locale: Locale;
  /** Makes each cell a button, e.g. to scroll the canvas to that phase and lane. */
  onFocusCell?: (phase: Phase, category: Category) => void;
}

type CellState = "filled" | "gap" | "quiet";

function cellState(count: number, required: boolean): CellState {
  if (count > 0) return "filled";
  return required ? "gap" : "quiet";
}

function stateText(state: CellState, count: number, t: Translate): string {
  if (state === "gap") return t("panels.coverage.gap.long");
  if (state === "quiet") return t("panels.coverage.notRequired");
  return touchpointCountText(count, t);
}

/**
 * The checklist's coverage view: phases × channel categories, each cell the number of touchpoints,
 * shaded in the category's colour by how many; a category the map requires in a phase but has no
 * touchpoint for is a gap (red, dashed, and said in words, not only colour).
 */
export function CoverageMatrix({ coverage, required, locale, onFocusCell }: CoverageMatrixProps) {
  const t = usePanelText(locale);
  const max = Math.max(1, ...PHASES.flatMap((phase) => CATEGORIES.map((category) => coverage[phase][category])));

  return (
    <div className="coverage">
      <table className="coverage-table">
        <caption className="visually-hidden">{t("panels.coverage.caption")}</caption>
        <thead>
          <tr>
            <td className="coverage-corner" />
            {CATEGORIES.map((category) => (
              <th
                key={category}
                scope="col"
                className={`coverage-col coverage-col--${category}`}
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
              <th scope="row" className="coverage-row" title={phaseName(phase, locale)}>
                <span aria-hidden="true">{phaseShortName(phase, t)}</span>
                <span className="visually-hidden">{phaseName(phase, locale)}</span>
              </th>
              {CATEGORIES.map((category) => {
                const count = coverage[phase][category];
                const state = cellState(count, required[phase].includes(category));
                const strength = `${Math.round(14 + (36 * count) / max)}%`;
                const content =
                  state === "filled" ? (
                    <span className="coverage-count">{count}</span>
                  ) : (
                    <>
                      <span aria-hidden="true">{state === "gap" ? t("panels.coverage.gap") : "–"}</span>
                      <span className="visually-hidden">{stateText(state, count, t)}</span>
                    </>
                  );
                return (
                  <td
                    key={category}
                    className={`coverage-cell coverage-cell--${state} coverage-cell--${category}`}
                    style={{ "--coverage-strength": strength } as CSSProperties}
                  >
                    {onFocusCell ? (
                      <button
                        type="button"
                        className="coverage-cell-button"
                        aria-label={t("panels.coverage.cell", {
                          phase: phaseName(phase, locale),
                          category: categoryName(category, locale),
                          state: stateText(state, count, t),
                        })}
                        onClick={() => onFocusCell(phase, category)}
                      >
                        {content}
                      </button>
                    ) : (
                      <div className="coverage-cell-box">{content}</div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="coverage-legend">
        <span className="coverage-legend-item">
          <span className="coverage-legend-gap" aria-hidden="true">
            {t("panels.coverage.gap")}
          </span>
          {t("panels.coverage.legend.gap")}
        </span>
        <span className="coverage-legend-item">
          <span className="coverage-legend-quiet" aria-hidden="true">
            –
          </span>
          {t("panels.coverage.legend.quiet")}
        </span>
      </p>
    </div>
  );
}
