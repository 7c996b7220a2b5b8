import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { JourneyStorage, MapRecord, StoredUpdate, TokenHashes } from "./journeyStorage";
import { migrate } from "./sqliteSchema";

export interface SqliteStorageOptions {
  /**
   * `normal` (the default): in WAL mode a commit is written to the WAL before it returns, so it
   * survives the process being killed (`kill -9`, a crash, OOM); only a power cut or kernel panic
   * can lose the last commits before a checkpoint. `full` also fsyncs the WAL on every commit and
   * survives those too, at several milliseconds per update on ordinary disks.
   */
  synchronous?: "normal" | "full";
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

/** The embedded store: one SQLite file in the data directory, WAL mode. */
export function openSqliteStorage(dataDir: string, options: SqliteStorageOptions = {}): JourneyStorage {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.synchronous === "full" ? "FULL" : "NORMAL"}`);
  db.pragma("foreign_keys = ON");
  // Another process (an operator's sqlite3 shell, a backup) may hold a lock for a moment.
  db.pragma("busy_timeout = 5000");
  migrate(db);

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
  const appendRow = db.prepare<[string, string, Buffer], { seq: number }>(
    `INSERT INTO updates (map_id, seq, data)
     VALUES (?, COALESCE((SELECT MAX(seq) FROM updates WHERE map_id = ?), 0) + 1, ?)
     RETURNING seq`,
  );
  const deleteUpTo = db.prepare<[string, number]>("DELETE FROM updates WHERE map_id = ? AND seq <= ?");

  const create = db.transaction((record: MapRecord, initialUpdate: Uint8Array) => {
    insertMap.run({
      ...record,
      editTokenHash: blob(record.editTokenHash),
      viewTokenHash: blob(record.viewTokenHash),
    });
    insertUpdate.run(record.id, 1, blob(initialUpdate));
  });
  const append = db.transaction((id: string, update: Uint8Array, updatedAt: number): number => {
    const row = appendRow.get(id, id, blob(update));
    if (!row) throw new Error(`appending to map ${id} returned no row`);
    touchMap.run(updatedAt, id);
    return row.seq;
  });
  const compact = db.transaction((id: string, snapshot: Uint8Array, upToSeq: number) => {
    deleteUpTo.run(id, upToSeq);
    insertUpdate.run(id, upToSeq, blob(snapshot));
  });

  // better-sqlite3 is synchronous: each method has done its work, committed, when it returns, so
  // a resolved promise means the row is in the WAL.
  return {
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
    appendUpdate: async (id, update, updatedAt) => append(id, update, updatedAt),
    compact: async (id, snapshot, upToSeq) => {
      compact(id, snapshot, upToSeq);
    },
    setTitle: async (id, title) => {
      updateTitle.run(title, id);
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}
