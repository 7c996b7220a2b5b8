/* The timer's icons, drawn on the 20-unit grid and stroke style of the top bar's other icons. */

export function TimerIcon() {
  return (
    <svg className="WorkshopTimer-icon" viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="10" cy="11" r="6.5" />
      <path d="M10 7.5V11l2.2 1.6M8 2.5h4M15.2 5.3l1.3-1.3" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M7.5 5v10M12.5 5v10" />
    </svg>
  );
}

export function PlayIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M7 4.8v10.4L15.2 10z" />
    </svg>
  );
}

export function RestartIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M4.5 10a5.5 5.5 0 1 0 1.8-4.1M4.5 3.5v3h3" />
    </svg>
  );
}

export function StopIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <rect x="5.5" y="5.5" width="9" height="9" rx="1.5" />
    </svg>
  );
}

export function SoundIcon({ muted }: { muted: boolean }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M4 8h2.5L10 5v10l-3.5-3H4z" />
      {muted ? <path d="M13 8l4 4M17 8l-4 4" /> : <path d="M13 7.5a3.5 3.5 0 0 1 0 5M15 5.5a6.5 6.5 0 0 1 0 9" />}
    </svg>
  );
}

/** How much of the countdown is left, as a ring that empties clockwise. */
export function ProgressRing({ fraction }: { fraction: number }) {
  const circumference = 2 * Math.PI * 8;
  const left = Math.min(1, Math.max(0, fraction));
  return (
    <svg className="WorkshopTimer-ring" viewBox="0 0 20 20" aria-hidden="true">
      <circle className="WorkshopTimer-ringTrack" cx="10" cy="10" r="8" />
      <circle
        className="WorkshopTimer-ringLeft"
        cx="10"
        cy="10"
        r="8"
        strokeDasharray={circumference}
        strokeDashoffset={circumference * (1 - left)}
        transform="rotate(-90 10 10)"
      />
    </svg>
  );
}
