import type { JourneyStorage, MapRecord, StoredUpdate, StoredVersion, VersionRecord } from "./journeyStorage";

interface StoredMap {
  record: MapRecord;
  updates: StoredUpdate[];
  /** Oldest first, as they were saved. */
  versions: StoredVersion[];
}

function metadata({ content: _content, ...record }: StoredVersion): VersionRecord {
  return record;
}

function newestFirst(a: VersionRecord, b: VersionRecord): number {
  return b.createdAt - a.createdAt || Number(b.id) - Number(a.id);
}

/**
 * Keeps everything in this process, for tests and throwaway servers. Copies bytes in and out, so a
 * caller that reuses a buffer cannot change what was "stored", just as with a real database.
 */
export function createMemoryStorage(): JourneyStorage {
  const maps = new Map<string, StoredMap>();
  let lastVersionId = 0;

  function existing(id: string): StoredMap {
    const map = maps.get(id);
    if (!map) throw new Error(`no map ${id}`);
    return map;
  }

  return {
    kind: "memory",
    createMap: async (record, initialUpdate) => {
      if (maps.has(record.id)) throw new Error(`map ${record.id} exists`);
      maps.set(record.id, { record: { ...record }, updates: [{ seq: 1, data: initialUpdate.slice() }], versions: [] });
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
    loadUpdatesAfter: async (id, afterSeq) =>
      (maps.get(id)?.updates ?? [])
        .filter(({ seq }) => seq > afterSeq)
        .map(({ seq, data }) => ({ seq, data: data.slice() })),
    appendUpdate: (id, update, updatedAt) => {
      const map = existing(id);
      const seq = (map.updates.at(-1)?.seq ?? 0) + 1;
      map.updates.push({ seq, data: update.slice() });
      map.record.updatedAt = updatedAt;
      return seq;
    },
    compact: async (id, snapshot, upToSeq) => {
      const map = existing(id);
      if (map.updates.filter((row) => row.seq <= upToSeq).length < 2) return false;
      map.updates = [{ seq: upToSeq, data: snapshot.slice() }, ...map.updates.filter((row) => row.seq > upToSeq)];
      return true;
    },
    setTitle: async (id, title) => {
      existing(id).record.title = title;
    },
    saveVersion: async (version) => {
      const stored: StoredVersion = { ...version, id: String(++lastVersionId) };
      existing(version.mapId).versions.push(stored);
      return metadata(stored);
    },
    listVersions: async (mapId) => (maps.get(mapId)?.versions ?? []).map(metadata).sort(newestFirst),
    readVersion: async (mapId, versionId) => {
      const found = maps.get(mapId)?.versions.find((version) => version.id === versionId);
      return found ? { ...found } : undefined;
    },
    deleteVersions: async (mapId, versionIds) => {
      const map = maps.get(mapId);
      if (!map) return 0;
      const doomed = new Set(versionIds);
      const before = map.versions.length;
      map.versions = map.versions.filter((version) => !doomed.has(version.id));
      return before - map.versions.length;
    },
    ping: async () => {},
    close: async () => {},
  };
}
