import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { JourneyStorage } from "../../server/src/storage/journeyStorage";
import { openStorageFor, testStorageKind } from "./support/testStorage";

// What the rooms rely on from any store, run on SQLite and on PostgreSQL (vitest.config.ts). Two
// stores opened on one data directory stand for two server instances sharing it.
const stores: JourneyStorage[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function sharedStores(count: number): Promise<JourneyStorage[]> {
  const dir = mkdtempSync(join(tmpdir(), "kundresa-contract-"));
  dirs.push(dir);
  const opened: JourneyStorage[] = [];
  for (let index = 0; index < count; index++) opened.push(await openStorageFor(dir));
  stores.push(...opened);
  return opened;
}

/** A map whose updates each add one entry to a Y.Map, so a snapshot's content is easy to read. */
function mapWriter() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  return {
    write(key: string): Uint8Array {
      const before = updates.length;
      doc.getMap("cards").set(key, key);
      return updates[before] ?? new Uint8Array();
    },
    first: (): Uint8Array => Y.encodeStateAsUpdate(doc),
  };
}

function keysOf(rows: ReadonlyArray<{ data: Uint8Array }>): string[] {
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return [...doc.getMap("cards").keys()].sort();
}

async function createMap(store: JourneyStorage, id: string, initial: Uint8Array): Promise<void> {
  await store.createMap(
    { id, editTokenHash: new Uint8Array(32), viewTokenHash: new Uint8Array(32), title: id, createdAt: 1, updatedAt: 1 },
    initial,
  );
}

describe(`the storage contract (${testStorageKind()})`, () => {
  it("gives appends from two instances to one map distinct seqs, in order, and both see all rows", async () => {
    const [one, two] = (await sharedStores(2)) as [JourneyStorage, JourneyStorage];
    const writer = mapWriter();
    await createMap(one, "shared", writer.first());
    const updates = Array.from({ length: 40 }, (_, index) => writer.write(`k${index}`));
    const seqs = await Promise.all(
      updates.map((update, index) => (index % 2 ? one : two).appendUpdate("shared", update, 2)),
    );
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index + 2));
    for (const store of [one, two]) {
      const rows = await store.loadUpdates("shared");
      expect(rows.map(({ seq }) => seq)).toEqual(Array.from({ length: 41 }, (_, index) => index + 1));
      expect(keysOf(rows)).toHaveLength(40);
    }
  });

  it("reads the rows after a seq, with a compacted prefix arriving as its snapshot row", async () => {
    const [store] = (await sharedStores(1)) as [JourneyStorage];
    const writer = mapWriter();
    await createMap(store, "m", writer.first());
    for (let index = 0; index < 6; index++) await store.appendUpdate("m", writer.write(`k${index}`), 2);
    expect((await store.loadUpdatesAfter("m", 4)).map(({ seq }) => seq)).toEqual([5, 6, 7]);
    const snapshotDoc = new Y.Doc();
    for (const row of await store.loadUpdates("m")) if (row.seq <= 5) Y.applyUpdate(snapshotDoc, row.data);
    expect(await store.compact("m", Y.encodeStateAsUpdate(snapshotDoc), 5)).toBe(true);
    // Someone who had rows up to 2 gets the snapshot (which holds 3 to 5 too), then 6 and 7.
    const after = await store.loadUpdatesAfter("m", 2);
    expect(after.map(({ seq }) => seq)).toEqual([5, 6, 7]);
    expect(keysOf(after)).toEqual(["k0", "k1", "k2", "k3", "k4", "k5"]);
    expect(await store.loadUpdatesAfter("m", 7)).toEqual([]);
  });

  it("lets only one of two instances compacting a map at once write its snapshot, and loses nothing", async () => {
    const [one, two] = (await sharedStores(2)) as [JourneyStorage, JourneyStorage];
    const writer = mapWriter();
    await createMap(one, "m", writer.first());
    for (let index = 0; index < 30; index++) await one.appendUpdate("m", writer.write(`k${index}`), 2);
    const snapshot = (await one.loadUpdates("m")).reduce((doc, row) => {
      Y.applyUpdate(doc, row.data);
      return doc;
    }, new Y.Doc());
    const bytes = Y.encodeStateAsUpdate(snapshot);
    const results = await Promise.all([one.compact("m", bytes, 31), two.compact("m", bytes, 31)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const rows = await two.loadUpdates("m");
    expect(rows.map(({ seq }) => seq)).toEqual([31]);
    expect(keysOf(rows)).toHaveLength(30);
    // Compacting again as far changes nothing: there is nothing left to fold.
    expect(await one.compact("m", bytes, 31)).toBe(false);
    await one.appendUpdate("m", writer.write("late"), 3);
    expect(keysOf(await two.loadUpdates("m"))).toContain("late");
  });

  it("answers ping while open and names itself", async () => {
    const [store] = (await sharedStores(1)) as [JourneyStorage];
    await expect(store.ping()).resolves.toBeUndefined();
    expect(store.kind).toBe(testStorageKind());
  });
});
