import type * as Y from "yjs";
import { removeEntry, replaceEntry } from "@kundresa/shared";
import { LOCAL_ORIGIN } from "../../collab/origins";
import { RepairEntryDialog, type RepairEntryDialogProps } from "../../panels/repair/RepairEntryDialog";
import { undoableStep } from "../undoableStep";

/**
 * The repair view wired to the document. Its own module, loaded with the view: the repair intents
 * are needed only when someone opens a broken entry, not for the map's first paint.
 */
export function WiredRepairEntryDialog({
  doc,
  undo,
  ...props
}: Omit<RepairEntryDialogProps, "onReplace" | "onRemove"> & { doc: Y.Doc; undo: Y.UndoManager }) {
  // Intents throw before writing; undoableStep's transaction then holds nothing, so the error
  // reaches the dialog and the document and undo stack are as they were.
  const repair = (change: () => void) => undoableStep(doc, undo, change);
  return (
    <RepairEntryDialog
      {...props}
      onReplace={(value) => repair(() => replaceEntry(doc, props.shown, value, LOCAL_ORIGIN))}
      onRemove={() => repair(() => removeEntry(doc, props.shown, LOCAL_ORIGIN))}
    />
  );
}
