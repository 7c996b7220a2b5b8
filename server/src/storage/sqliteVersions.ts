import type { Database } from "better-sqlite3";
import type { JourneyStorage, NewVersion, StoredVersion } from "./journeyStorage";
import {
  VERSION_INSERT_COLUMNS,
  storedVersionOf,
  versionRecordOf,
  versionValues,
  type VersionRow,
} from "./versionRows";

type VersionMethods = Pick<JourneyStorage, "saveVersion" | "listVersions" | "readVersion" | "deleteVersions">;

/** Version ids are strings at the interface (a PostgreSQL store may use other keys); here they are rowids. */
function rowId(versionId: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(versionId) ? Number(versionId) : undefined;
}

const COLUMNS = "id, map_id, kind, name, author, created_at, touchpoints, content_hash";

/**
 * The version history in the `versions` table (schema migration 2), content deflated (`versionValues`).
 */
export function sqliteVersions(db: Database): VersionMethods {
  const insert = db.prepare<ReturnType<typeof versionValues>, VersionRow>(
    `INSERT INTO versions (${VERSION_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
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
      const row = insert.get(...versionValues(version));
      if (!row) throw new Error(`storing a version of map ${version.mapId} returned no row`);
      return versionRecordOf(row);
    },
    listVersions: async (mapId) => list.all(mapId).map(versionRecordOf),
    readVersion: async (mapId, versionId): Promise<StoredVersion | undefined> => {
      const id = rowId(versionId);
      const row = id === undefined ? undefined : read.get(mapId, id);
      if (!row) return undefined;
      return storedVersionOf(row);
    },
    deleteVersions: async (mapId, versionIds) =>
      removeAll(
        mapId,
        versionIds.map(rowId).filter((id): id is number => id !== undefined),
      ),
  };
}
