import { useEffect, useId, useRef, type ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

interface ModalDialogProps {
  title: string;
  onClose?: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A native modal `<dialog>`: focus trap, Escape and the backdrop come from the browser. Without
 * `onClose` it cannot be dismissed (the name prompt must be answered).
 */
export function ModalDialog({ title, onClose, children, className }: ModalDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      // jsdom has no showModal; the dialog then opens as a plain element (tests only).
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`Dialog ${className ?? ""}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
    >
      <div className="Dialog-header">
        <h2 id={titleId} className="Dialog-title">
          {title}
        </h2>
        {onClose && (
          <button type="button" className="IconButton" aria-label={t("editor.dialog.close")} onClick={onClose}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        )}
      </div>
      <div className="Dialog-body">{children}</div>
    </dialog>
  );
}
