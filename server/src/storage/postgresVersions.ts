import type { Pool } from "pg";
import type { JourneyStorage, NewVersion, StoredVersion } from "./journeyStorage";
import {
  VERSION_INSERT_COLUMNS,
  storedVersionOf,
  versionRecordOf,
  versionValues,
  type VersionRow,
} from "./versionRows";

type VersionMethods = Pick<JourneyStorage, "saveVersion" | "listVersions" | "readVersion" | "deleteVersions">;

const COLUMNS = "id::text AS id, map_id, kind, name, author, created_at, touchpoints, content_hash";

/** Ids are identity values; anything else (a typo, a SQLite id from another server) is simply not found. */
function isVersionId(versionId: string): boolean {
  return /^[1-9]\d{0,17}$/.test(versionId);
}

/** The version history in the `versions` table; content deflated, as in the SQLite store. */
export function postgresVersions(pool: Pool): VersionMethods {
  return {
    saveVersion: async (version: NewVersion) => {
      const { rows } = await pool.query<VersionRow>(
        `INSERT INTO versions (${VERSION_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
        versionValues(version),
      );
      const row = rows[0];
      if (!row) throw new Error(`storing a version of map ${version.mapId} returned no row`);
      return versionRecordOf(row);
    },
    listVersions: async (mapId) => {
      const { rows } = await pool.query<VersionRow>(
        `SELECT ${COLUMNS} FROM versions WHERE map_id = $1 ORDER BY created_at DESC, id DESC`,
        [mapId],
      );
      return rows.map(versionRecordOf);
    },
    readVersion: async (mapId, versionId): Promise<StoredVersion | undefined> => {
      if (!isVersionId(versionId)) return undefined;
      const { rows } = await pool.query<VersionRow & { content: Buffer }>(
        `SELECT ${COLUMNS}, content FROM versions WHERE map_id = $1 AND id = $2`,
        [mapId, versionId],
      );
      const row = rows[0];
      if (!row) return undefined;
      return storedVersionOf(row);
    },
    deleteVersions: async (mapId, versionIds) => {
      const ids = versionIds.filter(isVersionId);
      if (ids.length === 0) return 0;
      const { rowCount } = await pool.query("DELETE FROM versions WHERE map_id = $1 AND id = ANY($2::bigint[])", [
        mapId,
        ids,
      ]);
      return rowCount ?? 0;
    },
  };
}
