import { useMemo, useState } from "react";
import { itSupportMatrix, type Category, type Phase } from "@kundresa/shared";
import { PanelSection } from "../controls/Field";
import { CoverageMatrix } from "../matrices/CoverageMatrix";
import { ItSupportMatrix } from "../matrices/ItSupportMatrix";
import { ItSupportSummary } from "../matrices/ItSupportSummary";
import { usePanelText } from "../panelText";
import { ValidationPanel, type ValidationPanelProps } from "./ValidationPanel";

export interface ValidationTabProps extends Omit<ValidationPanelProps, "children"> {
  onFocusCell?: (phase: Phase, category: Category) => void;
}

/**
 * The whole validation tab as the wireframe lays it out: counts, the coverage matrix, IT support
 * (summary bars, the channel grid on demand) and the findings.
 */
export function ValidationTab(props: ValidationTabProps) {
  const { report, map, locale, onFocusCell } = props;
  const t = usePanelText(locale);
  const [gridOpen, setGridOpen] = useState(false);
  const { channels, touchpoints } = map;
  // Only worked out while the grid is open: the summary bars come with the report for free.
  const grid = useMemo(
    () => (gridOpen ? itSupportMatrix({ channels, touchpoints }) : undefined),
    [gridOpen, channels, touchpoints],
  );

  return (
    <ValidationPanel {...props}>
      <PanelSection title={t("panels.coverage.title")}>
        <CoverageMatrix coverage={report.coverage} required={map.coverage} locale={locale} onFocusCell={onFocusCell} />
      </PanelSection>
      <PanelSection title={t("panels.itSummary.title")}>
        <ItSupportSummary counts={report.itSupport} locale={locale} />
        <details
          className="validation-grid-details"
          open={gridOpen}
          onToggle={(event) => setGridOpen(event.currentTarget.open)}
        >
          <summary>{t("panels.itMatrix.title")}</summary>
          {grid && <ItSupportMatrix matrix={grid} channels={channels} locale={locale} />}
        </details>
      </PanelSection>
    </ValidationPanel>
  );
}
