import { afterEach, describe, expect, it } from "vitest";
import { createMap, request } from "../server/support/mapApi";
import type { ServerProcess } from "../server/support/serverProcess";
import { connectClient, firstClose, waitFor, whenSynced, type SyncClient } from "../server/support/syncClient";
import { startCluster, type Cluster } from "./support/cluster";
import { startTcpBalancer, type TcpBalancer } from "./support/tcpBalancer";
import { addCard, cardIds } from "../server/support/cards";

const clients: SyncClient[] = [];
const clusters: Cluster[] = [];
const balancers: TcpBalancer[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const balancer of balancers.splice(0)) await balancer.close();
  for (const cluster of clusters.splice(0)) await cluster.dispose();
});

async function cluster(instances: number, env?: Record<string, string>): Promise<Cluster> {
  const started = await startCluster(instances, env);
  clusters.push(started);
  return started;
}

function open(url: string, mapId: string, token: string): SyncClient {
  const client = connectClient(url, mapId, token, { maxBackoffTime: 200 });
  clients.push(client);
  return client;
}

const named = (count: number, prefix: string): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix}-${String(index).padStart(3, "0")}`);

/** Every client holds exactly these cards (sorted). */
async function converged(all: readonly SyncClient[], expected: readonly string[], what: string): Promise<void> {
  const want = [...expected].sort();
  await waitFor(
    () => all.every((client) => JSON.stringify(cardIds(client)) === JSON.stringify(want)),
    `${what}: ${all.length} clients to hold the same ${want.length} cards`,
    20_000,
  );
}

async function storedCardIds(instance: ServerProcess, mapId: string, token: string): Promise<string[]> {
  const response = await request(instance.url, `/api/maps/${mapId}`, { token });
  expect(response.status).toBe(200);
  const map = JSON.parse(await response.text()) as { touchpoints: Array<{ id: string }> };
  return map.touchpoints.map((touchpoint) => touchpoint.id).sort();
}

async function health(instance: ServerProcess): Promise<{ ok: boolean; redis?: { reachable: boolean } }> {
  return (await (await request(instance.url, "/healthz")).json()) as { ok: boolean; redis?: { reachable: boolean } };
}

describe("several server instances on one PostgreSQL, with Redis between them", () => {
  it("two instances: edits and presence of clients on different instances reach each other live", async () => {
    const { instances } = await cluster(2);
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const map = await createMap(a.url);
    const onA = open(a.url, map.id, map.editToken);
    const onB = open(b.url, map.id, map.editToken);
    await Promise.all([whenSynced(onA), whenSynced(onB)]);

    addCard(onA, "from-a");
    addCard(onB, "from-b");
    await converged([onA, onB], ["from-a", "from-b"], "one edit on each instance");

    onA.provider.awareness.setLocalStateField("user", { name: "Ada on A" });
    await waitFor(
      () => [...onB.provider.awareness.getStates().values()].some((state) => state["user"]?.name === "Ada on A"),
      "A's presence at B's client",
    );
    expect(await health(b)).toMatchObject({ ok: true, storage: { kind: "postgresql" }, redis: { reachable: true } });
  });

  it("three instances: nine clients editing at once converge, and every instance serves the same map", async () => {
    const { instances } = await cluster(3);
    const map = await createMap((instances[1] as ServerProcess).url);
    const all = instances.flatMap((instance) => [0, 1, 2].map(() => open(instance.url, map.id, map.editToken)));
    await Promise.all(all.map(whenSynced));
    const expected: string[] = [];
    for (let round = 0; round < 5; round++) {
      all.forEach((client, index) => {
        const id = `c${index}-r${round}`;
        addCard(client, id);
        expected.push(id);
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await converged(all, expected, "45 concurrent edits over three instances");
    for (const instance of instances) {
      expect(await storedCardIds(instance, map.id, map.viewToken)).toEqual([...expected].sort());
    }
  });

  it("kill -9 of an instance: its clients reconnect through the balancer to another and nothing is lost", async () => {
    const { instances } = await cluster(2);
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const balancer = await startTcpBalancer([a.port, b.port]);
    balancers.push(balancer);
    const map = await createMap(a.url);
    // Round-robin: the first client lands on A, the second on B.
    const first = open(balancer.url, map.id, map.editToken);
    await whenSynced(first);
    const second = open(balancer.url, map.id, map.editToken);
    await whenSynced(second);
    expect(balancer.backendOf().slice(0, 2)).toEqual([0, 1]);

    const before = named(100, "before");
    for (const id of before) addCard(first, id);
    await converged([first, second], before, "100 edits on A seen on B");
    a.child.kill("SIGKILL");
    expect(await a.exited).toBe(null);

    // Made while the client has no server, then sent once it reconnects (to B: A refuses).
    const after = named(20, "after");
    for (const id of after) addCard(first, id);
    await waitFor(() => first.provider.wsconnected && balancer.backendOf().length > 2, "the client to reconnect");
    await converged([first, second], [...before, ...after], "edits across the failover");
    expect(await storedCardIds(b, map.id, map.viewToken)).toEqual([...before, ...after].sort());
    expect(
      balancer
        .backendOf()
        .slice(2)
        .every((backend) => backend === 1),
    ).toBe(true);
  });

  it("a Redis restart mid-session loses no edit, and /healthz says when Redis is away", async () => {
    const { instances, redis } = await cluster(2);
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const map = await createMap(a.url);
    const onA = open(a.url, map.id, map.editToken);
    const onB = open(b.url, map.id, map.editToken);
    await Promise.all([whenSynced(onA), whenSynced(onB)]);
    addCard(onA, "live-a");
    await converged([onA, onB], ["live-a"], "before the restart");

    await redis.kill();
    await waitFor(async () => (await health(a)).redis?.reachable === false, "A to report Redis unreachable");
    expect((await health(a)).ok).toBe(true);
    addCard(onA, "outage-a");
    addCard(onB, "outage-b");
    // Meanwhile the instances read each other's edits from storage.
    await converged([onA, onB], ["live-a", "outage-a", "outage-b"], "during the outage");

    await redis.restart();
    await waitFor(async () => (await health(b)).redis?.reachable === true, "B to reconnect to Redis");
    await waitFor(async () => (await health(a)).redis?.reachable === true, "A to reconnect to Redis");
    addCard(onB, "after-b");
    await converged([onA, onB], ["live-a", "outage-a", "outage-b", "after-b"], "after the restart");
    expect(a.events()).toContain("fanout.reconnected");
  });

  it("tokens and limits hold on every instance: rotation elsewhere, view links, floods", async () => {
    const { instances } = await cluster(2);
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const map = await createMap(a.url);
    const viewer = open(b.url, map.id, map.viewToken);
    const editor = open(b.url, map.id, map.editToken);
    const watcher = open(a.url, map.id, map.viewToken);
    await Promise.all([viewer, editor, watcher].map(whenSynced));

    // A view connection's edits are dropped on B, so A's clients never see them.
    addCard(viewer, "from-viewer");
    addCard(editor, "from-editor");
    await converged([watcher, editor], ["from-editor"], "the editor's card everywhere");
    expect(cardIds(watcher)).not.toContain("from-viewer");

    // Rotating on A closes the old tokens' connections on B as well.
    const rotated = await request(a.url, `/api/maps/${map.id}/tokens`, { method: "POST", token: map.editToken });
    expect(rotated.status).toBe(200);
    expect((await firstClose(editor)).code).toBe(4401);
    expect((await firstClose(viewer)).code).toBe(4401);
    expect((await request(b.url, `/api/maps/${map.id}`, { token: map.viewToken })).status).toBe(401);

    // A flood closes its connection on B just as on A.
    const { editToken } = (await rotated.json()) as { editToken: string };
    const flooder = open(b.url, map.id, editToken);
    await whenSynced(flooder);
    for (let index = 0; index < 3_000; index++) flooder.provider.awareness.setLocalStateField("n", index);
    await waitFor(() => flooder.closes.length > 0, "B to close the flooding connection");
    expect(flooder.closes[0]?.code).toBe(1008);
  });

  it("the document size cap counts what other instances stored: B refuses what would pass it", async () => {
    const { instances } = await cluster(2, { KUNDRESA_MAX_DOC_BYTES: String(1024 * 1024) });
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const map = await createMap(a.url);
    const onA = open(a.url, map.id, map.editToken);
    const onB = open(b.url, map.id, map.editToken);
    await Promise.all([whenSynced(onA), whenSynced(onB)]);
    // Random text: 700 KB that no encoding shrinks.
    const noise = (bytes: number): string =>
      Array.from({ length: bytes / 8 }, () => Math.random().toString(36).slice(2, 10).padEnd(8, "x")).join("");
    onA.doc.getMap("meta").set("description", noise(700_000));
    await waitFor(() => String(onB.doc.getMap("meta").get("description") ?? "").length === 700_000, "A's text at B");
    onB.doc.getMap("meta").set("notes", noise(500_000));
    expect((await firstClose(onB)).code).toBe(4413);
    expect(onA.doc.getMap("meta").get("notes")).toBeUndefined();
  });

  it("an instance started while Redis is down serves its clients, and joins the others once Redis is up", async () => {
    const started = await cluster(1);
    const a = started.instances[0] as ServerProcess;
    const map = await createMap(a.url);
    await started.redis.kill();
    const late = await started.addInstance();
    expect(await health(late)).toMatchObject({ ok: true, redis: { reachable: false } });
    const onA = open(a.url, map.id, map.editToken);
    const onLate = open(late.url, map.id, map.editToken);
    await Promise.all([whenSynced(onA), whenSynced(onLate)]);
    addCard(onLate, "while-down");
    await converged([onA, onLate], ["while-down"], "through storage while Redis is down");

    await started.redis.restart();
    await waitFor(async () => (await health(late)).redis?.reachable === true, "the late instance to reach Redis");
    addCard(onA, "after-up");
    await converged([onA, onLate], ["while-down", "after-up"], "once Redis is up");
    expect(late.events()).toContain("fanout.unreachable");
  });
});
