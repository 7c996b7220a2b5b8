import { useId, useState, type KeyboardEvent } from "react";
import { LIMITS } from "@kundresa/shared";
import type { Translate } from "../panelText";
import { registerMessages } from "../../i18n/i18n";
import * as commentsMessages from "../../i18n/messages/comments";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(commentsMessages);

export interface CommentComposerProps {
  label: string;
  placeholder: string;
  submitLabel: string;
  t: Translate;
  /** Sends the text (already trimmed, never empty); the composer empties itself after. */
  onSubmit: (text: string) => void;
  /** A reply box starts as one line; a new thread's as three. */
  rows?: number;
}

/** A text box with a send button; Ctrl+Enter (Cmd+Enter on a Mac) sends, Enter alone breaks the line. */
export function CommentComposer({ label, placeholder, submitLabel, t, onSubmit, rows = 3 }: CommentComposerProps) {
  const [text, setText] = useState("");
  const id = useId();
  const trimmed = text.trim();
  const send = () => {
    if (trimmed === "") return;
    onSubmit(trimmed);
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };
  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="panel-input comment-composer-input"
        value={text}
        rows={rows}
        maxLength={LIMITS.maxStringLength}
        placeholder={placeholder}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="comment-composer-row">
        <span id={`${id}-hint`} className="comment-composer-hint">
          {t("comments.send.hint")}
        </span>
        <button type="submit" className="panel-button panel-button--primary" disabled={trimmed === ""}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
