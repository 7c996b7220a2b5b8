import { useId, useState, type FormEvent } from "react";
import { editorPath, navigate, parseEditorLink } from "../app/router";
import { useI18n } from "../i18n/i18n";
import { registerMessages } from "../i18n/i18n";
import * as startMessages from "../i18n/messages/start";

// The start page is a route of its own, and its words come with it (see i18n/messages.ts).
registerMessages(startMessages);

/** Paste a map link someone shared (edit or view) and open it. */
export function OpenLinkForm() {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const link = parseEditorLink(text);
    if (!link) {
      setInvalid(true);
      return;
    }
    navigate(editorPath(link.mapId, link.token));
  }

  return (
    <form className="OpenLinkForm" onSubmit={submit} noValidate>
      <label htmlFor={inputId} className="StartPage-sectionTitle">
        {t("start.link.title")}
      </label>
      <div className="OpenLinkForm-row">
        <input
          id={inputId}
          className="TextInput"
          value={text}
          placeholder={t("start.link.placeholder")}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setInvalid(false);
          }}
        />
        <button type="submit" className="Button Button--secondary" disabled={text.trim() === ""}>
          {t("start.link.open")}
        </button>
      </div>
      {invalid && (
        <p id={errorId} className="OpenLinkForm-error">
          {t("start.link.invalid")}
        </p>
      )}
    </form>
  );
}
