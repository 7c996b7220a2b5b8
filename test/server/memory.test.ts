import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { addTouchpoint } from "@kundresa/shared";
import { createMap, type CreatedMap } from "./support/mapApi";
import { spawnServer, type ServerProcess } from "./support/serverProcess";
import { connectClient, waitFor, whenSynced } from "./support/syncClient";

const probe = fileURLToPath(new URL("./support/memoryProbeServer.ts", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "kundresa-memory-"));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

interface Measure {
  heapUsed: number;
  rooms: number;
}

function measure(target: ServerProcess): Promise<Measure> {
  return new Promise((resolve) => {
    target.child.once("message", (message) => resolve(message as Measure));
    target.child.send("measure");
  });
}

/** Opens the map with a stock client, makes one edit, leaves. */
async function cycle(target: ServerProcess, map: CreatedMap, index: number): Promise<void> {
  const client = connectClient(target.url, map.id, map.editToken);
  try {
    await whenSynced(client);
    addTouchpoint(client.doc, {
      id: `visit-${index}`,
      title: "A visit",
      stageId: "stage-before",
      channelIds: [],
      itSupport: "unknown",
      position: { x: index, y: 0 },
    });
  } finally {
    client.destroy();
  }
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T, index: number) => Promise<void>) {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map((item, offset) => run(item, start + offset)));
  }
}

async function settled(target: ServerProcess): Promise<Measure> {
  let last: Measure = { heapUsed: 0, rooms: -1 };
  await waitFor(async () => (last = await measure(target)).rooms === 0, "every room to unload", 30_000);
  return last;
}

describe("server memory", () => {
  it("does not grow across 1,000 open/close cycles of different rooms", { timeout: 120_000 }, async () => {
    server = await spawnServer({ dataDir, script: probe, nodeArgs: ["--expose-gc"], ipc: true });
    const target = server;
    const maps: CreatedMap[] = [];
    await inBatches(Array.from({ length: 1_100 }), 20, async () => {
      maps.push(await createMap(target.url));
    });

    // Warm up (JIT, SQLite statement caches, lazily built module state), then take the baseline.
    await inBatches(maps.slice(0, 100), 10, (map, index) => cycle(target, map, index));
    const baseline = await settled(target);

    await inBatches(maps.slice(100), 10, (map, index) => cycle(target, map, index));
    const after = await settled(target);

    const growthMiB = (after.heapUsed - baseline.heapUsed) / 1024 / 1024;
    expect(after.rooms).toBe(0);
    expect(growthMiB).toBeLessThan(20);
  });
});
