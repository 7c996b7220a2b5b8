import { useEffect, useState } from "react";
import { MapsApiError, probeAccess, replaceMapTokens } from "../api/mapsApi";
import { editorPath, navigate } from "../app/router";
import { rememberMap } from "../start/recentMaps";
import { useI18n } from "../i18n/i18n";
import { ModalDialog } from "./ModalDialog";
import "./ShareDialog.css";

/** The live connection, paused while the links are replaced so the old token's 4401 is never shown. */
interface SyncConnection {
  connect(): void;
  disconnect(): void;
}

interface ShareDialogProps {
  mapId: string;
  editToken?: string;
  viewToken?: string;
  connection?: SyncConnection;
  onClose: () => void;
}

function LinkRow({ label, hint, url }: { label: string; hint: string; url: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 1800);
    } catch {
      // No clipboard permission: the link is selected in the field for a manual copy.
      document.getElementById(`share-${label}`)?.focus();
    }
  }
  return (
    <div className="ShareDialog-row">
      <label className="ShareDialog-label" htmlFor={`share-${label}`}>
        {label}
      </label>
      <p className="ShareDialog-hint">{hint}</p>
      <div className="ShareDialog-field">
        <input
          id={`share-${label}`}
          className="TextInput"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="Button Button--primary" onClick={() => void copy()} aria-live="polite">
          {copied ? t("editor.share.copied") : t("editor.share.copy")}
        </button>
      </div>
    </div>
  );
}

/**
 * Replacing both links: a two-step button, then the editor reopens on the new edit link (a new
 * session), and this device remembers both new links.
 */
function ReplaceLinks({
  mapId,
  editToken,
  connection,
}: {
  mapId: string;
  editToken: string;
  connection?: SyncConnection;
}) {
  const { t } = useI18n();
  const [step, setStep] = useState<"idle" | "confirm" | "working" | "done">("idle");
  const [error, setError] = useState<string | undefined>();
  async function replace() {
    setStep("working");
    setError(undefined);
    connection?.disconnect();
    try {
      const tokens = await replaceMapTokens(mapId, editToken);
      rememberMap({ id: mapId, ...tokens });
      setStep("done");
      navigate(editorPath(mapId, tokens.editToken), { replace: true });
    } catch (caught) {
      connection?.connect();
      setStep("confirm");
      setError(caught instanceof MapsApiError || caught instanceof Error ? caught.message : String(caught));
    }
  }
  return (
    <section className="ShareDialog-replace" aria-labelledby="share-replace-title">
      <h3 id="share-replace-title" className="ShareDialog-label">
        {t("editor.share.replace.title")}
      </h3>
      <p className="ShareDialog-hint">{t("editor.share.replace.text")}</p>
      {step === "idle" && (
        <button type="button" className="Button Button--secondary" onClick={() => setStep("confirm")}>
          {t("editor.share.replace.start")}
        </button>
      )}
      {(step === "confirm" || step === "working") && (
        <div className="ShareDialog-confirm" role="group" aria-label={t("editor.share.replace.confirm")}>
          <span>{t("editor.share.replace.confirm")}</span>
          <button
            type="button"
            className="Button Button--ghost"
            onClick={() => setStep("idle")}
            disabled={step === "working"}
          >
            {t("editor.share.replace.cancel")}
          </button>
          <button
            type="button"
            className="Button Button--danger"
            onClick={() => void replace()}
            disabled={step === "working"}
          >
            {t("editor.share.replace.do")}
          </button>
        </div>
      )}
      {step === "done" && (
        <p className="ShareDialog-done" role="status">
          {t("editor.share.replace.done")}
        </p>
      )}
      {error && (
        <p className="ShareDialog-error" role="alert">
          {t("editor.share.replace.failed", { reason: error })}
        </p>
      )}
    </section>
  );
}

/**
 * The view token: the one this device knows, else (for an edit link opened here) asked of the
 * server, which can give it for every map whose view token derives from its edit token.
 * `undefined` while asking, `null` when there is none to be had.
 */
function useViewToken(mapId: string, editToken: string | undefined, known: string | undefined) {
  const [fetched, setFetched] = useState<{ for: string; viewToken: string | null } | undefined>();
  useEffect(() => {
    if (known || !editToken) return undefined;
    let live = true;
    void probeAccess(mapId, editToken).then(({ viewToken }) => {
      if (!live) return;
      if (viewToken) rememberMap({ id: mapId, viewToken });
      setFetched({ for: editToken, viewToken: viewToken ?? null });
    });
    return () => {
      live = false;
    };
  }, [mapId, editToken, known]);
  if (known) return known;
  if (!editToken) return null;
  return fetched?.for === editToken ? fetched.viewToken : undefined;
}

/** The edit and view links of this map, each with a copy button; edit holders may replace both. */
export function ShareDialog({ mapId, editToken, viewToken: knownViewToken, connection, onClose }: ShareDialogProps) {
  const { t } = useI18n();
  const viewToken = useViewToken(mapId, editToken, knownViewToken);
  const link = (token: string) => `${location.origin}${editorPath(mapId, token)}`;
  return (
    <ModalDialog title={t("editor.share.title")} onClose={onClose}>
      {editToken && <LinkRow label={t("editor.share.edit")} hint={t("editor.share.editHint")} url={link(editToken)} />}
      {viewToken && <LinkRow label={t("editor.share.view")} hint={t("editor.share.viewHint")} url={link(viewToken)} />}
      {viewToken === undefined && (
        <p className="ShareDialog-missing" role="status">
          {t("editor.share.findingViewLink")}
        </p>
      )}
      {viewToken === null && <p className="ShareDialog-missing">{t("editor.share.noViewLink")}</p>}
      {editToken && <ReplaceLinks mapId={mapId} editToken={editToken} connection={connection} />}
    </ModalDialog>
  );
}
