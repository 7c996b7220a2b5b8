import { useState } from "react";
import type { CommentMessage, Locale } from "@kundresa/shared";
import { colorForName, initialsOf } from "../../collab/identity";
import { PencilIcon, TrashIcon } from "../controls/icons";
import type { Translate } from "../panelText";
import { CommentComposer } from "./CommentComposer";
import { DeleteConfirm } from "./DeleteConfirm";

/** "3 min ago", "yesterday", or the date: how long ago matters in a workshop, the exact time on hover. */
export function whenWritten(createdAt: string, now: number, locale: Locale, t: Translate): string {
  const at = Date.parse(createdAt);
  const seconds = Math.round((at - now) / 1000);
  if (Math.abs(seconds) < 45) return t("comments.justNow");
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, "hour");
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 7) return relative.format(days, "day");
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(at);
}

/** One message in a thread; its author may correct it, and take it back if it is a reply. */
export function CommentMessageView({
  message,
  now,
  locale,
  t,
  onEdit,
  onDelete,
}: {
  message: CommentMessage;
  now: number;
  locale: Locale;
  t: Translate;
  /** Given only for the local person's own messages on a map they may edit. */
  onEdit: ((text: string) => void) | undefined;
  /** As `onEdit`, and only for replies: the opening message goes with its thread. */
  onDelete: (() => void) | undefined;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const exactTime = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(Date.parse(iso));
  const written = whenWritten(message.createdAt, now, locale, t);
  return (
    <li className="comment-message" data-editing={editing || undefined}>
      <span className="comment-avatar" style={{ background: colorForName(message.author) }} aria-hidden="true">
        {initialsOf(message.author)}
      </span>
      <div className="comment-message-body">
        <p className="comment-message-meta">
          <span className="comment-author">{message.author || "?"}</span>
          <time dateTime={message.createdAt} title={exactTime(message.createdAt)}>
            {written}
          </time>
          {message.editedAt !== undefined && (
            <span className="comment-edited" title={t("comments.edited.at", { when: exactTime(message.editedAt) })}>
              · {t("comments.edited")}
            </span>
          )}
          {onEdit && !editing && (
            <button
              type="button"
              className="comment-edit-button"
              aria-label={t("comments.edit.title")}
              title={t("comments.edit.title")}
              onClick={() => setEditing(true)}
            >
              <PencilIcon size={13} />
              <span>{t("comments.edit")}</span>
            </button>
          )}
          {onDelete && !editing && !confirming && (
            <button
              type="button"
              className="comment-edit-button comment-edit-button--danger"
              aria-label={t("comments.deleteMessage")}
              title={t("comments.deleteMessage")}
              onClick={() => setConfirming(true)}
            >
              <TrashIcon size={13} />
            </button>
          )}
        </p>
        {editing && onEdit ? (
          <CommentComposer
            label={t("comments.edit.label", { when: written })}
            placeholder=""
            submitLabel={t("comments.edit.save")}
            cancelLabel={t("comments.edit.cancel")}
            hint={t("comments.edit.hint")}
            initialText={message.text}
            rows={Math.min(6, message.text.split("\n").length + 1)}
            t={t}
            onCancel={() => setEditing(false)}
            onSubmit={(text) => {
              // Saving the words unchanged is closing the box, not an edit anyone should see.
              if (text !== message.text) onEdit(text);
              setEditing(false);
            }}
          />
        ) : (
          <p className="comment-text">{message.text}</p>
        )}
        {confirming && onDelete && (
          <DeleteConfirm
            question={t("comments.deleteMessage.question")}
            t={t}
            onKeep={() => setConfirming(false)}
            onDelete={onDelete}
          />
        )}
      </div>
    </li>
  );
}
