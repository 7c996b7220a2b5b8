import { Suspense, lazy, useState } from "react";
import type { Category, Phase } from "@kundresa/shared";
import { PanelSection } from "../controls/Field";
import { CoverageMatrix } from "../matrices/CoverageMatrix";
import { ItSupportSummary } from "../matrices/ItSupportSummary";
import { usePanelText } from "../panelText";
import { ValidationPanel, type ValidationPanelProps } from "./ValidationPanel";

/*
 * The channel grid is opened on demand (the summary bars come with the report for free), so it and
 * its counting are fetched when first opened, or in the editor's background prefetch
 * (`editor/lazyEditorParts.ts` names the same module).
 */
const LazyMapItSupportMatrix = lazy(() =>
  import("../matrices/MapItSupportMatrix").then((module) => ({ default: module.MapItSupportMatrix })),
);

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
          {gridOpen && (
            <Suspense fallback={<div aria-busy="true" />}>
              <LazyMapItSupportMatrix channels={map.channels} touchpoints={map.touchpoints} locale={locale} />
            </Suspense>
          )}
        </details>
      </PanelSection>
    </ValidationPanel>
  );
}
