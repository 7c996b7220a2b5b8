import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n";
import { ModalDialog } from "./ModalDialog";

/** Asked once per device: the name colleagues see on your cursor and avatar. */
export function NamePrompt({ onDone }: { onDone: (name: string) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() !== "") onDone(name.trim());
  }
  return (
    <ModalDialog title={t("editor.name.title")}>
      <form onSubmit={submit}>
        <p className="NamePrompt-text">{t("editor.name.text")}</p>
        <label className="visually-hidden" htmlFor="name-prompt-input">
          {t("editor.name.label")}
        </label>
        <input
          id="name-prompt-input"
          className="TextInput"
          style={{ width: "100%" }}
          autoFocus
          maxLength={40}
          value={name}
          placeholder={t("editor.name.placeholder")}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="Dialog-actions">
          <button type="submit" className="Button Button--primary" disabled={name.trim() === ""}>
            {t("editor.name.submit")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
