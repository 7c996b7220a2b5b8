import { useState } from "react";
import { editorPath } from "../app/router";
import { useI18n } from "../i18n/i18n";
import { ModalDialog } from "./ModalDialog";
import "./ShareDialog.css";

interface ShareDialogProps {
  mapId: string;
  editToken?: string;
  viewToken?: string;
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

/** The edit and view links of this map, each with a copy button. */
export function ShareDialog({ mapId, editToken, viewToken, onClose }: ShareDialogProps) {
  const { t } = useI18n();
  const link = (token: string) => `${location.origin}${editorPath(mapId, token)}`;
  return (
    <ModalDialog title={t("editor.share.title")} onClose={onClose}>
      {editToken && <LinkRow label={t("editor.share.edit")} hint={t("editor.share.editHint")} url={link(editToken)} />}
      {viewToken && <LinkRow label={t("editor.share.view")} hint={t("editor.share.viewHint")} url={link(viewToken)} />}
      {!viewToken && <p className="ShareDialog-missing">{t("editor.share.noViewLink")}</p>}
    </ModalDialog>
  );
}
