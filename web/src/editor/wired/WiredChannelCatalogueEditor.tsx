import type * as Y from "yjs";
import { addChannel, deleteChannel, updateChannel } from "@kundresa/shared";
import { LOCAL_ORIGIN } from "../../collab/origins";
import { ChannelCatalogueEditor, type ChannelCatalogueEditorProps } from "../../panels/channels/ChannelCatalogueEditor";
import { undoableStep } from "../undoableStep";

/** The Channels tab wired to the document, loaded with the tab (the channel intents with it). */
export function WiredChannelCatalogueEditor({
  doc,
  undo,
  ...props
}: Omit<ChannelCatalogueEditorProps, "onAdd" | "onUpdate" | "onDelete"> & { doc: Y.Doc; undo: Y.UndoManager }) {
  const edit = (change: () => void) => (props.readOnly ? undefined : undoableStep(doc, undo, change));
  return (
    <ChannelCatalogueEditor
      {...props}
      onAdd={(channel) => edit(() => addChannel(doc, channel, LOCAL_ORIGIN))}
      onUpdate={(id, patch) => edit(() => updateChannel(doc, id, patch, LOCAL_ORIGIN))}
      onDelete={(id, options) => edit(() => deleteChannel(doc, id, options, LOCAL_ORIGIN))}
    />
  );
}
