import type { Translate } from "../panelText";

/**
 * The inline "really delete, for everyone?" step a thread and a reply both take: comments are
 * outside undo, so this is the only guard. Keep takes the focus, so Enter right after the click keeps.
 */
export function DeleteConfirm({
  question,
  t,
  onKeep,
  onDelete,
}: {
  question: string;
  t: Translate;
  onKeep: () => void;
  onDelete: () => void;
}) {
  return (
    <span className="comment-confirm" role="group" aria-label={question}>
      <span className="comment-confirm-text">{question}</span>
      <button type="button" className="panel-button" autoFocus onClick={onKeep}>
        {t("comments.delete.cancel")}
      </button>
      <button type="button" className="panel-button panel-button--danger" onClick={onDelete}>
        {t("comments.delete.confirm")}
      </button>
    </span>
  );
}
