import { afterEach, describe, expect, it } from "vitest";
import {
  addTouchpoint,
  exportJourney,
  importJourney,
  readJourney,
  setMeta,
  updateTouchpoint,
  writeJourney,
  type JourneyMap,
  type VersionInfo,
} from "@kundresa/shared";
import { createMap, request, type CreatedMap } from "./support/mapApi";
import { connectClient, waitFor, whenSynced, type SyncClient } from "./support/syncClient";
import { startTestServer, type TestServer } from "./support/testServer";

const clients: SyncClient[] = [];
const servers: TestServer[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.dispose();
});

async function serve(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer({ idleCollectMs: false, ...options });
  servers.push(server);
  return server;
}

async function open(server: TestServer, map: CreatedMap): Promise<SyncClient> {
  const client = connectClient(server.url, map.id, map.editToken);
  clients.push(client);
  await whenSynced(client);
  return client;
}

function leave(client: SyncClient): void {
  clients.splice(clients.indexOf(client), 1);
  client.destroy();
}

function addCard(client: SyncClient, id: string, title = `Card ${id}`): void {
  addTouchpoint(client.doc, {
    id,
    title,
    stageId: "stage-before",
    channelIds: [],
    itSupport: "unknown",
    position: { x: 0, y: 0 },
  });
}

async function versions(server: TestServer, map: CreatedMap, token = map.viewToken): Promise<VersionInfo[]> {
  const response = await request(server.url, `/api/maps/${map.id}/versions`, { token });
  expect(response.status).toBe(200);
  return ((await response.json()) as { versions: VersionInfo[] }).versions;
}

async function versionMap(server: TestServer, map: CreatedMap, versionId: string): Promise<JourneyMap> {
  const response = await request(server.url, `/api/maps/${map.id}/versions/${versionId}`, { token: map.viewToken });
  expect(response.status).toBe(200);
  const result = importJourney(await response.text());
  if (!result.ok) throw new Error("the version is not a journey map");
  return result.map;
}

async function serverMap(server: TestServer, map: CreatedMap): Promise<JourneyMap> {
  const result = importJourney(
    await (await request(server.url, `/api/maps/${map.id}`, { token: map.viewToken })).text(),
  );
  if (!result.ok) throw new Error("the map is not a journey map");
  return result.map;
}

function saveNamed(server: TestServer, map: CreatedMap, body: unknown, token = map.editToken): Promise<Response> {
  return request(server.url, `/api/maps/${map.id}/versions`, {
    method: "POST",
    token,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
}

const titles = (map: JourneyMap) => map.touchpoints.map((touchpoint) => touchpoint.title).sort();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("automatic versions", () => {
  it("are taken an interval after editing starts, and only when the map changed since the last one", async () => {
    const server = await serve({ autoSnapshotMs: 200, roomGraceMs: 60_000 });
    const map = await createMap(server.url);
    const client = await open(server, map);
    addCard(client, "a1", "Sees an ad");
    await waitFor(async () => (await versions(server, map)).length === 1, "the first automatic version");
    const [first] = await versions(server, map);
    expect(first).toMatchObject({ kind: "auto", name: "", touchpoints: 1 });
    expect(first).not.toHaveProperty("author");
    expect(titles(await versionMap(server, map, first!.id))).toEqual(["Sees an ad"]);

    // Idle: no edits, no versions.
    await sleep(600);
    expect(await versions(server, map)).toHaveLength(1);

    // A change that is undone before the interval ends leaves the map as the last version had it.
    updateTouchpoint(client.doc, "a1", { title: "Sees a TV ad" });
    updateTouchpoint(client.doc, "a1", { title: "Sees an ad" });
    await sleep(600);
    expect(await versions(server, map)).toHaveLength(1);

    addCard(client, "a2", "Orders online");
    await waitFor(async () => (await versions(server, map)).length === 2, "the second automatic version");
    const [newest] = await versions(server, map);
    expect(titles(await versionMap(server, map, newest!.id))).toEqual(["Orders online", "Sees an ad"]);
  });

  it("are taken when the room unloads after the last person left, if the map changed", async () => {
    const server = await serve({ autoSnapshotMs: 60_000, roomGraceMs: 50 });
    const map = await createMap(server.url);
    const writer = await open(server, map);
    addCard(writer, "u1", "Calls support");
    await waitFor(async () => (await serverMap(server, map)).touchpoints.length === 1, "the edit to be stored");
    leave(writer);
    await waitFor(() => server.roomCount() === 0, "the room to unload");
    const [unloaded, ...rest] = await versions(server, map);
    expect(rest).toEqual([]);
    expect(unloaded).toMatchObject({ kind: "auto", touchpoints: 1 });
    expect(server.logs).toContainEqual(expect.objectContaining({ event: "versions.saved", reason: "unload" }));

    // Someone looks, changes nothing and leaves: no new version.
    const reader = await open(server, map);
    leave(reader);
    await waitFor(() => server.roomCount() === 0, "the room to unload again");
    expect(await versions(server, map)).toHaveLength(1);
  });
});

describe("named versions over HTTP", () => {
  it("save the map as it is now with a name and author; the version keeps its content while the map moves on", async () => {
    const server = await serve({ autoSnapshotMs: 60_000 });
    const map = await createMap(server.url);
    const client = await open(server, map);
    addCard(client, "n1", "Sees an ad");
    await waitFor(async () => (await serverMap(server, map)).touchpoints.length === 1, "the edit to be stored");

    const response = await saveNamed(server, map, { name: "  Before lunch  ", author: "Anna Lind" });
    expect(response.status).toBe(201);
    const saved = (await response.json()) as VersionInfo;
    expect(saved).toMatchObject({ kind: "named", name: "Before lunch", author: "Anna Lind", touchpoints: 1 });
    expect(response.headers.get("location")).toBe(`/api/maps/${map.id}/versions/${saved.id}`);
    expect(Date.parse(saved.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    addCard(client, "n2", "Orders online");
    setMeta(client.doc, { title: "After lunch" });
    await waitFor(async () => (await serverMap(server, map)).touchpoints.length === 2, "more edits to be stored");
    const again = (await (await saveNamed(server, map, { name: "After lunch" })).json()) as VersionInfo;
    expect(again).not.toHaveProperty("author");
    // A named version is saved even if nothing changed: someone asked for it.
    const third = await saveNamed(server, map, { name: "Same again" });
    expect(third.status).toBe(201);

    const listed = await versions(server, map);
    expect(listed.map((each) => each.name)).toEqual(["Same again", "After lunch", "Before lunch"]);
    const old = await versionMap(server, map, saved.id);
    expect(titles(old)).toEqual(["Sees an ad"]);
    expect(old.title).not.toBe("After lunch");
    // In the format as exportJourney writes it.
    const text = await (
      await request(server.url, `/api/maps/${map.id}/versions/${saved.id}`, { token: map.editToken })
    ).text();
    expect(text).toBe(exportJourney(old));
  });

  it("answers every refusal with a JSON error: 401, 403, 404, 400, 405, 413", async () => {
    const server = await serve();
    const map = await createMap(server.url);
    const saved = (await (await saveNamed(server, map, { name: "First" })).json()) as VersionInfo;
    const list = `/api/maps/${map.id}/versions`;
    const one = `${list}/${saved.id}`;
    const cases: [string, Promise<Response>, number][] = [
      ["list without a token", request(server.url, list), 401],
      ["list with a wrong token", request(server.url, list, { token: "x".repeat(32) }), 401],
      ["one without a token", request(server.url, one), 401],
      ["save without a token", request(server.url, list, { method: "POST", body: '{"name":"x"}' }), 401],
      ["save with a view token", saveNamed(server, map, { name: "x" }, map.viewToken), 403],
      [
        "list of an unknown map",
        request(server.url, `/api/maps/${"a".repeat(22)}/versions`, { token: map.editToken }),
        404,
      ],
      ["list of a malformed map id", request(server.url, "/api/maps/%E0%A4%A/versions", { token: map.editToken }), 404],
      ["an unknown version", request(server.url, `${list}/999999`, { token: map.viewToken }), 404],
      ["a version id that is no id", request(server.url, `${list}/abc`, { token: map.viewToken }), 404],
      ["an empty name", saveNamed(server, map, { name: "   " }), 400],
      ["no name", saveNamed(server, map, { author: "Anna" }), 400],
      ["a name too long", saveNamed(server, map, { name: "x".repeat(201) }), 400],
      ["a body that is not JSON", saveNamed(server, map, "name=x"), 400],
      ["an empty body", saveNamed(server, map, ""), 400],
      ["PUT on the list", request(server.url, list, { method: "PUT", token: map.editToken }), 405],
      ["DELETE on a version", request(server.url, one, { method: "DELETE", token: map.editToken }), 405],
      ["a huge body", saveNamed(server, map, { name: "x", author: "y".repeat(20_000) }), 413],
    ];
    for (const [what, pending, status] of cases) {
      const response = await pending;
      expect({ what, status: response.status }).toEqual({ what, status });
      expect(response.headers.get("content-type")).toContain("application/json");
      const body = (await response.json()) as { error?: unknown; issues?: unknown };
      expect(typeof body.error, what).toBe("string");
      if (status === 400) expect(Array.isArray(body.issues), what).toBe(true);
    }
    // A version of one map is not reachable through another map's tokens or id.
    const other = await createMap(server.url);
    expect(
      (await request(server.url, `/api/maps/${other.id}/versions/${saved.id}`, { token: other.editToken })).status,
    ).toBe(404);
    expect((await request(server.url, one, { token: other.editToken })).status).toBe(401);
    expect(await versions(server, map)).toHaveLength(1);
  });
});

describe("the history", () => {
  it("survives a restart on the same data directory", async () => {
    const first = await serve({ autoSnapshotMs: 60_000 });
    const map = await createMap(first.url);
    const client = await open(first, map);
    addCard(client, "r1", "Sees an ad");
    await waitFor(async () => (await serverMap(first, map)).touchpoints.length === 1, "the edit to be stored");
    expect((await saveNamed(first, map, { name: "Kept", author: "Bo" })).status).toBe(201);
    addCard(client, "r2", "Orders online");
    await waitFor(async () => (await serverMap(first, map)).touchpoints.length === 2, "the edit to be stored");
    leave(client);
    const before = await versions(first, map);
    const contents = await Promise.all(before.map((each) => versionMap(first, map, each.id)));
    // Shutdown unloads the room: an automatic version of the last edits.
    await first.close();

    const second = await serve({ dataDir: first.dataDir });
    const after = await versions(second, map);
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toMatchObject({ kind: "auto", touchpoints: 2 });
    for (const [index, each] of before.entries()) {
      expect(await versionMap(second, map, each.id)).toEqual(contents[index]);
    }
    // Before `first`'s dispose, which removes the data directory they share.
    servers.splice(servers.indexOf(second), 1);
    await second.dispose();
  });

  it("stays within its retention bounds: the oldest named versions go, automatic ones are capped", async () => {
    const server = await serve({ autoSnapshotMs: 80, versionRetention: { maxNamed: 3, maxRecentAuto: 2 } });
    const map = await createMap(server.url);
    for (const name of ["one", "two", "three", "four", "five"]) {
      expect((await saveNamed(server, map, { name })).status).toBe(201);
    }
    expect((await versions(server, map)).map((each) => each.name)).toEqual(["five", "four", "three"]);

    const client = await open(server, map);
    for (let round = 1; round <= 4; round++) {
      addCard(client, `auto-${round}`);
      await waitFor(
        () => server.logs.filter((line) => line.event === "versions.saved" && line.kind === "auto").length === round,
        `automatic version ${round}`,
      );
    }
    const kept = await versions(server, map);
    expect(kept.filter((each) => each.kind === "auto").map((each) => each.touchpoints)).toEqual([4, 3]);
    expect(kept.filter((each) => each.kind === "named")).toHaveLength(3);
    expect(server.logs).toContainEqual(expect.objectContaining({ event: "versions.pruned" }));
  });
});

describe("restoring a version", () => {
  it("is a stock y-websocket client writing it back with writeJourney: the server's map is the old one again", async () => {
    const server = await serve({ autoSnapshotMs: 60_000 });
    const map = await createMap(server.url);
    const client = await open(server, map);
    addCard(client, "s1", "Sees an ad");
    setMeta(client.doc, { title: "Workshop map" });
    await waitFor(async () => (await serverMap(server, map)).title === "Workshop map", "the edits to be stored");
    const saved = (await (await saveNamed(server, map, { name: "Good state" })).json()) as VersionInfo;
    const good = await serverMap(server, map);

    addCard(client, "s2", "A card added later");
    updateTouchpoint(client.doc, "s1", { title: "Renamed later", itSupport: "none" });
    await waitFor(async () => (await serverMap(server, map)).touchpoints.length === 2, "the later edits");

    // A colleague's own connection does the restore, as the editor does.
    const restorer = await open(server, map);
    writeJourney(restorer.doc, await versionMap(server, map, saved.id));
    await waitFor(async () => (await serverMap(server, map)).touchpoints.length === 1, "the restore to arrive");
    expect(exportJourney(await serverMap(server, map))).toBe(exportJourney(good));
    // ...and it reaches everyone else live.
    await waitFor(() => readJourney(client.doc).map.touchpoints.length === 1, "the first client to see it");
    expect(readJourney(client.doc).map.touchpoints[0]?.title).toBe("Sees an ad");
  });
});
