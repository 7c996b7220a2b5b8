import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Database } from "better-sqlite3";
import type { JourneyStorage, NewVersion, StoredVersion, VersionKind, VersionRecord } from "./journeyStorage";

interface VersionRow {
  id: number;
  map_id: string;
  kind: VersionKind;
  name: string;
  author: string | null;
  created_at: number;
  touchpoints: number;
  content_hash: string;
}

type VersionMethods = Pick<JourneyStorage, "saveVersion" | "listVersions" | "readVersion" | "deleteVersions">;

/** Version ids are strings at the interface (a PostgreSQL store may use other keys); here they are rowids. */
function rowId(versionId: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(versionId) ? Number(versionId) : undefined;
}

function recordOf(row: VersionRow): VersionRecord {
  return {
    id: String(row.id),
    mapId: row.map_id,
    kind: row.kind,
    name: row.name,
    ...(row.author === null ? {} : { author: row.author }),
    createdAt: row.created_at,
    touchpoints: row.touchpoints,
    contentHash: row.content_hash,
  };
}

const COLUMNS = "id, map_id, kind, name, author, created_at, touchpoints, content_hash";

/**
 * The version history in the `versions` table (schema migration 2). Content is deflated: a
 * workshop's map is tens of kilobytes of JSON, and retention keeps a few hundred versions of it.
 */
export function sqliteVersions(db: Database): VersionMethods {
  const insert = db.prepare<[string, string, string, string | null, number, number, string, Buffer], VersionRow>(
    `INSERT INTO versions (map_id, kind, name, author, created_at, touchpoints, content_hash, content)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     RETURNING ${COLUMNS}`,
  );
  const list = db.prepare<[string], VersionRow>(
    `SELECT ${COLUMNS} FROM versions WHERE map_id = ? ORDER BY created_at DESC, id DESC`,
  );
  const read = db.prepare<[string, number], VersionRow & { content: Buffer }>(
    `SELECT ${COLUMNS}, content FROM versions WHERE map_id = ? AND id = ?`,
  );
  const remove = db.prepare<[string, number]>("DELETE FROM versions WHERE map_id = ? AND id = ?");
  const removeAll = db.transaction((mapId: string, ids: readonly number[]) =>
    ids.reduce((count, id) => count + remove.run(mapId, id).changes, 0),
  );

  return {
    saveVersion: async (version: NewVersion) => {
      const row = insert.get(
        version.mapId,
        version.kind,
        version.name,
        version.author ?? null,
        version.createdAt,
        version.touchpoints,
        version.contentHash,
        deflateRawSync(version.content),
      );
      if (!row) throw new Error(`storing a version of map ${version.mapId} returned no row`);
      return recordOf(row);
    },
    listVersions: async (mapId) => list.all(mapId).map(recordOf),
    readVersion: async (mapId, versionId): Promise<StoredVersion | undefined> => {
      const id = rowId(versionId);
      const row = id === undefined ? undefined : read.get(mapId, id);
      if (!row) return undefined;
      return { ...recordOf(row), content: inflateRawSync(row.content).toString("utf8") };
    },
    deleteVersions: async (mapId, versionIds) =>
      removeAll(
        mapId,
        versionIds.map(rowId).filter((id): id is number => id !== undefined),
      ),
  };
}
