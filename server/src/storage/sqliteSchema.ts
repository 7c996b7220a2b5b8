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
