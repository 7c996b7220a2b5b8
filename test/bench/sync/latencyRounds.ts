import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LatencySummary, ServerKind } from "./benchMessages";
import { startServerChild, startWorkerChild, type ServerChild } from "./benchProcesses";
import { createRooms, roomsUnloaded } from "./benchServer";
import { concatLatencies, decodeLatencies, summarize } from "./latencySamples";
import { median, table } from "./benchReport";
import { p99RatioInterval } from "./pairedBootstrap";
import { quietMachine } from "./procStats";

/**
 * `pnpm bench:sync --latency-rounds N`: phase (a) alone, the servers running side by side for the
 * whole bench and taking turns, round after round (the order alternating), each round a fresh room
 * per server and client count. A full run measures ours for a quarter of an hour and then the
 * reference, so a stretch of noisy neighbours lands on one of them; here every stretch is shared,
 * and each server's deliveries are pooled over all rounds into one p50 and p99.
 */
export interface LatencyRoundsPlan {
  rounds: number;
  latencyClients: number[];
  latencyWarmup: number;
  latencyEdits: number;
  latencyDeliveries: number;
  latencyIntervalMs: number;
  quietPatienceMs: number;
  /** Ours' room grace period: each turn waits for the previous turn's room to unload. */
  graceMs: number;
  /** `--memory-store`: ours on the in-memory store too (`BENCH_MEMORY_STORE=1`), to tell the commit's share. */
  withMemoryStore: boolean;
}

export interface Contender {
  label: string;
  kind: ServerKind;
  env: Record<string, string>;
}

export interface RoundsFigures {
  clients: number;
  /** Per contender: every round's summary and deliveries, and all rounds' deliveries pooled. */
  byContender: Map<string, { rounds: LatencySummary[]; parts: Float64Array[]; pooled: LatencySummary }>;
}

export function contenders(plan: LatencyRoundsPlan): Contender[] {
  return [
    { label: "ours", kind: "ours", env: {} },
    { label: "reference", kind: "reference", env: {} },
    ...(plan.withMemoryStore
      ? [{ label: "ours, memory store", kind: "ours" as const, env: { BENCH_MEMORY_STORE: "1" } }]
      : []),
  ];
}

export async function benchLatencyRounds(
  plan: LatencyRoundsPlan,
  progress: (step: string) => void,
): Promise<RoundsFigures[]> {
  const entrants = contenders(plan);
  const dataDirs: string[] = [];
  const servers: ServerChild[] = [];
  const worker = await startWorkerChild();
  try {
    for (const entrant of entrants) {
      const dataDir = mkdtempSync(join(tmpdir(), `kundresa-syncbench-${entrant.kind}-`));
      dataDirs.push(dataDir);
      const logPrefix = process.env["BENCH_SERVER_LOG"];
      servers.push(
        await startServerChild(
          entrant.kind,
          { ...entrant.env, BENCH_DATA_DIR: dataDir, BENCH_ROOM_GRACE_MS: String(plan.graceMs) },
          logPrefix
            ? `${logPrefix}-${entrant.kind}${entrant.env["BENCH_MEMORY_STORE"] ? "-memory" : ""}.log`
            : undefined,
        ),
      );
    }
    for (const server of servers) {
      progress(`warm-up: ${server.kind}`);
      const [room] = await createRooms(server, 1);
      await worker.call({
        type: "latency",
        serverUrl: server.url,
        kind: server.kind,
        room: room!,
        clients: 5,
        warmup: 0,
        edits: 300,
        intervalMs: 2,
      });
    }
    await roomsUnloaded(plan.graceMs);
    const samples = plan.latencyClients.map(() =>
      entrants.map(() => ({ rounds: [] as LatencySummary[], parts: [] as Float64Array[] })),
    );
    for (let round = 0; round < plan.rounds; round++) {
      const order = entrants.map((_, index) => index);
      if (round % 2 === 1) order.reverse();
      for (const [clientIndex, clients] of plan.latencyClients.entries()) {
        for (const index of order) {
          const server = servers[index]!;
          progress(`round ${round + 1}/${plan.rounds}: ${entrants[index]!.label}, ${clients} clients`);
          const [room] = await createRooms(server, 1);
          await quietMachine(
            [process.pid, worker.pid, ...servers.map(({ pid }) => pid)],
            0.15,
            plan.quietPatienceMs,
            (cores) => progress(`waiting for other processes (${cores.toFixed(2)} cores busy) to finish`),
          );
          const answer = await worker.call<"latency">({
            type: "latency",
            serverUrl: server.url,
            kind: server.kind,
            room: room!,
            clients,
            warmup: plan.latencyWarmup,
            edits: Math.max(plan.latencyEdits, Math.ceil(plan.latencyDeliveries / (clients - 1))),
            intervalMs: plan.latencyIntervalMs,
          });
          const slot = samples[clientIndex]![index]!;
          slot.rounds.push(answer.summary);
          slot.parts.push(decodeLatencies(answer.latencies));
          await roomsUnloaded(plan.graceMs);
        }
      }
    }
    return plan.latencyClients.map((clients, clientIndex) => ({
      clients,
      byContender: new Map(
        entrants.map((entrant, index) => {
          const { rounds, parts } = samples[clientIndex]![index]!;
          const expected = rounds.reduce((sum, summary) => sum + summary.samples + summary.missing, 0);
          return [entrant.label, { rounds, parts, pooled: summarize(concatLatencies(parts), expected) }];
        }),
      ),
    }));
  } finally {
    await worker.stop();
    for (const server of servers) await server.stop();
    for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (value: number): string => (Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(2) : value.toFixed(1));

/** One table per client count (pooled figures and ours/reference), then the p99 goal per count. */
export function roundsReport(plan: LatencyRoundsPlan, figures: readonly RoundsFigures[]): string {
  const labels = contenders(plan).map(({ label }) => label);
  const lines: string[][] = [
    ["(a), all rounds pooled", ...labels.map((label) => `${label}: p50 / p99 / max (ms)`), "missing", "p99 ours/ref"],
  ];
  const goals: string[] = [];
  for (const { clients, byContender } of figures) {
    const of = (label: string) => byContender.get(label)!;
    const ratio = of("ours").pooled.p99 / of("reference").pooled.p99;
    const missing = labels.reduce((sum, label) => sum + of(label).pooled.missing, 0);
    lines.push([
      `${clients} clients`,
      ...labels.map((label) => {
        const { p50, p99, max } = of(label).pooled;
        return `${ms(p50)} / ${ms(p99)} / ${ms(max)}`;
      }),
      String(missing),
      ratio.toFixed(2),
    ]);
    const perRound = of("ours").rounds.map((summary, round) => summary.p99 / of("reference").rounds[round]!.p99);
    const within = perRound.filter((each) => each <= 1.2).length;
    // Settled only when the whole interval lies on one side of the goal; a pooled ratio alone is
    // a draw of the VM's minutes (server/README.md#bench).
    const { low, high, level } = p99RatioInterval(of("ours").parts, of("reference").parts);
    const verdict = high <= 1.2 ? "met     " : low > 1.2 ? "MISSED  " : "UNSETTLED";
    goals.push(
      `${verdict} (a) ${clients} clients: pooled p99 ${ratio.toFixed(2)}× (goal ≤ 1.2×), ` +
        `${Math.round(level * 100)}% interval over the rounds ${low.toFixed(2)}–${high.toFixed(2)}×; ` +
        `per round ${median(perRound).toFixed(2)}× at the median, within the goal in ${within} of ${perRound.length}`,
      `          per round p99, ours ${of("ours")
        .rounds.map((summary) => ms(summary.p99))
        .join(" ")}; ` +
        `reference ${of("reference")
          .rounds.map((summary) => ms(summary.p99))
          .join(" ")}`,
    );
  }
  return `${table(lines)}\n\n${goals.join("\n")}`;
}
