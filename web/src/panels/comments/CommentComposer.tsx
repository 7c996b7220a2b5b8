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
  /** Editing a message: the box starts with its words, takes the focus, and Esc or Cancel gives up. */
  initialText?: string;
  onCancel?: () => void;
  cancelLabel?: string;
  /** The keys line under the box; "Ctrl+Enter sends" unless told. */
  hint?: string;
}

/** A text box with a send button; Ctrl+Enter (Cmd+Enter on a Mac) sends, Enter alone breaks the line. */
export function CommentComposer(props: CommentComposerProps) {
  const {
    label,
    placeholder,
    submitLabel,
    t,
    onSubmit,
    rows = 3,
    initialText = "",
    onCancel,
    cancelLabel,
    hint,
  } = props;
  const [text, setText] = useState(initialText);
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
    } else if (event.key === "Escape" && onCancel) {
      // Esc gives up the edit and nothing more: a dialog or popover around stays open.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
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
        autoFocus={onCancel !== undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="comment-composer-row">
        <span id={`${id}-hint`} className="comment-composer-hint">
          {hint ?? t("comments.send.hint")}
        </span>
        {onCancel && (
          <button type="button" className="panel-button panel-button--quiet" onClick={onCancel}>
            {cancelLabel}
          </button>
        )}
        <button type="submit" className="panel-button panel-button--primary" disabled={trimmed === ""}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
