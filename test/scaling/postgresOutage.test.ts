import { afterEach, describe, expect, it } from "vitest";
import { createMap, request } from "../server/support/mapApi";
import { connectClient, waitFor, whenSynced, type SyncClient } from "../server/support/syncClient";
import { startTestServer, type TestServer } from "../server/support/testServer";
import { startPostgres, type PostgresServer } from "../support/services/postgresServer";
import { addCard, cardIds } from "../server/support/cards";

const clients: SyncClient[] = [];
const servers: TestServer[] = [];
const databases: PostgresServer[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.dispose();
  for (const database of databases.splice(0)) await database.stop();
});

describe("PostgreSQL going away under a running instance", () => {
  it("reports 503 on /healthz, saves nothing half-way, and takes the edits made meanwhile once it is back", async () => {
    // A database of this test's own, since it is stopped.
    const database = await startPostgres();
    databases.push(database);
    const server = await startTestServer({ databaseUrl: database.url, roomGraceMs: 100 });
    servers.push(server);
    const map = await createMap(server.url);
    const editor = connectClient(server.url, map.id, map.editToken, { maxBackoffTime: 200 });
    clients.push(editor);
    await whenSynced(editor);
    addCard(editor, "before");
    await waitFor(async () => {
      const stored = await request(server.url, `/api/maps/${map.id}`, { token: map.viewToken });
      return (await stored.text()).includes('"before"');
    }, "the first card to be stored");

    await database.pause();
    const down = await request(server.url, "/healthz");
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ ok: false, storage: { kind: "postgresql", reachable: false } });
    // Not stored, so not forwarded: the room closes rather than keep an edit only in memory.
    addCard(editor, "during");
    await waitFor(() => editor.closes.some((close) => close.code === 1011), "the room to close for want of storage");
    expect(server.logs.some((line) => line.event === "room.failed")).toBe(true);

    await database.resume();
    await waitFor(async () => (await request(server.url, "/healthz")).status === 200, "/healthz to recover", 20_000);
    // The editor reconnects by itself and hands over what the server never confirmed.
    const reader = connectClient(server.url, map.id, map.viewToken);
    clients.push(reader);
    await whenSynced(reader);
    await waitFor(() => cardIds(reader).includes("during"), "the edit made during the outage", 20_000);
    expect(cardIds(reader)).toEqual(["before", "during"]);
  });
});
