import type * as Y from "yjs";
import { moveTouchpoint, type JourneyLayout, type Point } from "@kundresa/shared";
import { dropTarget } from "../canvas/cellGeometry";
import { LOCAL_ORIGIN } from "../collab/origins";

/** Runs `edit` as one local transaction that is exactly one undo step, never merged with a neighbour. */
export function undoableStep(doc: Y.Doc, undo: Y.UndoManager, edit: () => void): void {
  undo.stopCapturing();
  doc.transact(edit, LOCAL_ORIGIN);
  undo.stopCapturing();
}

/**
 * Commits a drag: each moved card to the cell under its drop point, all in one transaction, so the
 * document gets one update and undo takes the whole drag back at once.
 */
export function commitMoves(
  doc: Y.Doc,
  undo: Y.UndoManager,
  layout: JourneyLayout,
  topLefts: ReadonlyMap<string, Point>,
): void {
  undoableStep(doc, undo, () => {
    for (const [id, topLeft] of topLefts) {
      const target = dropTarget(layout, id, topLeft);
      if (target) moveTouchpoint(doc, id, target, LOCAL_ORIGIN);
    }
  });
}
