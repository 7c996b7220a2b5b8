import { Suspense, useEffect, useId, useRef, useState, type RefObject } from "react";
import { LazyStartTimerPopover } from "../editor/lazyEditorParts";
import { useI18n } from "../i18n/i18n";
import { TimerIcon } from "./timerIcons";

interface StartTimerMenuProps {
  onStart: (durationMs: number) => void;
  /** The button that opens the menu, for focus to return to (and for the timer to focus after a stop). */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The idle timer for editors: a button opening a small popover (`StartTimerPopover`) with the
 * presets and a custom m:ss field. A popover rather than a menu because it holds a text field;
 * Escape or a click outside closes it.
 */
export function StartTimerMenu({ onStart, buttonRef }: StartTimerMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const popoverId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  return (
    <div
      className="Menu WorkshopTimer-start"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="Button Button--ghost WorkshopTimer-open"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        aria-label={t("timer.openLabel")}
        title={t("timer.openLabel")}
        onClick={() => setOpen((value) => !value)}
      >
        <TimerIcon />
        {t("timer.open")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LazyStartTimerPopover
            id={popoverId}
            onStart={(durationMs) => {
              setOpen(false);
              onStart(durationMs);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
