import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";

/**
 * What each person publishes through awareness (never stored in the document): who they are, their
 * pointer in flow coordinates (right under any zoom), what they have selected, and the cards they
 * are dragging, so colleagues see a drag as it happens while the document gets one write on drop.
 */
export interface PresenceState {
  user: { name: string; color: string };
  /** When this tab joined the map (ms since 1970): who joined first keeps their colour. */
  since?: number;
  cursor?: { x: number; y: number } | null;
  selection?: string[];
  /** Card id → absolute flow position of its top-left corner, while dragging. */
  dragging?: Record<string, { x: number; y: number }> | null;
  /** The part of the map on this person's screen, for people following them (see `follow/`). */
  view?: SharedView | null;
  /** The client this person follows, so a leader can see who is with them. */
  following?: number | null;
  /** Set when this person asked everyone to follow them (`at`: when); null when they let go. */
  summon?: { at: number } | null;
}

/** A screen's view in flow coordinates: its centre and how much of the map it spans. */
export interface SharedView {
  cx: number;
  cy: number;
  spanX: number;
  spanY: number;
}

export interface Peer extends PresenceState {
  clientId: number;
}

function isPresence(value: unknown): value is PresenceState {
  if (typeof value !== "object" || value === null) return false;
  const user = (value as { user?: unknown }).user;
  return (
    typeof user === "object" &&
    user !== null &&
    typeof (user as { name?: unknown }).name === "string" &&
    typeof (user as { color?: unknown }).color === "string"
  );
}

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Everyone else here now (not this tab), in a stable order. Pointers move 20 times a second per
 * person, so only a caller that draws them asks for `cursors`; the others re-render when someone
 * arrives, leaves, selects or drags, and never for this tab's own presence.
 */
export function usePeers(awareness: Awareness, options: { cursors?: boolean } = {}): Peer[] {
  const cursors = options.cursors ?? false;
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    let shown = "";
    const update = (changes?: AwarenessChanges) => {
      const changed = changes ? [...changes.added, ...changes.updated, ...changes.removed] : [];
      if (changed.length > 0 && changed.every((clientId) => clientId === awareness.clientID)) return;
      const next: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID || !isPresence(state)) return;
        // Views move like pointers (10 a second while someone pans): only the follow hook reads
        // them, straight from awareness, so nobody else re-renders for them.
        const { cursor, view: _view, ...rest } = state;
        next.push(cursors ? { ...rest, cursor, clientId } : { ...rest, clientId });
      });
      next.sort((a, b) => a.clientId - b.clientId);
      // A few people's small states: comparing their JSON is cheaper than re-rendering the editor.
      const key = JSON.stringify(next);
      if (key === shown) return;
      shown = key;
      setPeers(next);
    };
    awareness.on("change", update);
    update();
    return () => awareness.off("change", update);
  }, [awareness, cursors]);
  return peers;
}

/** Publishes one field of this tab's presence. */
export function publishPresence<K extends keyof PresenceState>(
  awareness: Awareness,
  field: K,
  value: PresenceState[K],
): void {
  awareness.setLocalStateField(field, value);
}

/**
 * A function that publishes at most once per `interval` ms, always ending with the latest value:
 * pointer moves and drags fire at 60+ Hz, and everyone's network would pay for each one.
 */
export function throttleLatest<T>(send: (value: T) => void, interval: number): (value: T) => void {
  let last = 0;
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (!pending) return;
    last = Date.now();
    const { value } = pending;
    pending = undefined;
    send(value);
  };
  return (value: T) => {
    pending = { value };
    const wait = interval - (Date.now() - last);
    if (wait <= 0) flush();
    else timer ??= setTimeout(flush, wait);
  };
}
