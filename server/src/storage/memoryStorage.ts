import type { JourneyStorage, MapRecord, StoredUpdate } from "./journeyStorage";

interface StoredMap {
  record: MapRecord;
  updates: StoredUpdate[];
}

/**
 * Keeps everything in this process, for tests and throwaway servers. Copies bytes in and out, so a
 * caller that reuses a buffer cannot change what was "stored", just as with a real database.
 */
export function createMemoryStorage(): JourneyStorage {
  const maps = new Map<string, StoredMap>();

  function existing(id: string): StoredMap {
    const map = maps.get(id);
    if (!map) throw new Error(`no map ${id}`);
    return map;
  }

  return {
    createMap: async (record, initialUpdate) => {
      if (maps.has(record.id)) throw new Error(`map ${record.id} exists`);
      maps.set(record.id, { record: { ...record }, updates: [{ seq: 1, data: initialUpdate.slice() }] });
    },
    getMap: async (id) => {
      const map = maps.get(id);
      return map ? { ...map.record } : undefined;
    },
    replaceTokenHashes: async (id, hashes) => {
      const map = maps.get(id);
      if (!map) return false;
      map.record = { ...map.record, editTokenHash: hashes.editTokenHash, viewTokenHash: hashes.viewTokenHash };
      return true;
    },
    loadUpdates: async (id) => (maps.get(id)?.updates ?? []).map(({ seq, data }) => ({ seq, data: data.slice() })),
    appendUpdate: async (id, update, updatedAt) => {
      const map = existing(id);
      const seq = (map.updates.at(-1)?.seq ?? 0) + 1;
      map.updates.push({ seq, data: update.slice() });
      map.record.updatedAt = updatedAt;
      return seq;
    },
    compact: async (id, snapshot, upToSeq) => {
      const map = existing(id);
      map.updates = [{ seq: upToSeq, data: snapshot.slice() }, ...map.updates.filter((row) => row.seq > upToSeq)];
    },
    setTitle: async (id, title) => {
      existing(id).record.title = title;
    },
    close: async () => {},
  };
}
