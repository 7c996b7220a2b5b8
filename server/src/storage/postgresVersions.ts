import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Pool } from "pg";
import type { JourneyStorage, NewVersion, StoredVersion, VersionKind, VersionRecord } from "./journeyStorage";

interface VersionRow {
  id: string;
  map_id: string;
  kind: VersionKind;
  name: string;
  author: string | null;
  /** BIGINT arrives as a string: node-postgres does not guess that it fits a double. */
  created_at: string;
  touchpoints: number;
  content_hash: string;
}

type VersionMethods = Pick<JourneyStorage, "saveVersion" | "listVersions" | "readVersion" | "deleteVersions">;

const COLUMNS = "id::text AS id, map_id, kind, name, author, created_at, touchpoints, content_hash";

/** Ids are identity values; anything else (a typo, a SQLite id from another server) is simply not found. */
function isVersionId(versionId: string): boolean {
  return /^[1-9]\d{0,17}$/.test(versionId);
}

function recordOf(row: VersionRow): VersionRecord {
  return {
    id: row.id,
    mapId: row.map_id,
    kind: row.kind,
    name: row.name,
    ...(row.author === null ? {} : { author: row.author }),
    createdAt: Number(row.created_at),
    touchpoints: row.touchpoints,
    contentHash: row.content_hash,
  };
}

/** The version history in the `versions` table; content deflated, as in the SQLite store. */
export function postgresVersions(pool: Pool): VersionMethods {
  return {
    saveVersion: async (version: NewVersion) => {
      const { rows } = await pool.query<VersionRow>(
        `INSERT INTO versions (map_id, kind, name, author, created_at, touchpoints, content_hash, content)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         RETURNING ${COLUMNS}`,
        [
          version.mapId,
          version.kind,
          version.name,
          version.author ?? null,
          version.createdAt,
          version.touchpoints,
          version.contentHash,
          deflateRawSync(version.content),
        ],
      );
      const row = rows[0];
      if (!row) throw new Error(`storing a version of map ${version.mapId} returned no row`);
      return recordOf(row);
    },
    listVersions: async (mapId) => {
      const { rows } = await pool.query<VersionRow>(
        `SELECT ${COLUMNS} FROM versions WHERE map_id = $1 ORDER BY created_at DESC, id DESC`,
        [mapId],
      );
      return rows.map(recordOf);
    },
    readVersion: async (mapId, versionId): Promise<StoredVersion | undefined> => {
      if (!isVersionId(versionId)) return undefined;
      const { rows } = await pool.query<VersionRow & { content: Buffer }>(
        `SELECT ${COLUMNS}, content FROM versions WHERE map_id = $1 AND id = $2`,
        [mapId, versionId],
      );
      const row = rows[0];
      if (!row) return undefined;
      return { ...recordOf(row), content: inflateRawSync(row.content).toString("utf8") };
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
