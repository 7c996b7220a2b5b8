// `pnpm bench:sync --instances N`: phase (a) of the sync bench against N of our instances sharing
// one PostgreSQL, with Redis fan-out between them, and against one instance on the same PostgreSQL
// without Redis, so that the ratio of the two is the cost of crossing instances and nothing else
// (not SQLite against PostgreSQL). PostgreSQL and Redis are real ones, started by the test harness.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJourney } from "@kundresa/shared";
import { createMap } from "../../server/support/mapApi";
import { findOnPath, findPostgresBin } from "../../support/services/findBinary";
import { createSchema, startPostgres } from "../../support/services/postgresServer";
import { startRedis } from "../../support/services/redisServer";
import type { InstanceSplit, LatencySummary, RoomRef, WorkerCommand } from "./benchMessages";
import { startServerChild, startWorkerChild, type ServerChild, type WorkerChild } from "./benchProcesses";
import { TEMPLATE } from "./benchRoom";
import { roomsUnloaded } from "./benchServer";
import { cpuSeconds, machineCpuSeconds } from "./procStats";

export interface InstancesPlan {
  instances: number;
  runs: number;
  latencyClients: number[];
  latencyWarmup: number;
  latencyEdits: number;
  latencyDeliveries: number;
  latencyIntervalMs: number;
  graceMs: number;
  quietPatienceMs: number;
}

/** One setup: `instances` servers (1 without Redis, or N with it) on a schema of its own. */
export type SetupKind = "single" | "multi";

export interface SetupLatency {
  clients: number;
  summary: LatencySummary;
  /** Only with several instances. */
  split?: InstanceSplit;
  /** Cores PostgreSQL and Redis used meanwhile, and processes outside the bench's own tree. */
  serviceCores: number;
  otherCores: number;
}

export interface InstancesFigures {
  /** Per run, per client count. */
  single: SetupLatency[][];
  multi: SetupLatency[][];
  versions: { postgres: string; redis: string };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Every process below this one: the servers, the client worker, PostgreSQL's backends, Redis. */
function descendants(): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone between the listing and the read.
    }
  }
  const found: number[] = [];
  for (let queue = [process.pid]; queue.length > 0;) {
    const next = queue.flatMap((pid) => children.get(pid) ?? []);
    found.push(...next);
    queue = next;
  }
  return found;
}

/** CPU seconds of these processes; PostgreSQL's pool closes idle backends, so some may be gone. */
function cpuOf(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += cpuSeconds(pid);
    } catch {
      // Exited: its last ticks are lost, a rounding error next to a phase's seconds.
    }
  }
  return total;
}

interface CpuMark {
  at: number;
  machine: number;
  tree: number;
  bench: number;
}

/** `bench`: our own process, the servers and the client worker; the rest of the tree is PostgreSQL and Redis. */
function cpuMark(bench: readonly number[]): CpuMark {
  return {
    at: performance.now(),
    machine: machineCpuSeconds(),
    tree: cpuOf([process.pid, ...descendants()]),
    bench: cpuOf(bench),
  };
}

function coresSince(before: CpuMark, bench: readonly number[]): { serviceCores: number; otherCores: number } {
  const now = cpuMark(bench);
  const seconds = (now.at - before.at) / 1000;
  return {
    serviceCores: (now.tree - before.tree - (now.bench - before.bench)) / seconds,
    otherCores: (now.machine - before.machine - (now.tree - before.tree)) / seconds,
  };
}

/** As procStats' quietMachine, counting the whole tree (PostgreSQL's backends come and go) as ours. */
async function quiet(patienceMs: number, progress: (step: string) => void): Promise<void> {
  const deadline = Date.now() + patienceMs;
  for (let ms = 1_000; ; ms = 2_000) {
    const before = cpuMark([]);
    await sleep(ms);
    const { otherCores } = coresSince(before, []);
    if (otherCores <= 0.15 || Date.now() > deadline) return;
    progress(`waiting for other processes (${otherCores.toFixed(2)} cores busy) to finish`);
  }
}

/** What the servers logged that may explain deliveries that never came: counts, and anything failing. */
function logDigest(logFile: string): string {
  let text: string;
  try {
    text = readFileSync(logFile, "utf8");
  } catch {
    return "  (no log)";
  }
  const counts = new Map<string, number>();
  const notable: string[] = [];
  for (const line of text.split("\n").filter((each) => each !== "")) {
    let event = "(not JSON)";
    try {
      event = String((JSON.parse(line) as { event?: unknown }).event);
    } catch {
      // Kept as it is below.
    }
    counts.set(event, (counts.get(event) ?? 0) + 1);
    if (/fail|refus|error|incomplete|timeout|disconnect|resync|catch-up|JSON/.test(event)) notable.push(line);
  }
  const summary = [...counts].map(([event, count]) => `${event} ×${count}`).join(", ");
  return [`  events: ${summary || "none"}`, ...notable.slice(-15).map((line) => `  ${line}`)].join("\n");
}

async function templateRoom(server: ServerChild): Promise<RoomRef> {
  const map = await createMap(server.url, exportJourney(TEMPLATE.build()));
  return { name: map.id, token: map.editToken };
}

async function benchSetup(
  kind: SetupKind,
  plan: InstancesPlan,
  databaseUrl: string,
  redisUrl: string | undefined,
  progress: (step: string) => void,
): Promise<SetupLatency[]> {
  const count = kind === "multi" ? plan.instances : 1;
  const dir = mkdtempSync(join(tmpdir(), `kundresa-syncbench-${kind}-`));
  const logFiles = Array.from({ length: count }, (_, index) => join(dir, `instance-${index}.log`));
  const servers: ServerChild[] = [];
  let worker: WorkerChild | undefined;
  let explain = true;
  try {
    for (const logFile of logFiles) {
      const env = {
        BENCH_DATA_DIR: dir,
        BENCH_ROOM_GRACE_MS: String(plan.graceMs),
        BENCH_DATABASE_URL: databaseUrl,
        ...(redisUrl === undefined ? {} : { BENCH_REDIS_URL: redisUrl }),
      };
      servers.push(await startServerChild("ours", env, logFile));
    }
    const client = await startWorkerChild();
    worker = client;
    const [first] = servers;
    if (!first) throw new Error("no server started");
    const serverUrls = servers.map(({ url }) => url);
    const bench = [process.pid, client.pid, ...servers.map(({ pid }) => pid)];
    const latency = async (clients: number, warmup: number, edits: number, intervalMs: number) => {
      const command: WorkerCommand = {
        type: "latency",
        serverUrl: first.url,
        serverUrls,
        kind: "ours",
        room: await templateRoom(first),
        clients,
        warmup,
        edits,
        intervalMs,
      };
      return client.call<"latency">(command);
    };
    progress("warm-up");
    await latency(5, 0, 300, 2);
    await roomsUnloaded(plan.graceMs);

    const figures: SetupLatency[] = [];
    for (const clients of plan.latencyClients) {
      progress(`(a) ${clients} clients in a room`);
      await quiet(plan.quietPatienceMs, progress);
      const before = cpuMark(bench);
      const edits = Math.max(plan.latencyEdits, Math.ceil(plan.latencyDeliveries / (clients - 1)));
      const answer = await latency(clients, plan.latencyWarmup, edits, plan.latencyIntervalMs);
      figures.push({ clients, summary: answer.summary, split: answer.split, ...coresSince(before, bench) });
      await roomsUnloaded(plan.graceMs);
    }
    explain = figures.some(({ summary }) => summary.missing > 0);
    return figures;
  } finally {
    await worker?.stop();
    for (const server of servers) await server.stop();
    if (explain) {
      for (const [index, logFile] of logFiles.entries()) {
        process.stderr.write(`${kind} instance ${index} (deliveries missing or a failure), its log:\n`);
        process.stderr.write(`${logDigest(logFile)}\n`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

function version(binary: string): string {
  try {
    return execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown version";
  }
}

/**
 * Both setups, alternating which goes first, on one PostgreSQL (a fresh schema each) and one Redis;
 * everything started here is stopped here, whatever fails.
 */
export async function benchInstances(
  plan: InstancesPlan,
  progress: (run: number, kind: SetupKind) => (step: string) => void,
): Promise<InstancesFigures> {
  const figures: InstancesFigures = {
    single: [],
    multi: [],
    versions: { postgres: version(findPostgresBin("postgres")), redis: version(findOnPath("redis-server")) },
  };
  // Node's default for these signals skips the 'exit' hooks with which the harness takes PostgreSQL
  // and Redis down; the children see their channel close and stop by themselves.
  const interrupted = (): never => process.exit(130);
  process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
  const postgres = await startPostgres();
  try {
    const redis = await startRedis();
    try {
      for (let run = 1; run <= plan.runs; run++) {
        const order: SetupKind[] = run % 2 === 1 ? ["single", "multi"] : ["multi", "single"];
        for (const kind of order) {
          const databaseUrl = await createSchema(postgres.url, `bench_${kind}_${run}`);
          const redisUrl = kind === "multi" ? redis.url : undefined;
          figures[kind].push(await benchSetup(kind, plan, databaseUrl, redisUrl, progress(run, kind)));
        }
      }
    } finally {
      await redis.stop();
    }
  } finally {
    await postgres.stop();
    process.off("SIGINT", interrupted).off("SIGTERM", interrupted);
  }
  return figures;
}
