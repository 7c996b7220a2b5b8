import type { Database } from "better-sqlite3";

/**
 * Schema migrations, numbered by `PRAGMA user_version`: migration N brings a database from version
 * N to N + 1. Only ever append; a shipped migration is never edited, since databases out there have
 * already run it.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE maps (
    id TEXT PRIMARY KEY NOT NULL,
    edit_token_hash BLOB NOT NULL,
    view_token_hash BLOB NOT NULL,
    title TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  -- Append-only per map; compaction replaces a prefix of a map's rows by one snapshot row.
  CREATE TABLE updates (
    map_id TEXT NOT NULL REFERENCES maps (id),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (map_id, seq)
  );
  `,
  `
  -- Version history. AUTOINCREMENT: an id is never reused after retention deletes its row, so a
  -- link to a dropped version answers 404 instead of showing another one.
  CREATE TABLE versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    map_id TEXT NOT NULL REFERENCES maps (id),
    kind TEXT NOT NULL CHECK (kind IN ('auto', 'named')),
    name TEXT NOT NULL,
    author TEXT,
    created_at INTEGER NOT NULL,
    touchpoints INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    -- The journey-map JSON, deflated (raw DEFLATE): maps compress about eightfold.
    content BLOB NOT NULL
  );
  CREATE INDEX versions_by_map ON versions (map_id, created_at DESC, id DESC);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to `SCHEMA_VERSION` in one transaction; refuses a database from a newer Kundresa. */
export function migrate(db: Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `the data directory was written by a newer Kundresa (schema ${current}, this one knows ${SCHEMA_VERSION}); ` +
        "upgrade Kundresa instead of letting an older one touch it",
    );
  }
  if (current === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (const migration of MIGRATIONS.slice(current)) db.exec(migration);
    // PRAGMA takes no bound parameters; the value is our own integer.
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
