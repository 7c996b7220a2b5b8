// `pnpm bench:sync [--quick] [--runs N] [--rooms N] [--clients-per-room N] [--seconds N]`: our server
// (SQLite, every update committed before it is forwarded) against the reference
// @y/websocket-server 0.1.1 (memory only), under the same stock y-websocket clients and workload,
// each server in a child process of its own and the clients in another. See server/README.md.
// `--instances N` (N ≥ 2) benches instead our fan-out: phase (a) on N instances sharing PostgreSQL
// with Redis between them, against one instance on the same PostgreSQL (sync/instancesBench.ts).
import { parseArgs } from "node:util";
import { machineLine, report } from "./sync/benchReport";
import { benchServer, type BenchPlan, type ServerFigures } from "./sync/benchServer";
import { benchInstances, type InstancesPlan } from "./sync/instancesBench";
import { instancesReport } from "./sync/instancesReport";
import { benchLatencyRounds, roundsReport, type LatencyRoundsPlan } from "./sync/latencyRounds";
import type { ServerKind } from "./sync/benchMessages";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    runs: { type: "string" },
    rooms: { type: "string" },
    "clients-per-room": { type: "string" },
    seconds: { type: "string" },
    "edits-per-second": { type: "string" },
    /** One server only (for profiling with BENCH_PROFILE_DIR); no ratios then. */
    only: { type: "string" },
    workers: { type: "string" },
    /** Seconds to wait, before each timed phase, for other processes to leave the cores alone. */
    "quiet-patience": { type: "string" },
    /** N ≥ 2: several of our instances on PostgreSQL and Redis, phase (a) only; 1 (the default) as before. */
    instances: { type: "string" },
    /** N: phase (a) alone, both servers taking turns for N rounds (sync/latencyRounds.ts). */
    "latency-rounds": { type: "string" },
    /** Phase (a)'s room sizes, comma-separated (2,10,30 unless told). */
    "latency-clients": { type: "string" },
    /** With --latency-rounds: ours on the in-memory store as a third contender. */
    "memory-store": { type: "boolean", default: false },
  },
});

function whole(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`expected a whole number ≥ 1, not "${text}"`);
  return value;
}

/** Room sizes for (a): each at least 2, since latency is measured at the other clients. */
function roomSizes(text: string | undefined): number[] {
  if (text === undefined) return [2, 10, 30];
  return text.split(",").map((part) => {
    const value = Number(part.trim());
    if (!Number.isInteger(value) || value < 2)
      throw new Error(`--latency-clients: expected whole numbers ≥ 2, not "${part}"`);
    return value;
  });
}

const quick = values.quick;
const plan: BenchPlan = {
  latencyClients: roomSizes(values["latency-clients"]),
  latencyWarmup: quick ? 20 : 50,
  latencyEdits: quick ? 60 : 400,
  latencyDeliveries: quick ? 60 : 1_000,
  latencyIntervalMs: 20,
  loadRooms: whole(values.rooms, quick ? 10 : 100),
  loadClientsPerRoom: whole(values["clients-per-room"], quick ? 5 : 10),
  editsPerSecond: whole(values["edits-per-second"], 5),
  loadSeconds: whole(values.seconds, quick ? 3 : 30),
  idleRooms: quick ? 20 : 200,
  graceMs: quick ? 1_000 : 3_000,
  // Our server's idle collection runs 10 s after its last room unloaded and again 6 s later (then
  // trims its C heap), and (b)'s rooms take a few seconds to unload after the grace period (each is
  // compacted and keeps a version): (d) read any sooner would say nothing about giving memory back.
  settleMs: quick ? 20_000 : 30_000,
  // Two: the clients of (b) need most of a core, and one busy event loop would add its own
  // queueing to every latency; rooms are dealt out, each room's clients in one process.
  workers: whole(values.workers, 2),
  quietPatienceMs: whole(values["quiet-patience"], quick ? 10 : 180) * 1000,
};
const runs = whole(values.runs, 1);
const instances = whole(values.instances, 1);

/** Ours against the reference, every phase: the bench as it was before `--instances`. */
async function againstReference(): Promise<void> {
  const progress = (kind: ServerKind, run: number) => (step: string) =>
    process.stderr.write(`[run ${run}/${runs}] ${kind}: ${step}\n`);

  const ours: ServerFigures[] = [];
  const reference: ServerFigures[] = [];
  for (let run = 1; run <= runs; run++) {
    // Alternate which server goes first, so neither always gets the cooler machine.
    const order: ServerKind[] = run % 2 === 1 ? ["ours", "reference"] : ["reference", "ours"];
    for (const kind of order.filter((candidate) => values.only === undefined || values.only === candidate)) {
      const figures = await benchServer(kind, plan, run, progress(kind, run));
      (kind === "ours" ? ours : reference).push(figures);
    }
  }

  const clients = plan.loadRooms * plan.loadClientsPerRoom;
  console.log(`
Sync bench${quick ? " (--quick)" : ""}: ours (SQLite, synchronous=NORMAL, each update committed before it is forwarded)
against @y/websocket-server 0.1.1 (memory only), the same stock y-websocket 3.1 clients in ${plan.workers} processes of their own.
${machineLine()}
(a) one room, ${plan.latencyClients.join("/")} clients; ${plan.latencyEdits} edits in turn (at least ${plan.latencyDeliveries} deliveries), one every ${plan.latencyIntervalMs} ms,
    after ${plan.latencyWarmup} warm-up edits; latency measured at every other client.
(b) ${plan.loadRooms} rooms × ${plan.loadClientsPerRoom} clients (${clients} clients) at ${plan.editsPerSecond} edits/s each for ${plan.loadSeconds} s.
(c) ${plan.idleRooms} rooms loaded with the ${"retail template"} (about 21 KB), one idle client each, then none.
(d) ${plan.settleMs / 1000} s after the last client of (b) left (our grace period is ${plan.graceMs / 1000} s; the reference never unloads);
    RSS as the server kept it, against the baseline after full collections.
`);
  console.log(report(plan, ours, reference));
}

if (values["latency-rounds"] !== undefined) {
  const roundsPlan: LatencyRoundsPlan = {
    rounds: whole(values["latency-rounds"], 1),
    latencyClients: plan.latencyClients,
    latencyWarmup: plan.latencyWarmup,
    latencyEdits: plan.latencyEdits,
    latencyDeliveries: plan.latencyDeliveries,
    latencyIntervalMs: plan.latencyIntervalMs,
    quietPatienceMs: plan.quietPatienceMs,
    graceMs: plan.graceMs,
    withMemoryStore: values["memory-store"],
  };
  const figures = await benchLatencyRounds(roundsPlan, (step) => process.stderr.write(`${step}\n`));
  console.log(`
Sync bench, phase (a) in ${roundsPlan.rounds} rounds${quick ? " (--quick)" : ""}: the servers run side by side and take turns,
each round a fresh room per server and client count, ${plan.latencyEdits} edits in turn (at least ${plan.latencyDeliveries} deliveries), one every ${plan.latencyIntervalMs} ms.
${machineLine()}
`);
  console.log(roundsReport(roundsPlan, figures));
} else if (instances > 1) {
  const instancesPlan: InstancesPlan = {
    instances,
    runs,
    latencyClients: plan.latencyClients,
    latencyWarmup: plan.latencyWarmup,
    latencyEdits: plan.latencyEdits,
    latencyDeliveries: plan.latencyDeliveries,
    latencyIntervalMs: plan.latencyIntervalMs,
    graceMs: plan.graceMs,
    quietPatienceMs: plan.quietPatienceMs,
  };
  const figures = await benchInstances(
    instancesPlan,
    (run, kind) => (step) =>
      process.stderr.write(
        `[run ${run}/${runs}] ${kind === "multi" ? `${instances} instances` : "1 instance"}: ${step}\n`,
      ),
  );
  console.log(instancesReport(instancesPlan, figures, quick));
} else {
  await againstReference();
}
