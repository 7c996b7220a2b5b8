import { useState, type KeyboardEvent, type Ref } from "react";
import { LIMITS } from "@kundresa/shared";
import "./controls.css";

export interface CommitTextFieldProps {
  /** The committed value (what the map holds). */
  value: string;
  /** Called once per edit, on blur or Enter, and only when the text changed. */
  onCommit: (next: string) => void;
  /** Called on Escape (after the draft is reverted), e.g. to close an "add" row. */
  onCancel?: () => void;
  id?: string;
  /** Accessible name when there is no `<label htmlFor={id}>`. */
  ariaLabel?: string;
  ariaDescribedBy?: string;
  placeholder?: string;
  className?: string;
  /**
   * `false` (default): a one-line input, Enter commits. `"notes"`: a textarea where Enter is a new
   * line and Ctrl/⌘+Enter commits. `"wrap"`: a textarea that grows with its text but Enter commits
   * (one logical line that may be long, like a pain point).
   */
  multiline?: false | "notes" | "wrap";
  rows?: number;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}

/**
 * A text field that shows typing at once but tells the map only when the user is done (blur or
 * Enter): each commit is one undo step and one Yjs update, so committing every keystroke would flood
 * both. Escape throws the draft away. While the user is not editing, the field follows `value`, so a
 * collaborator's edit shows up; while they are, their draft wins until they commit or cancel.
 * An "add another" input is the same field with `value=""`: after a commit it is empty again.
 */
export function CommitTextField({
  value,
  onCommit,
  onCancel,
  id,
  ariaLabel,
  ariaDescribedBy,
  placeholder,
  className,
  multiline = false,
  rows,
  autoFocus,
  inputRef,
}: CommitTextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;

  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft !== value) onCommit(draft);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === "Escape") {
      if (draft !== null) {
        // Only swallow Escape when it reverted something: otherwise it may close a dialog or popover.
        event.stopPropagation();
        event.preventDefault();
      }
      setDraft(null);
      onCancel?.();
      return;
    }
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    if (multiline === "notes" && !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    commit();
  };

  const common = {
    id,
    "aria-label": ariaLabel,
    "aria-describedby": ariaDescribedBy,
    placeholder,
    className: ["commit-field", multiline ? "commit-field--multiline" : "", className ?? ""].join(" ").trim(),
    value: shown,
    maxLength: LIMITS.maxStringLength,
    autoFocus,
    onKeyDown,
    onBlur: commit,
    spellCheck: true,
  };

  if (multiline) {
    return (
      <textarea
        {...common}
        ref={inputRef}
        rows={rows ?? (multiline === "notes" ? 3 : 1)}
        onChange={(event) => setDraft(event.target.value)}
      />
    );
  }
  return <input {...common} ref={inputRef} type="text" onChange={(event) => setDraft(event.target.value)} />;
}
