import { Component, type ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { Logo } from "./Logo";
import "./RouteLoading.css";

/**
 * What shows while the editor's code arrives: the editor's own frame (top bar, tool rail, canvas,
 * side panel) drawn empty, so the page does not flash blank and nothing jumps when it is replaced.
 */
export function EditorLoading() {
  const { t } = useI18n();
  return (
    <div className="RouteLoading">
      <div className="RouteLoading-bar">
        <Logo name={t("app.name")} />
      </div>
      <div className="RouteLoading-body">
        <div className="RouteLoading-rail" />
        <div className="RouteLoading-canvas">
          <p className="RouteLoading-status" role="status">
            <span className="RouteLoading-spinner" aria-hidden="true" />
            {t("loading.editor")}
          </p>
        </div>
        <div className="RouteLoading-panel" />
      </div>
    </div>
  );
}

/** The start page's bar while its code arrives; the page below is quick to follow. */
export function StartLoading() {
  const { t } = useI18n();
  return (
    <div className="RouteLoading-bar RouteLoading-bar--start">
      <Logo name={t("app.name")} />
    </div>
  );
}

function LoadFailed() {
  const { t } = useI18n();
  return (
    <main className="RouteLoading-failed">
      <div className="RouteLoading-failedCard" role="alert">
        <Logo name={t("app.name")} />
        <h1>{t("loading.failed")}</h1>
        <p>{t("loading.failedText")}</p>
        <button type="button" className="Button Button--primary" onClick={() => location.reload()}>
          {t("loading.reload")}
        </button>
      </div>
    </main>
  );
}

/** Catches a failed download of a screen's chunk (offline, a newer deploy), which would otherwise blank the page. */
export class ChunkBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}
