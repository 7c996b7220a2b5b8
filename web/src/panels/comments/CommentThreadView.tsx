import { useState } from "react";
import type { CommentThread, Locale } from "@kundresa/shared";
import { CheckIcon, TrashIcon } from "../controls/icons";
import type { Translate } from "../panelText";
import { CommentComposer } from "./CommentComposer";
import { CommentMessageView } from "./CommentMessageView";
import { DeleteConfirm } from "./DeleteConfirm";
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
  /** Takes back one of one's own replies. */
  onDeleteMessage: (threadId: string, messageId: string) => void;
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
        {thread.messages.map((message, index) => {
          const own = !readOnly && author !== "" && message.author === author;
          return (
            <CommentMessageView
              key={message.id}
              message={message}
              now={now}
              locale={locale}
              t={t}
              onEdit={own ? (text) => actions.onEdit(thread.id, message.id, text) : undefined}
              onDelete={own && index > 0 ? () => actions.onDeleteMessage(thread.id, message.id) : undefined}
            />
          );
        })}
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
              <DeleteConfirm
                question={t("comments.delete.question")}
                t={t}
                onKeep={() => setConfirming(false)}
                onDelete={() => actions.onDelete(thread.id)}
              />
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
