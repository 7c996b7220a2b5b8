import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { JourneyStorage } from "../../server/src/storage/journeyStorage";
import { DATABASE_FILE, openSqliteStorage } from "../../server/src/storage/sqliteStorage";
import { waitFor } from "./support/syncClient";

const dirs: string[] = [];
const stores: JourneyStorage[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "kundresa-sqlite-"));
  dirs.push(dir);
  return dir;
}

function open(dir: string): JourneyStorage {
  const store = openSqliteStorage(dir);
  stores.push(store);
  return store;
}

async function close(store: JourneyStorage): Promise<void> {
  stores.splice(stores.indexOf(store), 1);
  await store.close();
}

async function createMaps(store: JourneyStorage, count: number, updatedAt = 1_000): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, index) => `map-${index}`);
  for (const id of ids) {
    await store.createMap(
      {
        id,
        editTokenHash: new Uint8Array(32),
        viewTokenHash: new Uint8Array(32),
        title: id,
        createdAt: 1_000,
        updatedAt,
      },
      new Uint8Array([0, 0]),
    );
  }
  return ids;
}

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe("SQLite storage", () => {
  it("commits appends made at once together, each with its own seq, and keeps them across a reopen", async () => {
    const dir = dataDir();
    const store = open(dir);
    const ids = await createMaps(store, 20);
    const appends = ids.flatMap((id, map) =>
      Array.from({ length: 10 }, (_, index) => store.appendUpdate(id, bytes(map, index), 2_000)),
    );
    const seqs = await Promise.all(appends);
    expect(seqs).toEqual(ids.flatMap(() => Array.from({ length: 10 }, (_, index) => index + 2)));

    await close(store);
    const reopened = open(dir);
    for (const [map, id] of ids.entries()) {
      const rows = await reopened.loadUpdates(id);
      expect(rows.map(({ seq }) => seq)).toEqual(Array.from({ length: 11 }, (_, index) => index + 1));
      expect(rows.slice(1).map(({ data }) => [...data])).toEqual(
        Array.from({ length: 10 }, (_, index) => [map, index]),
      );
    }
  });

  it("fails only the append that cannot be stored, not the others committed with it", async () => {
    const dir = dataDir();
    const store = open(dir);
    const [first, second] = await createMaps(store, 2);
    const results = await Promise.allSettled([
      store.appendUpdate(first!, bytes(1), 2_000),
      store.appendUpdate("no-such-map", bytes(2), 2_000),
      store.appendUpdate(second!, bytes(3), 2_000),
    ]);
    expect(results.map(({ status }) => status)).toEqual(["fulfilled", "rejected", "fulfilled"]);

    await close(store);
    const reopened = open(dir);
    expect((await reopened.loadUpdates(first!)).map(({ data }) => [...data])).toEqual([[0, 0], [1]]);
    expect((await reopened.loadUpdates(second!)).map(({ data }) => [...data])).toEqual([[0, 0], [3]]);
  });

  it("numbers an append after rows another connection added to the same log, losing neither", async () => {
    const dir = dataDir();
    const store = open(dir);
    const [id] = await createMaps(store, 1);
    expect(await store.appendUpdate(id!, bytes(1), 2_000)).toBe(2);
    // A second process on the same data directory (which the server does not do, but an operator might).
    const other = open(dir);
    expect(await other.appendUpdate(id!, bytes(2), 2_000)).toBe(3);
    expect(await other.appendUpdate(id!, bytes(3), 2_000)).toBe(4);
    expect(await store.appendUpdate(id!, bytes(4), 2_000)).toBe(5);
    expect(await store.appendUpdate(id!, bytes(5), 2_000)).toBe(6);
    expect((await store.loadUpdates(id!)).map(({ seq, data }) => [seq, ...data])).toEqual([
      [1, 0, 0],
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 4],
      [6, 5],
    ]);
  });

  it("keeps updated_at within a minute while a map is edited, and exact once it is compacted", async () => {
    const store = open(dataDir());
    const [id] = await createMaps(store, 1);
    const start = 10_000_000;
    await store.appendUpdate(id!, bytes(1), start);
    expect((await store.getMap(id!))?.updatedAt).toBe(start);
    const seq = await store.appendUpdate(id!, bytes(2), start + 1_000);
    expect((await store.getMap(id!))?.updatedAt).toBe(start);
    await store.appendUpdate(id!, bytes(3), start + 61_000);
    expect((await store.getMap(id!))?.updatedAt).toBe(start + 61_000);
    await store.appendUpdate(id!, bytes(4), start + 62_000);
    await store.compact(id!, bytes(0, 0), seq + 2);
    expect((await store.getMap(id!))?.updatedAt).toBe(start + 62_000);
  });

  it("checkpoints the write-ahead log into the database file on its own thread", async () => {
    const dir = dataDir();
    const store = open(dir);
    const [id] = await createMaps(store, 1);
    const file = join(dir, DATABASE_FILE);
    const before = statSync(file).size;
    // Some 2,000 pages in the WAL: far below the main connection's own checkpoint threshold, so
    // only the checkpoint thread can move them into the database file.
    const page = new Uint8Array(4_000).fill(7);
    for (let index = 0; index < 2_000; index++) await store.appendUpdate(id!, page, 2_000);
    await waitFor(() => statSync(file).size > before + 4_000_000, "the database file to take in the log", 10_000);
    expect(await store.loadUpdates(id!)).toHaveLength(2_001);
  });
});
