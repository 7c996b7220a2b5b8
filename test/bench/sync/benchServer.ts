import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJourney } from "@kundresa/shared";
import { createMap } from "../../server/support/mapApi";
import type { LatencySummary, LoadRun, LoadSummary, RoomRef, ServerKind, VerifySummary } from "./benchMessages";
import { startServerChild, startWorkerChild, type Memory, type ServerChild, type WorkerChild } from "./benchProcesses";
import { TEMPLATE } from "./benchRoom";
import { concatLatencies, decodeLatencies, summarize } from "./latencySamples";
import { cpuSeconds, machineCpuSeconds, peakRssBytes, quietMachine, resetPeakRss, rssBytes } from "./procStats";

/** What one bench run asks of each server. */
export interface BenchPlan {
  latencyClients: number[];
  latencyWarmup: number;
  latencyEdits: number;
  /** At least this many deliveries per scenario (so 2 clients get more edits), for a steadier p99. */
  latencyDeliveries: number;
  latencyIntervalMs: number;
  loadRooms: number;
  loadClientsPerRoom: number;
  editsPerSecond: number;
  loadSeconds: number;
  idleRooms: number;
  /** Our room grace period in the bench (the reference never unloads a room). */
  graceMs: number;
  /** How long after (b)'s last client left its memory is read, unaided (longer than `graceMs`). */
  settleMs: number;
  /** Client processes; each room's clients share one, so send and receive times share a clock. */
  workers: number;
  /** Before each timed phase, wait up to this long for other processes to leave the cores alone. */
  quietPatienceMs: number;
}

export interface ServerFigures {
  latency: Array<{ clients: number; summary: LatencySummary; otherCores: number }>;
  load: LoadSummary & {
    serverCpuSeconds: number;
    serverPeakRss: number;
    /** CPU other processes on the machine used meanwhile (other work competing for the cores). */
    otherCpuSeconds: number;
  };
  /** Per idle loaded room, in bytes: with its one client connected, and after that client left. */
  idle: { rssPerRoom: number; heapPerRoom: number; rssPerRoomAlone: number; heapPerRoomAlone: number };
  /** Growth over the baseline taken before (b): after all rooms closed, and at (b)'s peak. */
  afterClose: { rssGrowth: number; heapGrowth: number; peakRssGrowth: number };
  verify: VerifySummary;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ours unloads a room (an automatic version, a compaction) a grace period after its last client
 * left. A timed phase waits for that first, so it times its own room and not the clean-up of an
 * earlier one, which the reference (never unloading) does not have: the server log showed the 200
 * rooms of (c) closing during (a)'s 2 clients, and each (a) room during the next count's edits.
 */
export const roomsUnloaded = (graceMs: number): Promise<void> => sleep(graceMs + 1_000);

/** Ours: maps created over HTTP with the template. The reference: any name opens an empty room. */
export async function createRooms(server: ServerChild, count: number): Promise<RoomRef[]> {
  if (server.kind === "reference") {
    return Array.from({ length: count }, () => ({ name: `room-${randomBytes(8).toString("hex")}`, token: "unused" }));
  }
  const body = exportJourney(TEMPLATE.build());
  const rooms: RoomRef[] = [];
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, () => createMap(server.url, body));
    for (const map of await Promise.all(batch)) rooms.push({ name: map.id, token: map.editToken });
  }
  return rooms;
}

/** Deals `items` out to `count` hands, round robin. */
function deal<T>(items: readonly T[], count: number): T[][] {
  return Array.from({ length: count }, (_, hand) => items.filter((_, index) => index % count === hand));
}

/** One load summary over every worker's share: percentiles of all deliveries together. */
function mergeLoadRuns(runs: readonly LoadRun[]): LoadSummary {
  const all = concatLatencies(runs.map(({ latencies }) => decodeLatencies(latencies)));
  const sum = (field: (run: LoadRun) => number): number => runs.reduce((total, run) => total + field(run), 0);
  return {
    ...summarize(
      all,
      sum((run) => run.expected),
    ),
    clients: sum((run) => run.clients),
    editsSent: sum((run) => run.editsSent),
    editsPlanned: sum((run) => run.editsPlanned),
    clientCpuSeconds: sum((run) => run.clientCpuSeconds),
    clientLoopDelayP99: Math.max(...runs.map((run) => run.clientLoopDelayP99)),
    divergedRooms: sum((run) => run.divergedRooms),
    seconds: Math.max(...runs.map((run) => run.seconds)),
  };
}

function perRoom(after: Memory, before: Memory, rooms: number): { rss: number; heap: number } {
  return { rss: (after.rss - before.rss) / rooms, heap: (after.heapUsed - before.heapUsed) / rooms };
}

/** Runs every phase against one server, each server and the clients in processes of their own. */
export async function benchServer(
  kind: ServerKind,
  plan: BenchPlan,
  run: number,
  progress: (step: string) => void,
): Promise<ServerFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), `kundresa-syncbench-${kind}-`));
  // `BENCH_SERVER_LOG=prefix`: each run's server logs to prefix-<kind>-run<N>.log (when it unloads, collects, trims).
  const logPrefix = process.env["BENCH_SERVER_LOG"];
  const server = await startServerChild(
    kind,
    { BENCH_DATA_DIR: dataDir, BENCH_ROOM_GRACE_MS: String(plan.graceMs) },
    logPrefix ? `${logPrefix}-${kind}-run${run}.log` : undefined,
  );
  const workers: WorkerChild[] = [];
  const base = { serverUrl: server.url, kind };
  const workerCpu = (): number => workers.reduce((sum, worker) => sum + cpuSeconds(worker.pid), 0);
  const ownPids = (): number[] => [process.pid, server.pid, ...workers.map(({ pid }) => pid)];
  const quiet = (): Promise<number> =>
    quietMachine(ownPids(), 0.15, plan.quietPatienceMs, (cores) =>
      progress(`waiting for other processes (${cores.toFixed(2)} cores busy) to finish`),
    );
  try {
    for (let count = 0; count < plan.workers; count++) workers.push(await startWorkerChild());
    const worker = workers[0]!;
    const everyWorker = <T>(rooms: readonly RoomRef[], call: (worker: WorkerChild, rooms: RoomRef[]) => Promise<T>) =>
      Promise.all(deal(rooms, workers.length).map((share, index) => call(workers[index]!, share)));
    const closeAll = () => Promise.all(workers.map((each) => each.call({ type: "close-all" })));
    progress("warm-up");
    const [warmRoom] = await createRooms(server, 1);
    await worker.call({ type: "latency", ...base, room: warmRoom!, clients: 5, warmup: 0, edits: 300, intervalMs: 2 });
    await roomsUnloaded(plan.graceMs);

    progress(`(c) ${plan.idleRooms} idle rooms`);
    const idleRooms = await createRooms(server, plan.idleRooms);
    const empty = await server.measure();
    await everyWorker(idleRooms, (each, rooms) =>
      each.call({ type: "open", ...base, rooms, clientsPerRoom: 1, editing: false }),
    );
    await sleep(1_000);
    const withClients = perRoom(await server.measure(), empty, plan.idleRooms);
    await closeAll();
    // Ours keeps them loaded for the grace period; the reference for ever.
    const alone = perRoom(await server.measure(), empty, plan.idleRooms);
    await roomsUnloaded(plan.graceMs);

    const latency: ServerFigures["latency"] = [];
    for (const clients of plan.latencyClients) {
      progress(`(a) ${clients} clients in a room`);
      const [room] = await createRooms(server, 1);
      await quiet();
      const cpuBefore = { machine: machineCpuSeconds(), own: cpuSeconds(server.pid) + workerCpu() };
      const started = performance.now();
      const { summary } = await worker.call<"latency">({
        type: "latency",
        ...base,
        room: room!,
        clients,
        warmup: plan.latencyWarmup,
        edits: Math.max(plan.latencyEdits, Math.ceil(plan.latencyDeliveries / (clients - 1))),
        intervalMs: plan.latencyIntervalMs,
      });
      const own = cpuSeconds(server.pid) + workerCpu() - cpuBefore.own;
      const otherCores = (machineCpuSeconds() - cpuBefore.machine - own) / ((performance.now() - started) / 1000);
      latency.push({ clients, summary, otherCores });
      await roomsUnloaded(plan.graceMs);
    }

    const { loadRooms, loadClientsPerRoom, editsPerSecond, loadSeconds } = plan;
    progress(
      `(b) ${loadRooms} rooms × ${loadClientsPerRoom} clients at ${editsPerSecond} edits/s for ${loadSeconds} s`,
    );
    const baseline = await server.measure();
    const rooms = await createRooms(server, loadRooms);
    await everyWorker(rooms, (each, share) =>
      each.call({ type: "open", ...base, rooms: share, clientsPerRoom: loadClientsPerRoom, editing: true }),
    );
    await quiet();
    const peakWindow = resetPeakRss(server.pid);
    let sampledPeak = rssBytes(server.pid);
    const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, rssBytes(server.pid))), 50);
    const cpuBefore = { server: cpuSeconds(server.pid), workers: workerCpu(), machine: machineCpuSeconds() };
    const load = mergeLoadRuns(
      await Promise.all(
        workers.map(
          async (each) => (await each.call<"load">({ type: "load", editsPerSecond, seconds: loadSeconds })).run,
        ),
      ),
    );
    const serverCpuSeconds = cpuSeconds(server.pid) - cpuBefore.server;
    const otherCpuSeconds =
      machineCpuSeconds() - cpuBefore.machine - serverCpuSeconds - (workerCpu() - cpuBefore.workers);
    clearInterval(sampler);
    const serverPeakRss = peakWindow ? Math.max(sampledPeak, peakRssBytes(server.pid)) : sampledPeak;

    progress("(d) all rooms closed");
    await closeAll();
    await sleep(plan.settleMs);
    const closed = await server.measure();
    const verify = (
      await everyWorker(
        rooms,
        async (each, share) => (await each.call<"verify">({ type: "verify", ...base, rooms: share })).summary,
      )
    ).reduce((total, part) => ({
      rooms: total.rooms + part.rooms,
      lostEdits: total.lostEdits + part.lostEdits,
      divergedRooms: total.divergedRooms + part.divergedRooms,
    }));

    return {
      latency,
      load: { ...load, serverCpuSeconds, serverPeakRss, otherCpuSeconds },
      idle: {
        rssPerRoom: withClients.rss,
        heapPerRoom: withClients.heap,
        rssPerRoomAlone: alone.rss,
        heapPerRoomAlone: alone.heap,
      },
      afterClose: {
        // Against the baseline at its lowest (after collections), the RSS the server kept by itself.
        rssGrowth: closed.rssUncollected - baseline.rss,
        heapGrowth: closed.heapUsed - baseline.heapUsed,
        peakRssGrowth: serverPeakRss - baseline.rss,
      },
      verify,
    };
  } finally {
    for (const each of workers) await each.stop();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
