import { useEffect, useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { createJourneyReader, isDuplicateStage, repairJourney, type JourneyReadResult } from "@kundresa/shared";
import { MAINTENANCE_ORIGIN } from "./origins";

/** An external store over the cached reader, for useSyncExternalStore. */
function createJourneyStore(doc: Y.Doc) {
  const reader = createJourneyReader(doc);
  let current = reader.read();
  return {
    reader,
    subscribe(onChange: () => void) {
      const handler = () => {
        const next = reader.read();
        if (next === current) return;
        current = next;
        onChange();
      };
      doc.on("afterTransaction", handler);
      return () => doc.off("afterTransaction", handler);
    },
    snapshot: () => current,
  };
}

/**
 * The map in a document, live. Reads through the cached reader after each transaction (the reader's
 * marks arrive at a transaction's end), so unchanged touchpoints keep their object identity and a
 * component memoised on one re-renders only when that one changed.
 */
export function useJourney(doc: Y.Doc): JourneyReadResult {
  const store = useMemo(() => createJourneyStore(doc), [doc]);
  useEffect(() => () => store.reader.destroy(), [store]);
  const result = useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);

  // Two people moving one stage at once leave two copies; remove the later ones as soon as seen.
  // Housekeeping, so not on anyone's undo stack; safe when several tabs do it at once.
  const hasDuplicates = result.invalidEntries.some(isDuplicateStage);
  useEffect(() => {
    if (hasDuplicates) repairJourney(doc, MAINTENANCE_ORIGIN);
  }, [doc, hasDuplicates, result]);

  return result;
}
