import { MAX_TIMER_MS } from "@kundresa/shared";

/**
 * The countdown as people read it: `mm:ss`, minutes growing past 59 for the rare long exercise.
 * Seconds round up, so "00:01" is the last second and "00:00" appears exactly when time is up.
 */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * A duration typed by a facilitator, in ms: `m:ss` ("0:05", "2:30", "12:00") or whole minutes ("5").
 * `undefined` for anything else, zero, or longer than the longest timer.
 */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d{1,3})(?:\s*[:.]\s*(\d{1,2}))?\s*$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]);
  const seconds = match[2] === undefined ? 0 : Number(match[2]);
  // "1:5" is ambiguous (1:05 or 1:50?), so seconds take two digits.
  if (match[2] !== undefined && match[2].length !== 2) return undefined;
  if (seconds > 59) return undefined;
  const ms = (minutes * 60 + seconds) * 1000;
  return ms > 0 && ms <= MAX_TIMER_MS ? ms : undefined;
}
