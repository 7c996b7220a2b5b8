import type { ConnectionState } from "../collab/connectionState";
import { useI18n } from "../i18n/i18n";
import "./ConnectionBadge.css";

const KEYS = {
  connecting: "editor.connection.connecting",
  live: "editor.connection.live",
  reconnecting: "editor.connection.reconnecting",
  offline: "editor.connection.offline",
  local: "editor.connection.local",
} as const;

const HINTS = {
  connecting: "editor.connection.connectingHint",
  live: "editor.connection.liveHint",
  reconnecting: "editor.connection.reconnectingHint",
  offline: "editor.connection.offlineHint",
  local: "editor.connection.localHint",
} as const;

/** Always on screen: whether edits are reaching everyone, or kept on this device for now. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const { t } = useI18n();
  return (
    <span className="ConnectionBadge" data-state={state} role="status" title={t(HINTS[state])}>
      <span className="ConnectionBadge-dot" aria-hidden="true" />
      {t(KEYS[state])}
      {(state === "offline" || state === "reconnecting") && (
        <span className="ConnectionBadge-hint">{t("editor.connection.keptHere")}</span>
      )}
    </span>
  );
}
