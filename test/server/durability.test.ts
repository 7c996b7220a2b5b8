import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readJourney } from "@kundresa/shared";
import { createMap, request } from "./support/mapApi";
import { spawnServer, type ServerProcess } from "./support/serverProcess";
import { connectClient, firstClose, waitFor, whenSynced, type SyncClient } from "./support/syncClient";
import { addCard } from "./support/cards";

const clients: SyncClient[] = [];
const processes: ServerProcess[] = [];
const dataDirs: string[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of processes.splice(0)) await server.stop("SIGKILL");
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "kundresa-durability-"));
  dataDirs.push(dir);
  return dir;
}

async function spawn(dir: string, port?: number): Promise<ServerProcess> {
  const server = await spawnServer({ dataDir: dir, port });
  processes.push(server);
  return server;
}

function open(server: ServerProcess, mapId: string, token: string, maxBackoffTime?: number): SyncClient {
  const client = connectClient(server.url, mapId, token, { maxBackoffTime });
  clients.push(client);
  return client;
}

async function storedCardIds(server: ServerProcess, mapId: string, token: string): Promise<string[]> {
  const response = await request(server.url, `/api/maps/${mapId}`, { token });
  expect(response.status).toBe(200);
  const map = JSON.parse(await response.text()) as { touchpoints: Array<{ id: string }> };
  return map.touchpoints.map((touchpoint) => touchpoint.id).sort();
}

const cardIds = (count: number, prefix: string): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix}-${String(index).padStart(3, "0")}`);

describe("durability across server processes", () => {
  it("kill -9 right after another client has seen 100 edits loses none of them", async () => {
    const dir = dataDir();
    const first = await spawn(dir);
    const map = await createMap(first.url);
    const [writer, watcher] = [open(first, map.id, map.editToken), open(first, map.id, map.viewToken)];
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);
    const ids = cardIds(100, "edit");
    for (const id of ids) addCard(writer, id);
    await waitFor(() => readJourney(watcher.doc).map.touchpoints.length === 100, "100 edits at the watcher");
    first.child.kill("SIGKILL");
    expect(await first.exited).toBe(null);

    const second = await spawn(dir);
    expect(await storedCardIds(second, map.id, map.viewToken)).toEqual(ids);
  });

  it("SIGTERM closes sockets with 1001, flushes every map and exits 0", async () => {
    const dir = dataDir();
    const first = await spawn(dir);
    const map = await createMap(first.url);
    const [writer, watcher] = [open(first, map.id, map.editToken), open(first, map.id, map.viewToken)];
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);
    const ids = cardIds(30, "flushed");
    for (const id of ids) addCard(writer, id);
    await waitFor(() => readJourney(watcher.doc).map.touchpoints.length === 30, "the edits at the watcher");

    expect(await first.stop("SIGTERM")).toBe(0);
    expect((await firstClose(writer)).code).toBe(1001);
    const events = first.events();
    expect(events[0]).toBe("server.listening");
    expect(events.slice(events.indexOf("server.stopping"))).toEqual(
      expect.arrayContaining(["server.stopping", "room.compacted", "room.close", "server.stopped"]),
    );
    expect(events.at(-1)).toBe("server.stopped");
    // No token ever reaches the log, not even from the upgrade URL's query string.
    expect(first.output()).not.toContain(map.editToken);
    expect(first.output()).not.toContain(map.viewToken);

    const second = await spawn(dir);
    expect(await storedCardIds(second, map.id, map.viewToken)).toEqual(ids);
  });

  it("Ctrl+C (SIGINT) stops it the same way: sockets closed with 1001, maps flushed, exit 0", async () => {
    const dir = dataDir();
    const first = await spawn(dir);
    const map = await createMap(first.url);
    const writer = open(first, map.id, map.editToken);
    await whenSynced(writer);
    const ids = cardIds(5, "interrupted");
    for (const id of ids) addCard(writer, id);
    await waitFor(
      async () => (await storedCardIds(first, map.id, map.viewToken)).length === ids.length,
      "the edits stored",
    );
    expect(await first.stop("SIGINT")).toBe(0);
    expect((await firstClose(writer)).code).toBe(1001);
    expect(first.events().at(-1)).toBe("server.stopped");
    const second = await spawn(dir);
    expect(await storedCardIds(second, map.id, map.viewToken)).toEqual(ids);
  });

  it("merges edits a client made while the server was down once it is back", async () => {
    const dir = dataDir();
    const first = await spawn(dir);
    const map = await createMap(first.url);
    const client = open(first, map.id, map.editToken, 200);
    await whenSynced(client);
    addCard(client, "online");
    await waitFor(
      async () => (await storedCardIds(first, map.id, map.viewToken)).length === 1,
      "the online edit stored",
    );

    first.child.kill("SIGKILL");
    await first.exited;
    await waitFor(() => !client.provider.wsconnected, "the client to notice");
    const offline = cardIds(5, "offline");
    for (const id of offline) addCard(client, id);

    const second = await spawn(dir, first.port);
    await waitFor(() => client.provider.synced, "the same provider to reconnect");
    const other = open(second, map.id, map.viewToken);
    await waitFor(() => readJourney(other.doc).map.touchpoints.length === 6, "the offline edits at another client");
    expect(await storedCardIds(second, map.id, map.viewToken)).toEqual(["online", ...offline].sort());
  });
});
