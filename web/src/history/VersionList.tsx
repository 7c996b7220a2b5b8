import type { KeyboardEvent } from "react";
import type { VersionInfo } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import type { Loadable } from "./useVersions";
import { touchpointCount, versionName, versionTime } from "./versionLabels";
import { registerMessages } from "../i18n/i18n";
import * as historyMessages from "../i18n/messages/history";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(historyMessages);

interface VersionListProps {
  state: Loadable<VersionInfo[]>;
  selectedId: string | undefined;
  onSelect: (versionId: string) => void;
  onRetry: () => void;
}

/** Up and Down move between versions (and pick them), as in any list; Tab leaves the list. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp" && event.key !== "Home" && event.key !== "End") return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button[data-version-id]")];
  const at = buttons.findIndex((button) => button === document.activeElement);
  const last = buttons.length - 1;
  const next =
    event.key === "Home"
      ? 0
      : event.key === "End"
        ? last
        : Math.min(last, Math.max(0, at + (event.key === "ArrowDown" ? 1 : -1)));
  const target = buttons[next];
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.click();
}

/** The map's versions, newest first: named ones by name, automatic ones as "Automatic", each with time and author. */
export function VersionList({ state, selectedId, onSelect, onRetry }: VersionListProps) {
  const { t, locale } = useI18n();
  if (state.status === "loading") {
    return (
      <p className="HistoryList-note" role="status">
        {t("history.list.loading")}
      </p>
    );
  }
  if (state.status === "failed") {
    return (
      <div className="HistoryList-note HistoryList-note--error" role="alert">
        <p>{t("history.list.failed", { reason: state.reason })}</p>
        <button type="button" className="panel-button" onClick={onRetry}>
          {t("history.list.retry")}
        </button>
      </div>
    );
  }
  if (state.value.length === 0) return <p className="HistoryList-note">{t("history.list.empty")}</p>;
  return (
    <ul className="HistoryList" aria-label={t("history.list.label")} onKeyDown={moveFocus}>
      {state.value.map((version) => {
        const selected = version.id === selectedId;
        return (
          <li key={version.id}>
            <button
              type="button"
              className="HistoryList-item"
              data-version-id={version.id}
              data-kind={version.kind}
              aria-pressed={selected}
              onClick={() => onSelect(version.id)}
            >
              <span className="HistoryList-head">
                <span className="HistoryList-name">{versionName(version, t)}</span>
                {version.kind === "named" && <span className="HistoryList-badge">{t("history.kind.named")}</span>}
              </span>
              <span className="HistoryList-meta">
                <time dateTime={version.createdAt}>{versionTime(version, locale, t)}</time>
                {version.author && <span>{t("history.by", { author: version.author })}</span>}
                <span>{touchpointCount(version.touchpoints, t)}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
