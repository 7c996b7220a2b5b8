import * as Y from "yjs";

/**
 * The workshop timer: session state beside the map, in the document's `timer` root (a Y.Map of plain
 * values), so everyone on the map sees the same countdown live. It is not part of the journey map:
 * the reader, the export and the per-user undo stack never look at this root.
 *
 * | field         | running                            | paused                 | stopped   |
 * | `state`       | "running"                          | "paused"               | "stopped" |
 * | `durationMs`  | the whole countdown                | the whole countdown    | null      |
 * | `endsAt`      | ms since the epoch, server's clock | null                   | null      |
 * | `remainingMs` | null                               | what was left at pause | null      |
 * | `startedBy`   | a name, for the tooltip            | the same               | null      |
 *
 * Every write sets all five fields. Yjs resolves two concurrent writes of one key by client id, the
 * same way for every key both wrote, so writing them all makes one writer's whole state win on every
 * replica: a concurrent pause and start can never mix into a running timer with a paused remainder.
 */
export const TIMER_ROOT = "timer";

export const TIMER_FIELDS = ["state", "durationMs", "endsAt", "remainingMs", "startedBy"] as const;

/** Long enough for any workshop exercise; a longer countdown is almost certainly a typo. */
export const MAX_TIMER_MS = 180 * 60_000;

/** Names are shown in a tooltip only; a longer one is garbage, not a person. */
export const MAX_STARTED_BY_LENGTH = 200;

export type TimerState = "running" | "paused" | "stopped";

export type Timer =
  | { state: "stopped" }
  | { state: "running"; durationMs: number; endsAt: number; startedBy: string }
  | { state: "paused"; durationMs: number; remainingMs: number; startedBy: string };

export const STOPPED_TIMER: Timer = { state: "stopped" };

function isDuration(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0 && (value as number) <= MAX_TIMER_MS;
}

/** The `timer` root, or `undefined` when this process opened the name as another shared type. */
export function timerRoot(doc: Y.Doc): Y.Map<unknown> | undefined {
  try {
    return doc.getMap<unknown>(TIMER_ROOT);
  } catch {
    return undefined;
  }
}

/** A plain reading of the stored fields; anything that is not a consistent timer reads as stopped. */
export function parseTimer(fields: Readonly<Record<string, unknown>>): Timer {
  const { state, durationMs, endsAt, remainingMs } = fields;
  // The name only decorates a tooltip, so a missing or odd one costs the name, not the timer.
  const startedBy =
    typeof fields.startedBy === "string" && fields.startedBy.length <= MAX_STARTED_BY_LENGTH ? fields.startedBy : "";
  if (!isDuration(durationMs)) return STOPPED_TIMER;
  if (state === "running" && Number.isSafeInteger(endsAt) && (endsAt as number) > 0) {
    return { state, durationMs, endsAt: endsAt as number, startedBy };
  }
  if (state === "paused" && Number.isSafeInteger(remainingMs)) {
    const remaining = remainingMs as number;
    if (remaining > 0 && remaining <= durationMs) return { state, durationMs, remainingMs: remaining, startedBy };
  }
  return STOPPED_TIMER;
}

/** The timer as the document holds it now. Never throws: any client may write anything here. */
export function readTimer(doc: Y.Doc): Timer {
  const root = timerRoot(doc);
  if (root === undefined) return STOPPED_TIMER;
  const fields: Record<string, unknown> = {};
  for (const field of TIMER_FIELDS) {
    const value = root.get(field);
    // A shared type in a field is garbage like any other; reading only plain values keeps the result plain.
    fields[field] = value instanceof Y.AbstractType ? undefined : value;
  }
  return parseTimer(fields);
}

/**
 * What is left at `now` (the server's clock, see `estimateClockOffset`), never below zero and never
 * more than the whole duration (a writer whose clock ran ahead must not show 6:00 on a 5-minute timer).
 */
export function remainingMs(timer: Timer, now: number): number {
  switch (timer.state) {
    case "stopped":
      return 0;
    case "paused":
      return timer.remainingMs;
    case "running":
      return Math.min(timer.durationMs, Math.max(0, timer.endsAt - now));
  }
}

/** How long a countdown that reached zero keeps saying "time's up" before it reads as idle. */
export const TIMES_UP_SHOWN_MS = 10 * 60_000;

export type TimerPhase = "idle" | "running" | "paused" | "ended";

export interface TimerView {
  phase: TimerPhase;
  remainingMs: number;
  /** The share of the countdown still left, 1 at the start, 0 at the end. */
  fraction: number;
  startedBy: string;
}

/**
 * What a participant sees at `now`: an ended countdown is "time's up" for a while, then idle, so a
 * map opened the next day does not greet the team with yesterday's alarm.
 */
export function timerView(timer: Timer, now: number): TimerView {
  if (timer.state === "stopped") return { phase: "idle", remainingMs: 0, fraction: 0, startedBy: "" };
  const left = remainingMs(timer, now);
  const fraction = left / timer.durationMs;
  if (timer.state === "paused") return { phase: "paused", remainingMs: left, fraction, startedBy: timer.startedBy };
  if (left > 0) return { phase: "running", remainingMs: left, fraction, startedBy: timer.startedBy };
  const endedAgo = now - timer.endsAt;
  if (endedAgo > TIMES_UP_SHOWN_MS) return { phase: "idle", remainingMs: 0, fraction: 0, startedBy: "" };
  return { phase: "ended", remainingMs: 0, fraction: 0, startedBy: timer.startedBy };
}
