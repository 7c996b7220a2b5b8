import { useCallback, useSyncExternalStore } from "react";
import * as Y from "yjs";
import { journeyRoots } from "@kundresa/shared";
import { LOCAL_ORIGIN } from "./origins";

/**
 * Per-user undo: tracks the document's roots but only transactions with this tab's origin. Every
 * local change is already one deliberate transaction (a title commits on Enter or blur, a drag on
 * drop, a paste at once), so none are merged by time: two quick edits stay two undo steps.
 */
export function createLocalUndo(doc: Y.Doc, captureTimeout = 0): Y.UndoManager {
  const roots = journeyRoots(doc);
  // Comments are in scope only so that undoing a card's deletion brings its threads back; comment
  // intents carry their own origin (COMMENT_ORIGIN), which this does not track.
  const scope = [roots.meta, roots.stages, roots.channels, roots.touchpoints, roots.connections, roots.comments];
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout,
  });
}

/** Whether undo and redo have anything to do, live. */
export function useUndoState(undo: Y.UndoManager | undefined): { canUndo: boolean; canRedo: boolean } {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!undo) return () => {};
      const events = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;
      for (const event of events) undo.on(event, onChange);
      return () => {
        for (const event of events) undo.off(event, onChange);
      };
    },
    [undo],
  );
  // Encoded as a small number so the snapshot compares by value.
  const state = useSyncExternalStore(subscribe, () => (undo ? (undo.canUndo() ? 1 : 0) + (undo.canRedo() ? 2 : 0) : 0));
  return { canUndo: (state & 1) !== 0, canRedo: (state & 2) !== 0 };
}
