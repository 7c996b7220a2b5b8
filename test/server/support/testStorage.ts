import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import type { JourneyStorage } from "../../../server/src/storage/journeyStorage";
import { openPostgresStorage } from "../../../server/src/storage/postgresStorage";
import { openSqliteStorage } from "../../../server/src/storage/sqliteStorage";
import { createSchema } from "../../support/services/postgresServer";

/**
 * Which store the server suites run against. The same suites run twice (vitest.config.ts): on
 * SQLite, the default, and with `KUNDRESA_TEST_STORAGE=postgresql` on the run's real PostgreSQL.
 */
export function testStorageKind(): "sqlite" | "postgresql" {
  return process.env["KUNDRESA_TEST_STORAGE"] === "postgresql" ? "postgresql" : "sqlite";
}

/**
 * The PostgreSQL URL standing for a data directory: its own schema, named after the directory, so
 * a server restarted on the same directory finds its maps again and no two servers share any.
 * Undefined on SQLite, where the directory itself is the store.
 */
export async function databaseUrlFor(dataDir: string): Promise<string | undefined> {
  if (testStorageKind() !== "postgresql") return undefined;
  const schema = `t_${createHash("sha256").update(dataDir).digest("hex").slice(0, 24)}`;
  return createSchema(inject("postgresUrl"), schema);
}

/** The store a server on `dataDir` uses, opened beside it (for tests that look at what it wrote). */
export async function openStorageFor(dataDir: string): Promise<JourneyStorage> {
  const url = await databaseUrlFor(dataDir);
  return url ? openPostgresStorage(url) : openSqliteStorage(dataDir);
}

/**
 * Everything the store of a server on `dataDir` holds, as bytes to search: SQLite's files, or
 * every row of every table in the PostgreSQL schema as text (BYTEA shows as hex there; see
 * `storeHolds`).
 */
async function storedContent(dataDir: string): Promise<Buffer[]> {
  const url = await databaseUrlFor(dataDir);
  if (!url) {
    return readdirSync(dataDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(dataDir, entry.name)));
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
    );
    const dumps: Buffer[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
      dumps.push(Buffer.from(rows.map(({ row }) => row).join("\n")));
    }
    return dumps;
  } finally {
    await client.end();
  }
}

/** Whether the store holds `text` anywhere, as it is or as the hex of its bytes (PostgreSQL's BYTEA text). */
export async function storeHolds(dataDir: string, text: string): Promise<boolean> {
  const dumps = await storedContent(dataDir);
  if (dumps.length === 0) throw new Error(`nothing stored for ${dataDir}`);
  const hex = Buffer.from(text).toString("hex");
  return dumps.some((bytes) => bytes.includes(text) || bytes.includes(hex));
}
