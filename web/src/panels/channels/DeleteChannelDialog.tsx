import { useId, useState } from "react";
import { Dialog } from "../controls/Dialog";
import type { Translate } from "../panelText";
import { registerMessages } from "../../i18n/i18n";
import * as channelPanelMessages from "../../i18n/messages/channelPanel";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(channelPanelMessages);

export interface DeleteChannelDialogProps {
  name: string;
  usage: number;
  t: Translate;
  onConfirm: (options: { stripFromTouchpoints: boolean }) => void;
  onCancel: () => void;
}

/** Says how many touchpoints use the channel and lets the team choose what happens to them. */
export function DeleteChannelDialog({ name, usage, t, onConfirm, onCancel }: DeleteChannelDialogProps) {
  const [strip, setStrip] = useState(true);
  const group = useId();

  return (
    <Dialog
      title={t("panels.channels.delete.title", { name })}
      tone="danger"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="panel-button" onClick={onCancel}>
            {t("panels.cancel")}
          </button>
          <button
            type="button"
            className="panel-button panel-button--danger"
            onClick={() => onConfirm({ stripFromTouchpoints: usage === 0 || strip })}
          >
            {t("panels.channels.delete.confirm")}
          </button>
        </>
      }
    >
      {usage === 0 ? (
        <p>{t("panels.channels.delete.unused")}</p>
      ) : (
        <fieldset className="channel-delete-choices">
          <legend>
            {t(usage === 1 ? "panels.channels.delete.used.one" : "panels.channels.delete.used.other", { n: usage })}
          </legend>
          <label className="choice">
            <input type="radio" name={group} checked={strip} onChange={() => setStrip(true)} />
            <span className="choice-text">
              <span className="choice-title">{t("panels.channels.delete.strip")}</span>
              <span className="choice-detail">{t("panels.channels.delete.stripDetail")}</span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name={group} checked={!strip} onChange={() => setStrip(false)} />
            <span className="choice-text">
              <span className="choice-title">{t("panels.channels.delete.keep")}</span>
              <span className="choice-detail">{t("panels.channels.delete.keepDetail")}</span>
            </span>
          </label>
        </fieldset>
      )}
    </Dialog>
  );
}
