import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { MAX_TIMER_MS } from "@kundresa/shared";
import { registerMessages, useI18n } from "../i18n/i18n";
import * as timerPopoverMessages from "../i18n/messages/timerPopover";
import { parseDuration } from "./duration";

registerMessages(timerPopoverMessages);

/** What facilitators reach for most: a quick check-in, a short exercise, a longer one, a break. */
export const PRESET_MINUTES = [1, 3, 5, 10, 15] as const;

export interface StartTimerPopoverProps {
  id: string;
  onStart: (durationMs: number) => void;
}

/**
 * The open timer popover: the presets and a custom m:ss field. Its own chunk, fetched when the
 * menu first opens (or by the editor's background prefetch): nobody needs it for the map's first
 * paint. The first preset takes focus on opening; arrow keys move between the presets.
 */
export function StartTimerPopover({ id, onStart }: StartTimerPopoverProps) {
  const { t } = useI18n();
  const [custom, setCustom] = useState("");
  const [invalid, setInvalid] = useState(false);
  const customId = useId();
  const errorId = useId();
  const hintId = useId();
  const presetsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    presetsRef.current?.querySelector("button")?.focus();
  }, []);

  function submitCustom(event: FormEvent): void {
    event.preventDefault();
    const durationMs = parseDuration(custom);
    if (durationMs === undefined) setInvalid(true);
    else onStart(durationMs);
  }

  return (
    <div
      id={id}
      role="dialog"
      aria-label={t("timer.region")}
      aria-describedby={hintId}
      className="Menu-list WorkshopTimer-popover"
    >
      <p id={hintId} className="WorkshopTimer-hint">
        {t("timer.hint")}
      </p>
      <div
        ref={presetsRef}
        className="WorkshopTimer-presets"
        role="group"
        aria-label={t("timer.presets")}
        onKeyDown={(event) => {
          const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
          if (step === undefined) return;
          event.preventDefault();
          const presets = [...(presetsRef.current?.querySelectorAll("button") ?? [])];
          const index = presets.indexOf(event.target as HTMLButtonElement);
          presets[(index + step + presets.length) % presets.length]?.focus();
        }}
      >
        {PRESET_MINUTES.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="Button Button--secondary WorkshopTimer-preset"
            aria-label={t("timer.presetLabel", { minutes })}
            onClick={() => onStart(minutes * 60_000)}
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
  );
}
