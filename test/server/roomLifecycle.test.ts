import { afterEach, describe, expect, it } from "vitest";
import { exportJourney, readJourney, setMeta, TEMPLATES } from "@kundresa/shared";
import { createMemoryStorage } from "../../server/src/storage/memoryStorage";
import type { JourneyStorage } from "../../server/src/storage/journeyStorage";
import { createMap, request } from "./support/mapApi";
import { connectClient, firstClose, waitFor, whenSynced, type SyncClient } from "./support/syncClient";
import { startTestServer, type TestServer } from "./support/testServer";
import { openStorageFor } from "./support/testStorage";
import { addCard } from "./support/cards";

const clients: SyncClient[] = [];
const servers: TestServer[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.dispose();
});

async function serve(options: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

function open(server: TestServer, mapId: string, token: string): SyncClient {
  const client = connectClient(server.url, mapId, token);
  clients.push(client);
  return client;
}

describe("rooms", () => {
  it("give their memory back once none is loaded: one full collection after the last unloads, none while one is open", async () => {
    const server = await serve({ roomGraceMs: 50, idleCollectMs: 150 });
    const collections = () => server.logs.filter((line) => line.event === "memory.idle-collect").length;
    const map = await createMap(server.url);
    const writer = open(server, map.id, map.editToken);
    await whenSynced(writer);
    addCard(writer, "card-1", "stage-before");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(server.roomCount()).toBe(1);
    expect(collections()).toBe(0);

    for (const client of clients.splice(0)) client.destroy();
    await waitFor(() => collections() === 1, "the idle collection");
    expect(server.roomCount()).toBe(0);
    const line = server.logs.find((each) => each.event === "memory.idle-collect");
    expect(line).toMatchObject({ rssBeforeMiB: expect.any(Number), rssAfterMiB: expect.any(Number) });
    // Once per idle spell, not over and over while the server stays idle.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(collections()).toBe(1);

    // The store gave its page cache back too; the map still loads, whole, and takes edits.
    const returning = open(server, map.id, map.editToken);
    await waitFor(() => readJourney(returning.doc).map.touchpoints.length === 1, "the map after the collection");
    addCard(returning, "card-2", "stage-before");
    const reader = open(server, map.id, map.viewToken);
    await waitFor(() => readJourney(reader.doc).map.touchpoints.length === 2, "the new card at a reader");
  });

  it("unload after the grace period, compacted, and reload with their content", async () => {
    const server = await serve({ roomGraceMs: 50 });
    const map = await createMap(server.url);
    const writer = open(server, map.id, map.editToken);
    await whenSynced(writer);
    for (let index = 0; index < 20; index++) addCard(writer, `card-${index}`, "stage-before");
    setMeta(writer.doc, { title: "Renamed live" });
    const reader = open(server, map.id, map.viewToken);
    await waitFor(() => readJourney(reader.doc).map.touchpoints.length === 20, "the edits at the reader");
    for (const client of clients.splice(0)) client.destroy();

    await waitFor(() => server.roomCount() === 0, "the room to unload");
    expect(server.logs.map((line) => line.event)).toEqual(
      expect.arrayContaining(["room.open", "room.compacted", "room.close"]),
    );
    const storage = await openStorageFor(server.dataDir);
    try {
      expect(await storage.loadUpdates(map.id)).toHaveLength(1);
      // Operators see the live title in the maps table.
      expect((await storage.getMap(map.id))?.title).toBe("Renamed live");
    } finally {
      await storage.close();
    }

    const again = open(server, map.id, map.viewToken);
    await whenSynced(again);
    expect(readJourney(again.doc).map.touchpoints).toHaveLength(20);
    expect(server.roomCount()).toBe(1);
  });

  it("refuse to open over a corrupt stored update, and overwrite nothing", async () => {
    const server = await serve({ roomGraceMs: 20 });
    const map = await createMap(server.url, exportJourney(TEMPLATES[0]!.build()));
    const other = await createMap(server.url);
    const storage = await openStorageFor(server.dataDir);
    try {
      await storage.appendUpdate(map.id, new Uint8Array([1, 1, 200, 7, 0, 0, 3, 99, 250]), Date.now());
      const before = await storage.loadUpdates(map.id);

      const response = await request(server.url, `/api/maps/${map.id}`, { token: map.viewToken });
      expect(response.status).toBe(500);
      expect(((await response.json()) as { error: string }).error).toMatch(/cannot be read/);
      const client = open(server, map.id, map.editToken);
      const closed = await firstClose(client);
      expect(closed.code).toBe(1011);
      expect(closed.reason).toMatch(/cannot be read/);
      expect(server.logs.some((line) => line.event === "room.failed" && line["mapId"] === map.id)).toBe(true);

      await waitFor(() => server.roomCount() === 0, "the failed room to leave memory");
      expect(await storage.loadUpdates(map.id)).toEqual(before);
      // The server and its other maps are fine.
      expect((await request(server.url, `/api/maps/${other.id}`, { token: other.viewToken })).status).toBe(200);
    } finally {
      await storage.close();
    }
  });

  it("close a room whose update cannot be stored, without forwarding it, and keep serving", async () => {
    const memory = createMemoryStorage();
    let failWrites = false;
    const flaky: JourneyStorage = {
      ...memory,
      appendUpdate: (id, update, updatedAt) =>
        failWrites ? Promise.reject(new Error("disk full")) : memory.appendUpdate(id, update, updatedAt),
    };
    const server = await serve({ storage: flaky, roomGraceMs: 20 });
    const map = await createMap(server.url);
    const [writer, reader] = [open(server, map.id, map.editToken), open(server, map.id, map.editToken)];
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    addCard(writer, "stored", "stage-before");
    await waitFor(() => readJourney(reader.doc).map.touchpoints.length === 1, "the first edit at the reader");

    failWrites = true;
    addCard(writer, "not-stored", "stage-before");
    expect((await firstClose(reader)).code).toBe(1011);
    expect(readJourney(reader.doc).map.touchpoints.map((touchpoint) => touchpoint.id)).toEqual(["stored"]);
    expect((await request(server.url, "/healthz")).status).toBe(200);

    // Once storage works again, the writer's reconnect brings its unsaved edit back.
    failWrites = false;
    const later = open(server, map.id, map.viewToken);
    await waitFor(
      () => readJourney(later.doc).map.touchpoints.length === 2,
      "the writer's unsaved edit, sent again after reconnecting",
    );
  });
});
