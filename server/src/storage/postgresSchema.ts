import type { Pool } from "pg";

/**
 * Schema migrations for the PostgreSQL store, numbered in `kundresa_schema`: migration N brings a
 * database from version N to N + 1. Only ever append; a shipped migration is never edited.
 * Timestamps are milliseconds since the epoch in BIGINT, as in SQLite, so both stores hand the
 * rooms the same numbers.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE maps (
    id TEXT PRIMARY KEY,
    edit_token_hash BYTEA NOT NULL,
    view_token_hash BYTEA NOT NULL,
    title TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- The newest seq handed out. An append bumps it in the same statement that inserts the row,
    -- so the row lock orders appends to one map from every instance, and seqs commit in order.
    last_seq BIGINT NOT NULL
  ) WITH (fillfactor = 70);
  -- Append-only per map; compaction replaces a prefix of a map's rows by one snapshot row.
  CREATE TABLE updates (
    map_id TEXT NOT NULL REFERENCES maps (id),
    seq BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (map_id, seq)
  );
  -- An identity column never hands out an id twice, so a link to a dropped version answers 404.
  CREATE TABLE versions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    map_id TEXT NOT NULL REFERENCES maps (id),
    kind TEXT NOT NULL CHECK (kind IN ('auto', 'named')),
    name TEXT NOT NULL,
    author TEXT,
    created_at BIGINT NOT NULL,
    touchpoints INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    -- The journey-map JSON, deflated (raw DEFLATE), as in SQLite.
    content BYTEA NOT NULL
  );
  CREATE INDEX versions_by_map ON versions (map_id, created_at DESC, id DESC);
  `,
];

export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/** Advisory-lock keys (first half of the pair): ours alone in a database other programs may share. */
export const LOCK_SPACE = { migrations: 0x4b52_0001, compaction: 0x4b52_0002 } as const;

/**
 * Brings the schema to `POSTGRES_SCHEMA_VERSION` in one transaction. Instances starting together
 * take turns on an advisory lock, so each migration runs once; one from a newer Kundresa is refused.
 */
export async function migratePostgres(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1, 0)", [LOCK_SPACE.migrations]);
    await client.query("CREATE TABLE IF NOT EXISTS kundresa_schema (version INTEGER NOT NULL)");
    const { rows } = await client.query<{ version: number }>("SELECT version FROM kundresa_schema");
    const current = rows[0]?.version ?? 0;
    if (current > POSTGRES_SCHEMA_VERSION) {
      throw new Error(
        `the database was written by a newer Kundresa (schema ${current}, this one knows ${POSTGRES_SCHEMA_VERSION}); ` +
          "upgrade Kundresa instead of letting an older one touch it",
      );
    }
    for (const migration of MIGRATIONS.slice(current)) await client.query(migration);
    if (rows.length === 0) {
      await client.query("INSERT INTO kundresa_schema (version) VALUES ($1)", [POSTGRES_SCHEMA_VERSION]);
    } else if (current < POSTGRES_SCHEMA_VERSION) {
      await client.query("UPDATE kundresa_schema SET version = $1", [POSTGRES_SCHEMA_VERSION]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
