import { useState } from "react";
import type { CommentMessage, CommentThread, Locale } from "@kundresa/shared";
import { colorForName, initialsOf } from "../../collab/identity";
import { CheckIcon, PencilIcon, TrashIcon } from "../controls/icons";
import type { Translate } from "../panelText";
import { CommentComposer } from "./CommentComposer";
import { registerMessages } from "../../i18n/i18n";
import * as commentsMessages from "../../i18n/messages/comments";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(commentsMessages);

export interface ThreadActions {
  onReply: (threadId: string, text: string) => void;
  onResolve: (threadId: string, resolved: boolean) => void;
  onDelete: (threadId: string) => void;
  /** Replaces the words of one's own message (already trimmed, never empty). */
  onEdit: (threadId: string, messageId: string, text: string) => void;
}

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

function Message({
  message,
  now,
  locale,
  t,
  onEdit,
}: {
  message: CommentMessage;
  now: number;
  locale: Locale;
  t: Translate;
  /** Given only for the local person's own messages on a map they may edit. */
  onEdit: ((text: string) => void) | undefined;
}) {
  const [editing, setEditing] = useState(false);
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
      </div>
    </li>
  );
}

/** One thread: its messages, then reply, resolve/reopen and delete for people who may edit. */
export function CommentThreadView({
  thread,
  now,
  locale,
  t,
  readOnly,
  actions,
  author,
}: {
  thread: CommentThread;
  now: number;
  locale: Locale;
  t: Translate;
  readOnly: boolean;
  actions: ThreadActions;
  /** The local person's name: the messages they may edit are the ones written under it. */
  author: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const last = thread.messages.at(-1);
  return (
    <article
      className="comment-thread"
      data-resolved={thread.resolved || undefined}
      data-thread-id={thread.id}
      aria-label={t("comments.replies", { count: thread.messages.length })}
    >
      {thread.resolved && (
        <p className="comment-thread-state">
          <CheckIcon size={14} /> {t("comments.resolved")}
        </p>
      )}
      <ol className="comment-messages">
        {thread.messages.map((message) => (
          <Message
            key={message.id}
            message={message}
            now={now}
            locale={locale}
            t={t}
            onEdit={
              !readOnly && author !== "" && message.author === author
                ? (text) => actions.onEdit(thread.id, message.id, text)
                : undefined
            }
          />
        ))}
      </ol>
      {!readOnly && (
        <div className="comment-thread-actions">
          <CommentComposer
            label={t("comments.reply.label", { author: last?.author ?? "" })}
            placeholder={t("comments.reply.placeholder")}
            submitLabel={t("comments.reply.submit")}
            rows={1}
            t={t}
            onSubmit={(text) => actions.onReply(thread.id, text)}
          />
          <div className="comment-thread-buttons">
            <button
              type="button"
              className="panel-button panel-button--quiet"
              onClick={() => actions.onResolve(thread.id, !thread.resolved)}
            >
              {thread.resolved ? t("comments.reopen") : t("comments.resolve")}
            </button>
            {confirming ? (
              <span className="comment-confirm" role="group" aria-label={t("comments.delete.question")}>
                <span className="comment-confirm-text">{t("comments.delete.question")}</span>
                <button type="button" className="panel-button" autoFocus onClick={() => setConfirming(false)}>
                  {t("comments.delete.cancel")}
                </button>
                <button
                  type="button"
                  className="panel-button panel-button--danger"
                  onClick={() => actions.onDelete(thread.id)}
                >
                  {t("comments.delete.confirm")}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="panel-button panel-button--quiet-danger"
                aria-label={t("comments.delete")}
                title={t("comments.delete")}
                onClick={() => setConfirming(true)}
              >
                <TrashIcon size={14} />
              </button>
            )}
          </div>
        </div>
      )}
    </article>
  );
}
