import type * as Y from "yjs";
import type { JourneyMap, Touchpoint, ValidationReport } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import "./EditorSidePanel.css";

export interface EditorSidePanelProps {
  doc: Y.Doc;
  map: JourneyMap;
  report: ValidationReport;
  readOnly: boolean;
  tab: "inspector" | "validation";
  onTabChange: (tab: "inspector" | "validation") => void;
  selectedTouchpoint: Touchpoint | undefined;
  onSelect: (touchpointId: string) => void;
  onDeleteSelection: () => void;
}

/**
 * What fills the side-panel slot until the panels package (web/src/panels) is wired in: the
 * validation summary and issue list, each issue selecting the card it concerns.
 */
export function EditorSidePanel({ report, onSelect }: EditorSidePanelProps) {
  const { t } = useI18n();
  const { summary } = report;
  return (
    <div className="EditorSidePanel">
      <h2 className="EditorSidePanel-title">{t("editor.panel.validation")}</h2>
      <div className="EditorSidePanel-counts">
        <span data-severity="error">
          <strong>{summary.errors}</strong> {t("editor.panel.errors")}
        </span>
        <span data-severity="warning">
          <strong>{summary.warnings}</strong> {t("editor.panel.warnings")}
        </span>
        <span data-severity="info">
          <strong>{summary.infos}</strong> {t("editor.panel.infos")}
        </span>
      </div>
      <ul className="EditorSidePanel-issues">
        {report.issues.map((issue, index) => (
          <li key={index} data-severity={issue.severity}>
            {issue.touchpointId ? (
              <button type="button" onClick={() => onSelect(issue.touchpointId as string)}>
                {issue.message}
              </button>
            ) : (
              <span>{issue.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
