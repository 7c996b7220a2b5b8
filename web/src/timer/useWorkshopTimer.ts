import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import {
  TIMER_ROOT,
  TIMES_UP_SHOWN_MS,
  addTime,
  pauseTimer,
  readTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  timerView,
  type Timer,
  type TimerView,
} from "@kundresa/shared";
import type { TimerSession } from "./TimerSession";

/**
 * The origin of this tab's timer changes. Not LOCAL_ORIGIN, and the `timer` root is outside the
 * undo manager's scope as well (see collab/localUndo.ts): a countdown is the room's shared state,
 * and Ctrl+Z after starting one must undo the last edit of the map, not restart yesterday's timer.
 */
export const TIMER_ORIGIN = { name: "kundresa.timer" } as const;

/** A countdown seen reaching zero more than this late (a sleeping laptop, a throttled tab) stays silent. */
const CHIME_GRACE_MS = 10_000;
/** Ticks land just after each whole second of the countdown, so the digits change on time. */
const TICK_MARGIN_MS = 5;
const ONE_MINUTE = 60_000;

export interface TimerSnapshot {
  timer: Timer;
  view: TimerView;
  /** `endsAt` of the last countdown this tab watched reach zero: the chime's and the pulse's cue. */
  endedLive: number | undefined;
}

const shownSeconds = (view: TimerView) => Math.ceil(view.remainingMs / 1000);

function sameTimer(a: Timer, b: Timer): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameSnapshot(a: TimerSnapshot, b: TimerSnapshot): boolean {
  return (
    sameTimer(a.timer, b.timer) &&
    a.view.phase === b.view.phase &&
    shownSeconds(a.view) === shownSeconds(b.view) &&
    a.endedLive === b.endedLive
  );
}

function rootOf(doc: Y.Doc): Y.Map<unknown> | undefined {
  try {
    return doc.getMap<unknown>(TIMER_ROOT);
  } catch {
    return undefined;
  }
}

/**
 * An external store over the document's timer and the clock: its snapshot changes when the timer
 * does and when the shown second does, and no more often, so the top bar re-renders once a second
 * while a countdown runs and not at all otherwise.
 */
export function createTimerStore(doc: Y.Doc, now: () => number) {
  const root = rootOf(doc);
  const listeners = new Set<() => void>();
  let timer = readTimer(doc);
  /** `endsAt` of a running countdown this tab has seen with time left. */
  let armedFor: number | undefined;
  let endedLive: number | undefined;
  let tick: ReturnType<typeof setTimeout> | undefined;
  let snapshot = compute();

  function compute(): TimerSnapshot {
    const at = now();
    const view = timerView(timer, at);
    if (timer.state === "running" && view.phase === "running") armedFor = timer.endsAt;
    else if (timer.state === "running" && view.phase === "ended") {
      if (armedFor === timer.endsAt && at - timer.endsAt < CHIME_GRACE_MS) endedLive = timer.endsAt;
      armedFor = undefined;
    } else armedFor = undefined;
    return { timer, view, endedLive };
  }

  function schedule(): void {
    if (tick !== undefined) clearTimeout(tick);
    tick = undefined;
    if (listeners.size === 0) return;
    const { view } = snapshot;
    let delay: number | undefined;
    if (view.phase === "running") delay = ((view.remainingMs - 1) % 1000) + 1 + TICK_MARGIN_MS;
    // Time's up turns idle after a while, and nothing else would wake the store for it.
    else if (view.phase === "ended" && timer.state === "running") {
      delay = Math.min(ONE_MINUTE, timer.endsAt + TIMES_UP_SHOWN_MS - now() + TICK_MARGIN_MS);
    }
    if (delay !== undefined) tick = setTimeout(refresh, Math.max(delay, TICK_MARGIN_MS));
  }

  function refresh(): void {
    const next = compute();
    const changed = !sameSnapshot(snapshot, next);
    if (changed) snapshot = next;
    schedule();
    if (changed) for (const listener of listeners) listener();
  }

  const onTimerChange = () => {
    timer = readTimer(doc);
    refresh();
  };
  // Background tabs run timers late (once a minute, after a while): catch up the moment it is seen.
  const onVisible = () => {
    if (document.visibilityState === "visible") refresh();
  };

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      if (listeners.size === 1) {
        root?.observe(onTimerChange);
        document.addEventListener("visibilitychange", onVisible);
        refresh();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        root?.unobserve(onTimerChange);
        document.removeEventListener("visibilitychange", onVisible);
        schedule();
      };
    },
    getSnapshot: (): TimerSnapshot => snapshot,
  };
}

export interface TimerActions {
  start(durationMs: number): void;
  pause(): void;
  resume(): void;
  addMinute(): void;
  stop(): void;
}

/**
 * The shared timer, live, and what this tab may do with it: no actions on a view link. The chime
 * plays once for each countdown this tab watched reach zero, unless `muted`; one that ended before
 * the tab opened (or while it slept) stays silent.
 */
export function useWorkshopTimer(
  session: TimerSession,
  muted: boolean,
): TimerSnapshot & { actions: TimerActions | undefined } {
  const { doc, now, readOnly, userName, playChime } = session;
  const store = useMemo(() => createTimerStore(doc, now), [doc, now]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  const chimedFor = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (snapshot.endedLive === undefined || snapshot.endedLive === chimedFor.current) return;
    chimedFor.current = snapshot.endedLive;
    if (!muted) playChime();
  }, [snapshot.endedLive, muted, playChime]);

  const actions = useMemo<TimerActions | undefined>(() => {
    if (readOnly) return undefined;
    const at = () => Math.round(now());
    return {
      start: (durationMs) =>
        startTimer(doc, { durationMs, startedBy: userName.slice(0, 200), now: at() }, TIMER_ORIGIN),
      pause: () => pauseTimer(doc, at(), TIMER_ORIGIN),
      resume: () => resumeTimer(doc, at(), TIMER_ORIGIN),
      addMinute: () => addTime(doc, { ms: ONE_MINUTE, now: at() }, TIMER_ORIGIN),
      stop: () => stopTimer(doc, TIMER_ORIGIN),
    };
  }, [doc, now, readOnly, userName]);

  return { ...snapshot, actions };
}
