import type * as Y from "yjs";
import { JourneyCache, readJourney, type JourneyReadResult } from "./journeyCache";
import { KEYED_COLLECTIONS, type KeyedCollection } from "./layout";

export interface JourneyReader {
  /**
   * The document's map, as `readJourney(doc)` would give it (deep-equal), re-parsing only the entries
   * changed since the last call. An unchanged touchpoint, stage, channel or connection is the same
   * object as before, and each of the four collection arrays is the same array (`===`) when nothing in
   * that collection changed; when nothing at all changed, the same result object. Call it after a
   * transaction has ended (an `update` or `afterTransaction` handler), not from inside a transaction
   * or a shared-type observer: the marks arrive with the deep observers at the end of each transaction.
   */
  read(): JourneyReadResult;
  /** Stops observing the document; `read` then parses from scratch each time. */
  destroy(): void;
}

type DeepEvent = Y.YEvent<Y.AbstractType<unknown>>;
type DeepObservable = Pick<Y.Map<unknown>, "observeDeep" | "unobserveDeep">;

/** The root key an event under a keyed collection concerns, or `undefined` when it cannot tell. */
function entryKeyOf(event: DeepEvent, root: object): string[] | undefined {
  try {
    if (event.target === root) {
      const keys = (event as Y.YMapEvent<unknown>).keysChanged;
      return [...keys].filter((key): key is string => typeof key === "string");
    }
    const first = event.path[0];
    return typeof first === "string" ? [first] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A cached reader for the editor, which reads the map on every change. It observes the document's
 * roots deeply and marks what each transaction touched: the changed keys of the keyed collections,
 * and meta or stages as a whole (both are small).
 */
export function createJourneyReader(doc: Y.Doc): JourneyReader {
  const cache = new JourneyCache(doc);
  const roots = cache.rootsOpened;
  const stops: (() => void)[] = [];

  function observe(root: DeepObservable | undefined, onEvents: (events: DeepEvent[]) => void): void {
    if (root === undefined) return;
    root.observeDeep(onEvents);
    stops.push(() => root.unobserveDeep(onEvents));
  }

  observe(roots.meta, () => cache.markMetaStale());
  observe(roots.stages, () => cache.markStagesStale());
  for (const collection of KEYED_COLLECTIONS) {
    const root = roots[collection];
    observe(root, (events) => markKeys(collection, root, events));
  }

  function markKeys(collection: KeyedCollection, root: object | undefined, events: DeepEvent[]): void {
    if (root === undefined) return;
    for (const event of events) {
      const keys = entryKeyOf(event, root);
      if (keys === undefined) cache.markCollectionDirty(collection);
      else for (const key of keys) cache.markEntryDirty(collection, key);
    }
  }

  let destroyed = false;
  return {
    read: () => (destroyed ? readJourney(doc) : cache.read()),
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      for (const stop of stops) stop();
    },
  };
}
