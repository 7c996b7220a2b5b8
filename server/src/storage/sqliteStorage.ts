import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { GroupCommit, type QueuedAppend } from "./groupCommit";
import type { JourneyStorage, MapRecord, StoredUpdate, TokenHashes } from "./journeyStorage";
import { migrate } from "./sqliteSchema";
import { sqliteVersions } from "./sqliteVersions";
import { startWalCheckpointer } from "./walCheckpointer";

export interface SqliteStorageOptions {
  /**
   * `normal` (the default): in WAL mode a commit is written to the WAL before it returns, so it
   * survives the process being killed (`kill -9`, a crash, OOM); only a power cut or kernel panic
   * can lose the last commits before a checkpoint. `full` also fsyncs the WAL on every commit and
   * survives those too, at several milliseconds per update on ordinary disks.
   */
  synchronous?: "normal" | "full";
  /** Told when checkpoints fall back to the main thread (the checkpoint thread failed). */
  onCheckpointFailure?: (message: string) => void;
}

export const DATABASE_FILE = "kundresa.sqlite";

interface MapRow {
  id: string;
  edit_token_hash: Buffer;
  view_token_hash: Buffer;
  title: string;
  created_at: number;
  updated_at: number;
}

/** better-sqlite3 binds Buffers; a Uint8Array view is wrapped without copying. */
function blob(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** SQLite's own default: checkpoint once the WAL holds this many pages. */
const INLINE_CHECKPOINT_PAGES = 1_000;
/** With the checkpoint thread running, the main connection checkpoints only if it falls this far behind. */
const FALLBACK_CHECKPOINT_PAGES = 20_000;
const CHECKPOINT_INTERVAL_MS = 1_000;
/** How stale `maps.updated_at` may get while a map is being edited. */
const TOUCH_INTERVAL_MS = 60_000;

type AppendResult = { seq: number } | { error: unknown };

/** The embedded store: one SQLite file in the data directory, WAL mode. */
export function openSqliteStorage(dataDir: string, options: SqliteStorageOptions = {}): JourneyStorage {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const db = new Database(file);
  const synchronous = options.synchronous === "full" ? "FULL" : "NORMAL";
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma("foreign_keys = ON");
  // Another process (an operator's sqlite3 shell, a backup) may hold a lock for a moment.
  db.pragma("busy_timeout = 5000");
  migrate(db);
  db.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
  const checkpointer = startWalCheckpointer(file, synchronous, CHECKPOINT_INTERVAL_MS, (message) => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
    options.onCheckpointFailure?.(message);
  });

  const insertMap = db.prepare(
    `INSERT INTO maps (id, edit_token_hash, view_token_hash, title, created_at, updated_at)
     VALUES (@id, @editTokenHash, @viewTokenHash, @title, @createdAt, @updatedAt)`,
  );
  const selectMap = db.prepare<[string], MapRow>("SELECT * FROM maps WHERE id = ?");
  const updateTokens = db.prepare("UPDATE maps SET edit_token_hash = ?, view_token_hash = ? WHERE id = ?");
  const updateTitle = db.prepare("UPDATE maps SET title = ? WHERE id = ?");
  const touchMap = db.prepare("UPDATE maps SET updated_at = ? WHERE id = ?");
  const selectUpdates = db.prepare<[string], { seq: number; data: Buffer }>(
    "SELECT seq, data FROM updates WHERE map_id = ? ORDER BY seq",
  );
  const insertUpdate = db.prepare<[string, number, Buffer]>("INSERT INTO updates (map_id, seq, data) VALUES (?, ?, ?)");
  const selectNewestSeq = db.prepare<[string], { seq: number }>(
    "SELECT COALESCE(MAX(seq), 0) AS seq FROM updates WHERE map_id = ?",
  );
  const selectUpdatesAfter = db.prepare<[string, number], { seq: number; data: Buffer }>(
    "SELECT seq, data FROM updates WHERE map_id = ? AND seq > ? ORDER BY seq",
  );
  const countUpTo = db.prepare<[string, number], { rows: number }>(
    "SELECT COUNT(*) AS rows FROM updates WHERE map_id = ? AND seq <= ?",
  );
  const deleteUpTo = db.prepare<[string, number]>("DELETE FROM updates WHERE map_id = ? AND seq <= ?");
  const selectOne = db.prepare("SELECT 1");

  const create = db.transaction((record: MapRecord, initialUpdate: Uint8Array) => {
    insertMap.run({
      ...record,
      editTokenHash: blob(record.editTokenHash),
      viewTokenHash: blob(record.viewTokenHash),
    });
    insertUpdate.run(record.id, 1, blob(initialUpdate));
  });
  // The newest seq of each map appended to since its last compaction, so that an append inserts
  // its row with a known seq instead of reading the log's end and returning it: measured between
  // edits 20 ms apart (as a workshop types), an INSERT … RETURNING with a MAX subquery took 0.26 ms
  // a commit and this one 0.17 ms. Only this process appends; should anything else have, the
  // insert meets that row's seq and the end is read again.
  const newestSeq = new Map<string, number>();
  const insertRow = (id: string, update: Uint8Array): number => {
    const known = newestSeq.get(id);
    const seq = (known ?? selectNewestSeq.get(id)?.seq ?? 0) + 1;
    try {
      insertUpdate.run(id, seq, blob(update));
    } catch (error) {
      newestSeq.delete(id);
      if (known !== undefined && (error as { code?: unknown }).code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
        return insertRow(id, update);
      }
      throw error;
    }
    newestSeq.set(id, seq);
    return seq;
  };
  // Nested in `appendBatch`, so a savepoint: one map's failed append leaves the others in the batch.
  const appendOne = db.transaction(insertRow);
  // Per map edited since its last compaction: the newest append's time, and when updated_at was
  // last written. Appends rewrite updated_at at most once a minute; compaction writes the newest.
  const latestAppend = new Map<string, number>();
  const touchedAt = new Map<string, number>();
  const appendBatch = db.transaction((batch: readonly QueuedAppend[]): AppendResult[] => {
    const results = batch.map(({ mapId, update }): AppendResult => {
      try {
        // A batch of one needs no savepoint: its failure is the transaction's.
        return { seq: batch.length === 1 ? insertRow(mapId, update) : appendOne(mapId, update) };
      } catch (error) {
        return { error };
      }
    });
    // The maps row is one more page in the WAL on every commit; a minute's precision is plenty
    // for operators between compactions.
    batch.forEach(({ mapId, updatedAt }, index) => {
      if (!("seq" in (results[index] ?? {}))) return;
      latestAppend.set(mapId, Math.max(updatedAt, latestAppend.get(mapId) ?? 0));
      if (updatedAt - (touchedAt.get(mapId) ?? 0) < TOUCH_INTERVAL_MS) return;
      touchMap.run(updatedAt, mapId);
      touchedAt.set(mapId, updatedAt);
    });
    return results;
  });
  const appends = new GroupCommit((batch) => {
    let results: AppendResult[];
    try {
      results = appendBatch(batch);
    } catch (error) {
      // The commit itself failed: nothing in the batch is stored, so the seqs it counted are not taken.
      for (const { mapId } of batch) newestSeq.delete(mapId);
      for (const append of batch) append.reject(error);
      return;
    }
    batch.forEach((append, index) => {
      const result = results[index] ?? { error: new Error("the batch returned no result for this append") };
      if ("seq" in result) append.resolve(result.seq);
      else append.reject(result.error);
    });
  });
  const compact = db.transaction((id: string, snapshot: Uint8Array, upToSeq: number): boolean => {
    // One row (or none) up to there: a snapshot already, nothing to gain.
    if ((countUpTo.get(id, upToSeq)?.rows ?? 0) < 2) return false;
    deleteUpTo.run(id, upToSeq);
    insertUpdate.run(id, upToSeq, blob(snapshot));
    const latest = latestAppend.get(id);
    if (latest !== undefined && latest > (touchedAt.get(id) ?? 0)) touchMap.run(latest, id);
    return true;
  });

  // better-sqlite3 is synchronous: each method has done its work, committed, when it returns (an
  // append when its group commit has), so a resolved promise means the row is in the WAL.
  return {
    kind: "sqlite",
    createMap: async (record, initialUpdate) => {
      create(record, initialUpdate);
    },
    getMap: async (id) => {
      const row = selectMap.get(id);
      if (!row) return undefined;
      return {
        id: row.id,
        editTokenHash: row.edit_token_hash,
        viewTokenHash: row.view_token_hash,
        title: row.title,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },
    replaceTokenHashes: async (id, hashes: TokenHashes) =>
      updateTokens.run(blob(hashes.editTokenHash), blob(hashes.viewTokenHash), id).changes === 1,
    loadUpdates: async (id): Promise<StoredUpdate[]> => selectUpdates.all(id),
    loadUpdatesAfter: async (id, afterSeq): Promise<StoredUpdate[]> => selectUpdatesAfter.all(id, afterSeq),
    appendUpdate: (id, update, updatedAt) => appends.append(id, update, updatedAt),
    compact: async (id, snapshot, upToSeq) => {
      const compacted = compact(id, snapshot, upToSeq);
      latestAppend.delete(id);
      touchedAt.delete(id);
      // Mostly on unload: the map's entries go with it.
      newestSeq.delete(id);
      return compacted;
    },
    setTitle: async (id, title) => {
      updateTitle.run(title, id);
    },
    ...sqliteVersions(db),
    ping: async () => {
      selectOne.get();
    },
    releaseMemory: () => {
      // Its pages sit among the C heap's, where they keep pages resident that malloc_trim would
      // otherwise give back; the next query reads what it needs from the OS's file cache.
      if (db.open) db.pragma("shrink_memory");
    },
    close: async () => {
      if (!db.open) return;
      appends.flush();
      await checkpointer.stop();
      db.close();
    },
  };
}
