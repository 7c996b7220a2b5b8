import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { BALLOTS_ROOT, VOTE_ROOT, readBallots, readVote, type VoteSession } from "@kundresa/shared";

export interface VoteState {
  session: VoteSession | undefined;
  /** Every honest ballot of the running vote, by voter key. */
  ballots: ReadonlyMap<string, Record<string, number>>;
}

const NONE: VoteState = { session: undefined, ballots: new Map() };

/** The running dot vote, live: re-read whenever a transaction touches the vote or its ballots. */
export function useVote(doc: Y.Doc): VoteState {
  const snapshot = useRef<VoteState>(NONE);
  const read = useCallback(() => {
    const session = readVote(doc);
    snapshot.current = session ? { session, ballots: readBallots(doc, session) } : NONE;
  }, [doc]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const roots = [doc.getMap<unknown>(VOTE_ROOT), doc.getMap<unknown>(BALLOTS_ROOT)];
      const handler = () => {
        read();
        onChange();
      };
      for (const root of roots) root.observe(handler);
      read();
      return () => {
        for (const root of roots) root.unobserve(handler);
      };
    },
    [doc, read],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}

/** `now()` re-read every `intervalMs` while `active`: what a countdown needs to redraw. */
export function useTicking(now: () => number, active: boolean, intervalMs = 500): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setTime(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, active, intervalMs]);
  // Read afresh on every render too, so a vote that just started does not show the time it was mounted at.
  return active ? Math.max(time, now()) : now();
}
