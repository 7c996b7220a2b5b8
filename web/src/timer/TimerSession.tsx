import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import type * as Y from "yjs";
import { playChime } from "./chime";
import { measureClockOffset } from "./serverClock";

/**
 * What the timer in the top bar needs from the open map. Handed down as context from the editor
 * page, so the top bar can show the timer without every layer between them passing the document on.
 */
export interface TimerSession {
  doc: Y.Doc;
  /** A view link: the countdown shows, the controls do not. */
  readOnly: boolean;
  /** Who starts a timer from this tab, as colleagues see it. */
  userName: string;
  /** The server's clock, as well as this tab knows it (see `measureClockOffset`). */
  now: () => number;
  playChime: () => void;
}

const TimerSessionContext = createContext<TimerSession | null>(null);

interface TimerSessionProviderProps {
  doc: Y.Doc;
  readOnly: boolean;
  userName: string;
  /** Whether there is a server whose clock to follow (a local-only session has none). */
  followServerClock: boolean;
  /** Tests: a fixed clock and a recorded chime. */
  now?: () => number;
  playChime?: () => void;
  children: ReactNode;
}

export function TimerSessionProvider(props: TimerSessionProviderProps) {
  const { doc, readOnly, userName, followServerClock, children } = props;
  // A ref, not state: a new estimate must not rebuild the timer's store (it would forget which
  // countdown it saw end); the countdown picks the new offset up at its next tick.
  const offset = useRef(0);
  useEffect(() => {
    if (!followServerClock) return undefined;
    let live = true;
    const measure = () => {
      void measureClockOffset().then((measured) => {
        if (live) offset.current = measured;
      });
    };
    measure();
    // Back from a network outage (often a laptop waking from sleep, when clocks jump): measure again.
    window.addEventListener("online", measure);
    return () => {
      live = false;
      window.removeEventListener("online", measure);
    };
  }, [followServerClock]);
  const serverNow = useCallback(() => Date.now() + offset.current, []);
  const now = props.now ?? serverNow;
  const chime = props.playChime ?? playChime;
  const value = useMemo<TimerSession>(
    () => ({ doc, readOnly, userName, now, playChime: chime }),
    [doc, readOnly, userName, now, chime],
  );
  return <TimerSessionContext.Provider value={value}>{children}</TimerSessionContext.Provider>;
}

/** The open map's timer session, or `null` outside an editor (then there is no timer to show). */
export function useTimerSession(): TimerSession | null {
  return useContext(TimerSessionContext);
}
