import { useState } from "react";
import type { JourneyMap, ValidationReport } from "@kundresa/shared";
import { LanguageSwitch } from "../app/LanguageSwitch";
import { Logo } from "../app/Logo";
import { Link } from "../app/router";
import type { ConnectionState } from "../collab/connectionState";
import type { Peer } from "../collab/presence";
import { useI18n } from "../i18n/i18n";
import { WorkshopTimer } from "../timer/WorkshopTimer";
import { VoteButton } from "../voting/VoteButton";
import { ConnectionBadge } from "./ConnectionBadge";
import { ExportMenu } from "./ExportMenu";
import { PresenceAvatars } from "./PresenceAvatars";

interface TopBarProps {
  map: JourneyMap;
  report: ValidationReport;
  readOnly: boolean;
  connection: ConnectionState;
  me: { name: string; color: string };
  peers: readonly Peer[];
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onRename: (title: string) => void;
  onShare: () => void;
  /** Opens the version history; absent where there is no server to keep one (a local map). */
  onHistory?: () => void;
  onShowIssues: () => void;
  /** A dot vote is running: the vote button says so. */
  voteRunning: boolean;
  /** Starts presenter mode: full screen, one stage at a time. */
  onPresent?: () => void;
}

/** The map's title, editable in place; commits on Enter or blur, Escape puts it back. */
function TitleField({
  title,
  readOnly,
  onRename,
}: {
  title: string;
  readOnly: boolean;
  onRename: (title: string) => void;
}) {
  const { t } = useI18n();
  // While focused the field shows what is being typed; otherwise the live title (a colleague may rename).
  const [draft, setDraft] = useState<string | undefined>();
  if (readOnly) return <h1 className="TopBar-title TopBar-title--static">{title || t("editor.title.untitled")}</h1>;
  return (
    <input
      className="TopBar-title"
      aria-label={t("editor.title.label")}
      value={draft ?? title}
      placeholder={t("editor.title.untitled")}
      maxLength={200}
      onFocus={() => setDraft(title)}
      onBlur={() => {
        if (draft !== undefined && draft.trim() !== title) onRename(draft.trim());
        setDraft(undefined);
      }}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter") event.currentTarget.blur();
        if (event.key === "Escape") {
          setDraft(title);
          requestAnimationFrame(() => (event.target as HTMLInputElement).blur());
        }
      }}
    />
  );
}

export function TopBar(props: TopBarProps) {
  const { t } = useI18n();
  const { summary } = props.report;
  return (
    <header className="TopBar">
      <Link href="/" className="TopBar-home" aria-label={t("editor.home")}>
        <Logo name={t("app.name")} />
      </Link>
      <span className="TopBar-divider" aria-hidden="true" />
      <TitleField title={props.map.title} readOnly={props.readOnly} onRename={props.onRename} />
      {props.readOnly && <span className="TopBar-viewOnly">{t("editor.viewOnly")}</span>}
      <ConnectionBadge state={props.connection} />
      <button
        type="button"
        className="TopBar-counts"
        onClick={props.onShowIssues}
        aria-label={t("editor.counts.label", {
          errors: summary.errors,
          warnings: summary.warnings,
          infos: summary.infos,
        })}
      >
        <span data-severity="error">{summary.errors}</span>
        <span data-severity="warning">{summary.warnings}</span>
        <span data-severity="info">{summary.infos}</span>
      </button>
      <span className="TopBar-fill" />
      {props.onPresent && (
        <button
          type="button"
          className="Button Button--ghost PresentButton"
          aria-label={t("present.button")}
          title={t("present.button")}
          onClick={props.onPresent}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <rect x="2.5" y="3.5" width="15" height="10" rx="1.5" />
            <path d="M10 13.5v3M6.5 16.5h7M8.5 6.5l3.5 2-3.5 2z" />
          </svg>
          <span className="TopBar-label">{t("present.button")}</span>
        </button>
      )}
      <VoteButton map={props.map} running={props.voteRunning} />
      <WorkshopTimer />
      <PresenceAvatars me={props.me} peers={props.peers} readOnly={props.readOnly} />
      {!props.readOnly && (
        <div className="TopBar-group" role="group" aria-label={t("editor.history")}>
          <button
            type="button"
            className="IconButton"
            aria-label={t("editor.undo")}
            title={`${t("editor.undo")} (Ctrl+Z)`}
            disabled={!props.canUndo}
            onClick={props.onUndo}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M7.5 5L4 8.5 7.5 12M4.5 8.5h7a4 4 0 0 1 0 8H9" />
            </svg>
          </button>
          <button
            type="button"
            className="IconButton"
            aria-label={t("editor.redo")}
            title={`${t("editor.redo")} (Ctrl+Shift+Z)`}
            disabled={!props.canRedo}
            onClick={props.onRedo}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M12.5 5L16 8.5 12.5 12M15.5 8.5h-7a4 4 0 0 0 0 8H11" />
            </svg>
          </button>
        </div>
      )}
      {props.onHistory && (
        // Icon only, beside undo and redo (as document editors place version history): the bar is full.
        <button
          type="button"
          className="IconButton"
          aria-label={t("history.button")}
          title={t("history.button.title")}
          onClick={props.onHistory}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M3.5 10a6.5 6.5 0 1 0 1.9-4.6M3.5 3.5v3h3M10 6.5V10l2.5 1.5" />
          </svg>
        </button>
      )}
      <LanguageSwitch />
      <ExportMenu map={props.map} issues={props.report.issues} />
      <button type="button" className="Button Button--primary" onClick={props.onShare}>
        <svg
          width="14"
          height="14"
          viewBox="0 0 20 20"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" />
        </svg>
        {t("editor.share.button")}
      </button>
    </header>
  );
}
