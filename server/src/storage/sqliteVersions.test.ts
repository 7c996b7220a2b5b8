import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { JourneyStorage, NewVersion } from "./journeyStorage";
import { createMemoryStorage } from "./memoryStorage";
import { SCHEMA_VERSION } from "./sqliteSchema";
import { DATABASE_FILE, openSqliteStorage } from "./sqliteStorage";

const dirs: string[] = [];
const stores: JourneyStorage[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "kundresa-versions-"));
  dirs.push(dir);
  return dir;
}

function tracked(store: JourneyStorage): JourneyStorage {
  stores.push(store);
  return store;
}

async function withMap(store: JourneyStorage, id = "map-1"): Promise<JourneyStorage> {
  await store.createMap(
    { id, editTokenHash: new Uint8Array(32), viewTokenHash: new Uint8Array(32), title: id, createdAt: 1, updatedAt: 1 },
    new Uint8Array([0, 0]),
  );
  return store;
}

function version(fields: Partial<NewVersion> = {}): NewVersion {
  return {
    mapId: "map-1",
    kind: "auto",
    name: "",
    createdAt: 1_000,
    content: '{"title":"Åäö 🚀"}\n',
    contentHash: "hash",
    touchpoints: 3,
    ...fields,
  };
}

const implementations: [string, () => JourneyStorage][] = [
  ["memory", () => tracked(createMemoryStorage())],
  ["sqlite", () => tracked(openSqliteStorage(dataDir()))],
];

describe.each(implementations)("versions in %s storage", (_name, open) => {
  it("stores, lists newest first (metadata only), reads one and deletes", async () => {
    const store = await withMap(open());
    const first = await store.saveVersion(version({ createdAt: 1_000 }));
    const named = await store.saveVersion(
      version({ kind: "named", name: "Before lunch", author: "Anna", createdAt: 2_000, content: "named\n" }),
    );
    const sameTime = await store.saveVersion(version({ createdAt: 2_000, contentHash: "other" }));
    expect(named).toMatchObject({ kind: "named", name: "Before lunch", author: "Anna", touchpoints: 3 });
    expect(named).not.toHaveProperty("content");
    const listed = await store.listVersions("map-1");
    expect(listed.map((each) => each.id)).toEqual([sameTime.id, named.id, first.id]);
    expect(listed[2]).not.toHaveProperty("author");
    expect(listed[2]).not.toHaveProperty("content");

    await expect(store.readVersion("map-1", named.id)).resolves.toMatchObject({
      content: "named\n",
      name: "Before lunch",
    });
    await expect(store.readVersion("map-1", first.id)).resolves.toMatchObject({ content: '{"title":"Åäö 🚀"}\n' });
    await expect(store.readVersion("map-1", "nope")).resolves.toBeUndefined();
    await expect(store.readVersion("other-map", named.id)).resolves.toBeUndefined();

    await expect(store.deleteVersions("map-1", [first.id, "nope", "999999"])).resolves.toBe(1);
    await expect(store.deleteVersions("other-map", [named.id])).resolves.toBe(0);
    expect((await store.listVersions("map-1")).map((each) => each.id)).toEqual([sameTime.id, named.id]);
  });

  it("never reuses an id after a delete", async () => {
    const store = await withMap(open());
    const first = await store.saveVersion(version());
    await store.deleteVersions("map-1", [first.id]);
    const second = await store.saveVersion(version());
    expect(second.id).not.toBe(first.id);
  });

  it("refuses a version of a map that does not exist", async () => {
    const store = open();
    await expect(store.saveVersion(version({ mapId: "missing" }))).rejects.toThrow();
  });
});

describe("the versions table in SQLite", () => {
  it("is added in place to a database of schema 1, keeping its maps", async () => {
    const dir = dataDir();
    const old = new Database(join(dir, DATABASE_FILE));
    // Migration 1 as shipped (a shipped migration never changes, so this copy stays true).
    old.exec(`
      CREATE TABLE maps (
        id TEXT PRIMARY KEY NOT NULL, edit_token_hash BLOB NOT NULL, view_token_hash BLOB NOT NULL,
        title TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
      );
      CREATE TABLE updates (
        map_id TEXT NOT NULL REFERENCES maps (id), seq INTEGER NOT NULL, data BLOB NOT NULL,
        PRIMARY KEY (map_id, seq)
      );
      INSERT INTO maps VALUES ('old-map', x'00', x'01', 'Old map', 5, 6);
      INSERT INTO updates VALUES ('old-map', 1, x'0000');
    `);
    old.pragma("user_version = 1");
    old.close();

    const store = tracked(openSqliteStorage(dir));
    await expect(store.getMap("old-map")).resolves.toMatchObject({ title: "Old map", updatedAt: 6 });
    await expect(store.loadUpdates("old-map")).resolves.toHaveLength(1);
    await expect(store.listVersions("old-map")).resolves.toEqual([]);
    const saved = await store.saveVersion(version({ mapId: "old-map" }));
    await expect(store.readVersion("old-map", saved.id)).resolves.toMatchObject({ mapId: "old-map" });
    await store.close();
    stores.splice(0);

    const check = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(check.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(2);
    const stored = check.prepare("SELECT length(content) AS bytes FROM versions").get() as { bytes: number };
    check.close();
    expect(stored.bytes).toBeGreaterThan(0);
  });
});
