import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { EditorCommands } from "./useEditorCommands";

interface ToolRailProps {
  commands: EditorCommands;
  readOnly: boolean;
  hasSelection: boolean;
  onShowShortcuts: () => void;
}

function Tool({
  label,
  shortcut,
  onClick,
  disabled,
  children,
}: {
  label: string;
  shortcut?: string;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  const title = shortcut ? `${label} (${shortcut})` : label;
  return (
    <button
      type="button"
      className="IconButton ToolRail-tool"
      aria-label={label}
      title={title}
      onClick={onClick}
      disabled={disabled}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true">
        {children}
      </svg>
    </button>
  );
}

/** The left rail: add, delete, zoom and fit, and the shortcut sheet. No edit tools on a view link. */
export function ToolRail({ commands, readOnly, hasSelection, onShowShortcuts }: ToolRailProps) {
  const { t } = useI18n();
  return (
    <nav className="ToolRail" aria-label={t("editor.tools.label")}>
      {!readOnly && (
        <>
          <Tool label={t("editor.tools.add")} shortcut="N" onClick={commands.createInView}>
            <rect x="3" y="4.5" width="14" height="11" rx="2.5" />
            <path d="M10 7.5v5M7.5 10h5" />
          </Tool>
          <Tool
            label={t("editor.tools.delete")}
            shortcut="Del"
            onClick={commands.deleteSelection}
            disabled={!hasSelection}
          >
            <path d="M4.5 6h11M8 6V4.5h4V6M6 6l.8 9.5h6.4L14 6" />
          </Tool>
          <span className="ToolRail-rule" aria-hidden="true" />
        </>
      )}
      <Tool label={t("editor.tools.zoomIn")} shortcut="+" onClick={commands.zoomIn}>
        <circle cx="9" cy="9" r="5.5" />
        <path d="M13 13l4 4M9 6.5v5M6.5 9h5" />
      </Tool>
      <Tool label={t("editor.tools.zoomOut")} shortcut="−" onClick={commands.zoomOut}>
        <circle cx="9" cy="9" r="5.5" />
        <path d="M13 13l4 4M6.5 9h5" />
      </Tool>
      <Tool label={t("editor.tools.fit")} shortcut="F" onClick={commands.fit}>
        <path d="M3.5 7.5v-4h4M12.5 3.5h4v4M16.5 12.5v4h-4M7.5 16.5h-4v-4" />
      </Tool>
      <span className="ToolRail-spacer" />
      <Tool label={t("editor.tools.shortcuts")} shortcut="?" onClick={onShowShortcuts}>
        <rect x="2.5" y="5.5" width="15" height="9" rx="2" />
        <path d="M5.5 8.5h1M8.5 8.5h1M11.5 8.5h1M14 8.5h.5M6.5 11.5h7" />
      </Tool>
    </nav>
  );
}
