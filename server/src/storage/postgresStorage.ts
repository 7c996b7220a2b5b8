import pg from "pg";
import type { JourneyStorage, MapRecord, StoredUpdate } from "./journeyStorage";
import { LOCK_SPACE, migratePostgres } from "./postgresSchema";
import { postgresVersions } from "./postgresVersions";

export interface PostgresStorageOptions {
  /** Connections per instance. Appends to different maps run side by side, one connection each. */
  maxConnections?: number;
  /** Told about errors of idle connections (a restarted database); the pool replaces them. */
  onConnectionError?: (message: string) => void;
}

interface MapRow {
  id: string;
  edit_token_hash: Buffer;
  view_token_hash: Buffer;
  title: string;
  created_at: string;
  updated_at: string;
}

interface UpdateRow {
  seq: string;
  data: Buffer;
}

function rowsOf(rows: readonly UpdateRow[]): StoredUpdate[] {
  return rows.map(({ seq, data }) => ({ seq: Number(seq), data }));
}

/** A 32-bit key per map for the compaction lock; a rare collision only makes two maps take turns. */
const LOCK_KEY = "hashtext($1)";

/**
 * The shared store for several server instances: the same update log and snapshot compaction as
 * SQLite, in PostgreSQL. Migrations run before the promise resolves. Every method is one statement
 * or one transaction, so a resolved append is committed and may be forwarded.
 */
export async function openPostgresStorage(
  connectionString: string,
  options: PostgresStorageOptions = {},
): Promise<JourneyStorage> {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 16,
    // A database that does not answer fails the request (and the room) instead of hanging it.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: "kundresa",
  });
  // Without a listener an idle connection's error (the database restarting) would end the process.
  pool.on("error", (error) => options.onConnectionError?.(error.message));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  let closing: Promise<void> | undefined;
  return {
    kind: "postgresql",
    createMap: (record: MapRecord, initialUpdate) =>
      transaction(async (client) => {
        await client.query(
          `INSERT INTO maps (id, edit_token_hash, view_token_hash, title, created_at, updated_at, last_seq)
           VALUES ($1, $2, $3, $4, $5, $6, 1)`,
          [
            record.id,
            Buffer.from(record.editTokenHash),
            Buffer.from(record.viewTokenHash),
            record.title,
            record.createdAt,
            record.updatedAt,
          ],
        );
        await client.query("INSERT INTO updates (map_id, seq, data) VALUES ($1, 1, $2)", [
          record.id,
          Buffer.from(initialUpdate),
        ]);
      }),
    getMap: async (id) => {
      const { rows } = await pool.query<MapRow>(
        "SELECT id, edit_token_hash, view_token_hash, title, created_at, updated_at FROM maps WHERE id = $1",
        [id],
      );
      const row = rows[0];
      if (!row) return undefined;
      return {
        id: row.id,
        editTokenHash: row.edit_token_hash,
        viewTokenHash: row.view_token_hash,
        title: row.title,
        createdAt: Number(row.created_at),
        updatedAt: Number(row.updated_at),
      };
    },
    replaceTokenHashes: async (id, hashes) => {
      const { rowCount } = await pool.query(
        "UPDATE maps SET edit_token_hash = $1, view_token_hash = $2 WHERE id = $3",
        [Buffer.from(hashes.editTokenHash), Buffer.from(hashes.viewTokenHash), id],
      );
      return rowCount === 1;
    },
    loadUpdates: async (id) => {
      const { rows } = await pool.query<UpdateRow>("SELECT seq, data FROM updates WHERE map_id = $1 ORDER BY seq", [
        id,
      ]);
      return rowsOf(rows);
    },
    loadUpdatesAfter: async (id, afterSeq) => {
      const { rows } = await pool.query<UpdateRow>(
        "SELECT seq, data FROM updates WHERE map_id = $1 AND seq > $2 ORDER BY seq",
        [id, afterSeq],
      );
      return rowsOf(rows);
    },
    appendUpdate: async (id, update, updatedAt) => {
      // One statement, so one round trip and its own transaction: the row lock on the map orders
      // appends from every instance, and a seq is visible only with its row.
      const { rows } = await pool.query<{ seq: string }>(
        `WITH next AS (
           UPDATE maps SET last_seq = last_seq + 1, updated_at = GREATEST(updated_at, $3)
           WHERE id = $1 RETURNING last_seq
         )
         INSERT INTO updates (map_id, seq, data) SELECT $1, last_seq, $2 FROM next
         RETURNING seq`,
        [id, Buffer.from(update.buffer, update.byteOffset, update.byteLength), updatedAt],
      );
      const row = rows[0];
      if (!row) throw new Error(`no map ${id} to append to`);
      return Number(row.seq);
    },
    compact: (id, snapshot, upToSeq) =>
      transaction(async (client) => {
        // Held to the end of this transaction; an instance that does not get it leaves the map to
        // the one that did, which is writing a snapshot at least as complete as its own.
        const { rows: locked } = await client.query<{ locked: boolean }>(
          `SELECT pg_try_advisory_xact_lock($2, ${LOCK_KEY}) AS locked`,
          [id, LOCK_SPACE.compaction],
        );
        if (!locked[0]?.locked) return false;
        const { rows: counted } = await client.query<{ rows: string }>(
          "SELECT COUNT(*) AS rows FROM updates WHERE map_id = $1 AND seq <= $2",
          [id, upToSeq],
        );
        // One row up to there is a snapshot already (perhaps another instance's, further on).
        if (Number(counted[0]?.rows ?? 0) < 2) return false;
        await client.query("DELETE FROM updates WHERE map_id = $1 AND seq <= $2", [id, upToSeq]);
        await client.query("INSERT INTO updates (map_id, seq, data) VALUES ($1, $2, $3)", [
          id,
          upToSeq,
          Buffer.from(snapshot),
        ]);
        return true;
      }),
    setTitle: async (id, title) => {
      await pool.query("UPDATE maps SET title = $1 WHERE id = $2", [title, id]);
    },
    ...postgresVersions(pool),
    ping: async () => {
      await pool.query("SELECT 1");
    },
    close: () => (closing ??= pool.end()),
  };
}
