import { useEffect, useLayoutEffect, useRef } from "react";
import { useI18n } from "../i18n/i18n";
import { warmUpAudio } from "./chime";
import { formatCountdown } from "./duration";
import { useTimerMuted } from "./mutePreference";
import { StartTimerMenu } from "./StartTimerMenu";
import { PauseIcon, PlayIcon, ProgressRing, RestartIcon, SoundIcon, StopIcon, TimerIcon } from "./timerIcons";
import { useTimerSession, type TimerSession } from "./TimerSession";
import { useWorkshopTimer } from "./useWorkshopTimer";
import "./WorkshopTimer.css";

/** The shared countdown in the top bar, for the map the editor page has open; nothing elsewhere. */
export function WorkshopTimer() {
  const session = useTimerSession();
  return session ? <LiveTimer session={session} /> : null;
}

function LiveTimer({ session }: { session: TimerSession }) {
  const { t } = useI18n();
  const [muted, setMuted] = useTimerMuted();
  const { timer, view, endedLive, actions } = useWorkshopTimer(session, muted);
  const openRef = useRef<HTMLButtonElement>(null);
  const pauseRef = useRef<HTMLButtonElement>(null);
  // Starting replaces the "Timer" button with the countdown and stopping the other way round: keep
  // keyboard focus on the control that took the place of the one just used.
  const focusNext = useRef<"countdown" | "start" | undefined>(undefined);
  useLayoutEffect(() => {
    const target =
      focusNext.current === "countdown" ? pauseRef.current : focusNext.current === "start" ? openRef.current : null;
    if (target) {
      target.focus();
      focusNext.current = undefined;
    }
  });

  const active = view.phase !== "idle";
  // Sound needs a gesture on the page first (Safari); any click or key while a countdown runs will do.
  useEffect(() => {
    if (!active) return undefined;
    const options = { capture: true, once: true } as const;
    window.addEventListener("pointerdown", warmUpAudio, options);
    window.addEventListener("keydown", warmUpAudio, options);
    return () => {
      window.removeEventListener("pointerdown", warmUpAudio, options);
      window.removeEventListener("keydown", warmUpAudio, options);
    };
  }, [active]);

  if (!active) {
    if (!actions) return null;
    return (
      <StartTimerMenu
        buttonRef={openRef}
        onStart={(durationMs) => {
          focusNext.current = "countdown";
          warmUpAudio();
          actions.start(durationMs);
        }}
      />
    );
  }

  const { phase } = view;
  const ended = phase === "ended";
  const fresh = ended && timer.state === "running" && endedLive === timer.endsAt;
  const startedBy = view.startedBy ? t("timer.startedBy", { name: view.startedBy }) : t("timer.startedByNobody");
  const message = phase === "paused" ? t("timer.paused") : ended ? t("timer.timesUp") : "";
  const durationMs = timer.state === "stopped" ? 0 : timer.durationMs;
  const primary = !actions
    ? undefined
    : phase === "running"
      ? { label: t("timer.pause"), run: actions.pause }
      : phase === "paused"
        ? { label: t("timer.resume"), run: actions.resume }
        : { label: t("timer.restart", { time: formatCountdown(durationMs) }), run: () => actions.start(durationMs) };
  return (
    <div
      className="WorkshopTimer"
      data-phase={phase}
      data-fresh={fresh || undefined}
      role="group"
      aria-label={t("timer.region")}
    >
      <span className="WorkshopTimer-display" title={startedBy}>
        {ended ? <TimerIcon /> : <ProgressRing fraction={view.fraction} />}
        {/* At zero the message says it all; the digits stay for screen readers, not for the eye. */}
        <span
          className={ended ? "WorkshopTimer-time visually-hidden" : "WorkshopTimer-time"}
          role="timer"
          aria-label={`${t("timer.region")}: ${formatCountdown(view.remainingMs)}`}
        >
          {formatCountdown(view.remainingMs)}
        </span>
      </span>
      {/* Always rendered, so that screen readers announce "Paused" and "Time's up" as they happen. */}
      <span className="WorkshopTimer-message" aria-live="polite">
        {message}
      </span>
      {actions && primary && (
        <span className="WorkshopTimer-controls">
          {/* One button for pause, resume and start-again, so keyboard focus stays put as the phase changes. */}
          <button
            ref={pauseRef}
            type="button"
            className="IconButton"
            aria-label={primary.label}
            title={primary.label}
            onClick={primary.run}
          >
            {phase === "running" ? <PauseIcon /> : phase === "paused" ? <PlayIcon /> : <RestartIcon />}
          </button>
          <button
            type="button"
            className="Button Button--ghost WorkshopTimer-add"
            aria-label={t("timer.addMinuteLabel")}
            title={t("timer.addMinuteLabel")}
            onClick={actions.addMinute}
          >
            {t("timer.addMinute")}
          </button>
          <button
            type="button"
            className="IconButton"
            aria-label={t("timer.stop")}
            title={t("timer.stop")}
            onClick={() => {
              focusNext.current = "start";
              actions.stop();
            }}
          >
            <StopIcon />
          </button>
        </span>
      )}
      <button
        type="button"
        className="IconButton WorkshopTimer-mute"
        aria-label={t("timer.mute")}
        title={t("timer.mute")}
        aria-pressed={muted}
        onClick={() => setMuted(!muted)}
      >
        <SoundIcon muted={muted} />
      </button>
    </div>
  );
}
