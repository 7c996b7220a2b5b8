import type * as Y from "yjs";
import { z } from "zod";
import { parseInput } from "../ydoc/intentInput";
import {
  MAX_STARTED_BY_LENGTH,
  MAX_TIMER_MS,
  TIMER_FIELDS,
  readTimer,
  remainingMs,
  timerRoot,
  type Timer,
} from "./readTimer";

/*
 * The timer's intents, in the style of the map's (see `ydoc/intentInput.ts`): input is checked before
 * anything is written and bad input throws, since the editor builds it. Each takes `now` on the
 * server's clock (the caller's `Date.now()` plus its estimated offset), so every participant counts
 * down to the same instant whatever their own clock says. Each returns whether it wrote anything:
 * pausing a timer that is not running, for instance, is a no-op rather than an error, because a
 * colleague may have stopped it a moment before this click arrived.
 */

/** A countdown shorter than a second could end before it reached anyone else's screen. */
const durationSchema = z.number().int().min(1000).max(MAX_TIMER_MS);
const nowSchema = z.number().int().positive();

const startSchema = z.object({
  durationMs: durationSchema,
  startedBy: z.string().max(MAX_STARTED_BY_LENGTH),
  now: nowSchema,
});
const addTimeSchema = z.object({ ms: durationSchema, now: nowSchema });

export interface StartTimerInput {
  durationMs: number;
  /** Who started it, shown to everyone beside the countdown. */
  startedBy: string;
  now: number;
}

export interface AddTimeInput {
  ms: number;
  now: number;
}

/** The stored fields of `timer`: all five, `null` where a state has no value (see `readTimer.ts`). */
function fieldsOf(timer: Timer): Record<(typeof TIMER_FIELDS)[number], string | number | null> {
  switch (timer.state) {
    case "stopped":
      return { state: "stopped", durationMs: null, endsAt: null, remainingMs: null, startedBy: null };
    case "running":
      return {
        state: "running",
        durationMs: timer.durationMs,
        endsAt: timer.endsAt,
        remainingMs: null,
        startedBy: timer.startedBy,
      };
    case "paused":
      return {
        state: "paused",
        durationMs: timer.durationMs,
        endsAt: null,
        remainingMs: timer.remainingMs,
        startedBy: timer.startedBy,
      };
  }
}

function writeTimer(doc: Y.Doc, timer: Timer, origin: unknown): void {
  const root = timerRoot(doc);
  if (root === undefined)
    throw new Error('the document\'s "timer" is not a Y.Map: this replica opened it as another type');
  const fields = fieldsOf(timer);
  doc.transact(() => {
    // Every field, even an unchanged one: see the note on concurrent writes in `readTimer.ts`.
    for (const field of TIMER_FIELDS) root.set(field, fields[field]);
    // Keys from other clients or older versions would otherwise linger forever.
    for (const key of [...root.keys()]) if (!(TIMER_FIELDS as readonly string[]).includes(key)) root.delete(key);
  }, origin);
}

/** Starts a countdown of `durationMs` from `now`, replacing whatever the timer was doing. */
export function startTimer(doc: Y.Doc, input: StartTimerInput, origin?: unknown): boolean {
  const { durationMs, startedBy, now } = parseInput(startSchema, input, "startTimer: the input");
  writeTimer(doc, { state: "running", durationMs, endsAt: now + durationMs, startedBy: startedBy.trim() }, origin);
  return true;
}

/** Freezes a running countdown with what is left at `now`; one that already reached zero stays ended. */
export function pauseTimer(doc: Y.Doc, now: number, origin?: unknown): boolean {
  const at = parseInput(nowSchema, now, "pauseTimer: now");
  const timer = readTimer(doc);
  if (timer.state !== "running") return false;
  const left = remainingMs(timer, at);
  if (left <= 0) return false;
  writeTimer(
    doc,
    { state: "paused", durationMs: timer.durationMs, remainingMs: left, startedBy: timer.startedBy },
    origin,
  );
  return true;
}

/** Runs a paused countdown again: it ends its remainder after `now`. */
export function resumeTimer(doc: Y.Doc, now: number, origin?: unknown): boolean {
  const at = parseInput(nowSchema, now, "resumeTimer: now");
  const timer = readTimer(doc);
  if (timer.state !== "paused") return false;
  const endsAt = at + timer.remainingMs;
  writeTimer(doc, { state: "running", durationMs: timer.durationMs, endsAt, startedBy: timer.startedBy }, origin);
  return true;
}

/** Clears the timer, whatever it was doing (an ended countdown's "time's up" included). */
export function stopTimer(doc: Y.Doc, origin?: unknown): boolean {
  const root = timerRoot(doc);
  if (root !== undefined && (root.size === 0 || root.get("state") === "stopped")) return false;
  writeTimer(doc, { state: "stopped" }, origin);
  return true;
}

/**
 * Gives a running or paused countdown `ms` more; one that has reached zero starts counting `ms`
 * again from `now`. The whole duration grows with it, so the progress indication stays honest.
 * Capped at the longest timer there is.
 */
export function addTime(doc: Y.Doc, input: AddTimeInput, origin?: unknown): boolean {
  const { ms, now } = parseInput(addTimeSchema, input, "addTime: the input");
  const timer = readTimer(doc);
  if (timer.state === "stopped") return false;
  const durationMs = Math.min(MAX_TIMER_MS, timer.durationMs + ms);
  const added = durationMs - timer.durationMs;
  if (added <= 0) return false;
  const { startedBy } = timer;
  if (timer.state === "paused") {
    writeTimer(doc, { state: "paused", durationMs, remainingMs: timer.remainingMs + added, startedBy }, origin);
  } else if (remainingMs(timer, now) > 0) {
    // Moving the agreed end rather than re-anchoring it on this device's clock keeps everyone's tick in step.
    writeTimer(doc, { state: "running", durationMs, endsAt: timer.endsAt + added, startedBy }, origin);
  } else {
    writeTimer(doc, { state: "running", durationMs, endsAt: now + added, startedBy }, origin);
  }
  return true;
}
