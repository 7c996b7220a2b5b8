import { machineLine, median, table } from "./benchReport";
import type { InstancesFigures, InstancesPlan, SetupLatency } from "./instancesBench";

/** The goal: a delivery that crosses instances at most this many times one instance's p99. */
const GOAL = 2;

const ms = (value: number): string => (Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(2) : value.toFixed(1));
const whole = (value: number): string => (Number.isNaN(value) ? "–" : String(Math.round(value)));
const pair = (a: string, b: string): string => (a === "–" && b === "–" ? "–" : `${a} / ${b}`);

/** The median over runs of one figure of the `index`th client count; NaN where no run has it. */
function over(runs: SetupLatency[][], index: number, pick: (latency: SetupLatency) => number | undefined): number {
  const values: number[] = [];
  for (const run of runs) {
    const latency = run[index];
    const value = latency === undefined ? undefined : pick(latency);
    // A NaN (no samples) arrives over IPC as null.
    if (typeof value === "number" && !Number.isNaN(value)) values.push(value);
  }
  return values.length === 0 ? Number.NaN : median(values);
}

export function instancesReport(plan: InstancesPlan, figures: InstancesFigures, quick: boolean): string {
  const n = plan.instances;
  const { single, multi } = figures;
  const medianNote = plan.runs > 1 ? ` (medians of ${plan.runs} runs)` : "";
  const latency: string[][] = [
    [
      `(a) latency p50 / p99 (ms)${medianNote}`,
      "1 instance",
      `${n} instances, all`,
      "same instance",
      "cross instance",
      "cross p99 / 1-inst. p99",
    ],
  ];
  const deliveries: string[][] = [
    [
      "(a) deliveries",
      "1 instance",
      `${n} inst., same / cross`,
      "missing, 1 / n",
      "PG + Redis CPU %, 1 / n",
      "others' CPU %, 1 / n",
    ],
  ];
  const goals: string[] = [];
  for (const [index, clients] of plan.latencyClients.entries()) {
    const cell = (runs: SetupLatency[][], pick: (latency: SetupLatency) => number | undefined): string =>
      ms(over(runs, index, pick));
    const singleP99 = over(single, index, (l) => l.summary.p99);
    const crossP99 = over(multi, index, (l) => l.split?.cross.p99);
    const ratio = crossP99 / singleP99;
    latency.push([
      `${clients} clients`,
      pair(
        cell(single, (l) => l.summary.p50),
        ms(singleP99),
      ),
      pair(
        cell(multi, (l) => l.summary.p50),
        cell(multi, (l) => l.summary.p99),
      ),
      pair(
        cell(multi, (l) => l.split?.same.p50),
        cell(multi, (l) => l.split?.same.p99),
      ),
      pair(
        cell(multi, (l) => l.split?.cross.p50),
        ms(crossP99),
      ),
      Number.isNaN(ratio) ? "–" : `${ratio.toFixed(2)}×`,
    ]);
    const count = (runs: SetupLatency[][], pick: (latency: SetupLatency) => number | undefined): string =>
      whole(over(runs, index, pick));
    const percent = (value: number): number => 100 * value;
    deliveries.push([
      `${clients} clients`,
      count(single, (l) => l.summary.samples),
      pair(
        count(multi, (l) => l.split?.same.samples),
        count(multi, (l) => l.split?.cross.samples),
      ),
      pair(
        count(single, (l) => l.summary.missing),
        count(multi, (l) => l.summary.missing),
      ),
      pair(
        count(single, (l) => percent(l.serviceCores)),
        count(multi, (l) => percent(l.serviceCores)),
      ),
      pair(
        count(single, (l) => percent(l.otherCores)),
        count(multi, (l) => percent(l.otherCores)),
      ),
    ]);
    if (!Number.isNaN(ratio)) {
      const label = `${clients} clients: cross-instance p99 / single-instance p99 = ${ratio.toFixed(2)}×`;
      goals.push(`${ratio <= GOAL ? "met " : "MISSED"} ${label} (goal ≤ ${GOAL}×)`);
      if (plan.runs > 1) {
        const perRun = (runs: SetupLatency[][], pick: (latency: SetupLatency) => number | undefined): string =>
          runs.map((run) => ms(run[index] === undefined ? Number.NaN : (pick(run[index]) ?? Number.NaN))).join(" ");
        goals.push(
          `       per run, cross p99 ${perRun(multi, (l) => l.split?.cross.p99)}; single p99 ${perRun(single, (l) => l.summary.p99)}`,
        );
      }
    } else {
      goals.push(`MISSED ${clients} clients: no cross-instance p99 to compare (no deliveries crossed instances)`);
    }
  }
  const missing = [...single, ...multi].flat().reduce((sum, l) => sum + l.summary.missing, 0);
  goals.push(`${missing === 0 ? "met " : "MISSED"} every delivery arrived (${missing} missing over all runs)`);

  return `
Sync bench --instances ${n}${quick ? " (--quick)" : ""}: phase (a) only, our server on PostgreSQL, ${plan.runs} run(s).
  1 instance: one server on the same PostgreSQL (its own schema), no Redis: fan-out stays in the process.
  ${n} instances: ${n} servers on one schema, Redis pub/sub between them; a room's clients dealt round robin
  (client i on instance i mod ${n}), so a delivery between clients on different instances crosses Redis.
PostgreSQL: ${figures.versions.postgres} (fsync=off, as the test harness starts it); Redis: ${figures.versions.redis}.
${machineLine()}
(a) one room, ${plan.latencyClients.join("/")} clients; ${plan.latencyEdits} edits in turn (at least ${plan.latencyDeliveries} deliveries), one every ${plan.latencyIntervalMs} ms,
    after ${plan.latencyWarmup} warm-up edits; latency measured at every other client, in one client process.
SQLite single-instance figures (the shipped default store) come from the default run: \`pnpm bench:sync\`, phase (a), "ours".

${table(latency)}

${table(deliveries)}

${goals.join("\n")}`;
}
