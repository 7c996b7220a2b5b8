import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from "react";
import { MAX_TIMER_MS } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { parseDuration } from "./duration";
import { TimerIcon } from "./timerIcons";

/** What facilitators reach for most: a quick check-in, a short exercise, a longer one, a break. */
export const PRESET_MINUTES = [1, 3, 5, 10, 15] as const;

interface StartTimerMenuProps {
  onStart: (durationMs: number) => void;
  /** The button that opens the menu, for focus to return to (and for the timer to focus after a stop). */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The idle timer for editors: a button opening a small popover with the presets and a custom m:ss
 * field. A popover rather than a menu because it holds a text field; Escape or a click outside
 * closes it, and arrow keys move between the presets as in the export menu.
 */
export function StartTimerMenu({ onStart, buttonRef }: StartTimerMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState("");
  const [invalid, setInvalid] = useState(false);
  const popoverId = useId();
  const customId = useId();
  const errorId = useId();
  const hintId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    rootRef.current?.querySelector<HTMLButtonElement>(".WorkshopTimer-preset")?.focus();
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  function start(durationMs: number): void {
    setOpen(false);
    setCustom("");
    setInvalid(false);
    onStart(durationMs);
  }

  function submitCustom(event: FormEvent): void {
    event.preventDefault();
    const durationMs = parseDuration(custom);
    if (durationMs === undefined) setInvalid(true);
    else start(durationMs);
  }

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
        const target = event.target as HTMLElement;
        if (open && target.classList.contains("WorkshopTimer-preset")) {
          const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
          if (step === undefined) return;
          event.preventDefault();
          const presets = [...(rootRef.current?.querySelectorAll<HTMLButtonElement>(".WorkshopTimer-preset") ?? [])];
          const index = presets.indexOf(target as HTMLButtonElement);
          presets[(index + step + presets.length) % presets.length]?.focus();
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
        <div
          id={popoverId}
          role="dialog"
          aria-label={t("timer.region")}
          aria-describedby={hintId}
          className="Menu-list WorkshopTimer-popover"
        >
          <p id={hintId} className="WorkshopTimer-hint">
            {t("timer.hint")}
          </p>
          <div className="WorkshopTimer-presets" role="group" aria-label={t("timer.presets")}>
            {PRESET_MINUTES.map((minutes) => (
              <button
                key={minutes}
                type="button"
                className="Button Button--secondary WorkshopTimer-preset"
                aria-label={t("timer.presetLabel", { minutes })}
                onClick={() => start(minutes * 60_000)}
              >
                {t("timer.preset", { minutes })}
              </button>
            ))}
          </div>
          <form className="WorkshopTimer-custom" onSubmit={submitCustom} noValidate>
            <label htmlFor={customId} className="WorkshopTimer-customLabel">
              {t("timer.custom")}
            </label>
            <div className="WorkshopTimer-customRow">
              <input
                id={customId}
                className="TextInput WorkshopTimer-customInput"
                inputMode="numeric"
                autoComplete="off"
                placeholder={t("timer.customPlaceholder")}
                value={custom}
                aria-invalid={invalid}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(event) => {
                  setCustom(event.target.value);
                  setInvalid(false);
                }}
              />
              <button type="submit" className="Button Button--primary">
                {t("timer.customStart")}
              </button>
            </div>
            {invalid && (
              <p id={errorId} className="WorkshopTimer-error" role="alert">
                {t("timer.customInvalid", { max: MAX_TIMER_MS / 60_000 })}
              </p>
            )}
          </form>
        </div>
      )}
    </div>
  );
}
