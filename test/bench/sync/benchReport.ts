import { availableParallelism, cpus } from "node:os";
import type { BenchPlan, ServerFigures } from "./benchServer";

interface Row {
  label: string;
  value: (figures: ServerFigures) => number;
  format: (value: number) => string;
  /** The goal: ours at most this many times the reference. */
  maxRatio?: number;
  /** A figure about the run (load on the machine, losses) where a ratio means nothing. */
  noRatio?: boolean;
}

const MIB = 1024 * 1024;
/** A formatter that shows a missing figure (a server not run, no samples) as a dash. */
const shown =
  (format: (value: number) => string) =>
  (value: number): string =>
    Number.isNaN(value) ? "–" : format(value);
const ms = shown((value) => (value < 10 ? value.toFixed(2) : value.toFixed(1)));
const mib = shown((value) => (value / MIB).toFixed(1));
const kib = shown((value) => (value / 1024).toFixed(1));
const count = shown((value) => String(Math.round(value)));

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function rows(plan: BenchPlan): Row[] {
  const latencyRows = plan.latencyClients.flatMap((clients, index): Row[] => [
    { label: `(a) ${clients} clients: latency p50 (ms)`, value: (f) => f.latency[index]!.summary.p50, format: ms },
    {
      label: `(a) ${clients} clients: latency p99 (ms)`,
      value: (f) => f.latency[index]!.summary.p99,
      format: ms,
      maxRatio: 1.2,
    },
  ]);
  const seconds = (f: ServerFigures): number => f.load.seconds;
  return [
    ...latencyRows,
    {
      label: "(a) other processes' CPU (% of one core)",
      value: (f) => (100 * f.latency.reduce((sum, l) => sum + l.otherCores, 0)) / f.latency.length,
      format: count,
      noRatio: true,
    },
    {
      label: "(a) deliveries missing",
      value: (f) => f.latency.reduce((sum, l) => sum + l.summary.missing, 0),
      format: count,
      noRatio: true,
    },
    { label: "(b) latency p50 (ms)", value: (f) => f.load.p50, format: ms },
    { label: "(b) latency p99 (ms)", value: (f) => f.load.p99, format: ms, maxRatio: 1.2 },
    { label: "(b) latency max (ms)", value: (f) => f.load.max, format: ms },
    {
      label: "(b) server CPU (% of one core)",
      value: (f) => (100 * f.load.serverCpuSeconds) / seconds(f),
      format: count,
    },
    { label: "(b) server peak RSS (MiB)", value: (f) => f.load.serverPeakRss, format: mib },
    {
      label: "(b) edits sent / planned (%)",
      value: (f) => (100 * f.load.editsSent) / f.load.editsPlanned,
      format: count,
      noRatio: true,
    },
    { label: "(b) deliveries missing", value: (f) => f.load.missing, format: count, noRatio: true },
    {
      label: "(b) client process CPU (% of one core)",
      value: (f) => (100 * f.load.clientCpuSeconds) / seconds(f),
      format: count,
    },
    { label: "(b) client event-loop delay p99 (ms)", value: (f) => f.load.clientLoopDelayP99, format: ms },
    {
      label: "(b) other processes' CPU (% of one core)",
      value: (f) => (100 * f.load.otherCpuSeconds) / seconds(f),
      format: count,
      noRatio: true,
    },
    { label: "(c) RSS per idle room, 1 client on (KiB)", value: (f) => f.idle.rssPerRoom, format: kib },
    { label: "(c) heap per idle room, 1 client on (KiB)", value: (f) => f.idle.heapPerRoom, format: kib },
    { label: "(c) heap per loaded room, no client (KiB)", value: (f) => f.idle.heapPerRoomAlone, format: kib },
    {
      label: "(d) RSS after all rooms closed, vs before (b) (MiB)",
      value: (f) => f.afterClose.rssGrowth,
      format: mib,
    },
    {
      label: "(d) heap after all rooms closed, vs before (b) (MiB)",
      value: (f) => f.afterClose.heapGrowth,
      format: mib,
    },
    {
      label: "(d) rooms diverged (clients or fresh reload)",
      value: (f) => f.load.divergedRooms + f.verify.divergedRooms,
      format: count,
      noRatio: true,
    },
    {
      label: "(d) updates lost (fresh client per room)",
      value: (f) => f.verify.lostEdits,
      format: count,
      noRatio: true,
    },
  ];
}

/** The line every sync bench report starts with: what the figures were measured on. */
export function machineLine(): string {
  return `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}.`;
}

export function table(lines: string[][]): string {
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const render = (line: string[]): string =>
    `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? "-".repeat(width + 2) : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  return [render(lines[0]!), rule, ...lines.slice(1).map(render)].join("\n");
}

/** The figures table (medians over runs when there are several) with ours/reference and the p99 goal. */
export function report(plan: BenchPlan, ours: ServerFigures[], reference: ServerFigures[]): string {
  const runs = Math.max(ours.length, reference.length);
  const header =
    runs > 1
      ? [`figure (median of ${runs} runs)`, "ours", "reference", "ours/ref"]
      : ["figure", "ours", "reference", "ours/ref"];
  const lines: string[][] = [header];
  const goals: string[] = [];
  for (const row of rows(plan)) {
    const mine = ours.length > 0 ? median(ours.map(row.value)) : Number.NaN;
    const theirs = reference.length > 0 ? median(reference.map(row.value)) : Number.NaN;
    const ratio =
      row.noRatio || theirs === 0 || Number.isNaN(theirs) || Number.isNaN(mine) ? "–" : `${(mine / theirs).toFixed(2)}`;
    lines.push([row.label, row.format(mine), row.format(theirs), ratio]);
    if (row.maxRatio !== undefined && ratio !== "–") {
      const met = mine <= row.maxRatio * theirs;
      goals.push(`${met ? "met " : "MISSED"} ${row.label}: ${ratio}× (goal ≤ ${row.maxRatio}×)`);
      if (runs > 1) {
        goals.push(
          `       per run, ours ${ours.map((f) => row.format(row.value(f))).join(" ")}; reference ${reference.map((f) => row.format(row.value(f))).join(" ")}`,
        );
      }
    }
  }
  goals.push(
    "       (a)'s lines compare medians of runs that did not share their minutes; for a verdict with an",
    "       interval, run `pnpm bench:sync --latency-rounds 12` (server/README.md#bench).",
  );
  goals.push(...oursOnlyGoals(ours));
  return `${table(lines)}\n\n${goals.join("\n")}`;
}

/** Heap left over after every room closed that still counts as "back to baseline". */
const HEAP_SLACK = 2 * MIB;
/** Share of (b)'s peak RSS growth that may stay resident (the allocator keeps some pages). */
const RSS_SLACK = 0.1;

/** The goals about our server alone: nothing lost, memory given back. */
function oursOnlyGoals(ours: ServerFigures[]): string[] {
  if (ours.length === 0) return [];
  const line = (met: boolean, text: string): string => `${met ? "met " : "MISSED"} ${text}`;
  const worst = (value: (f: ServerFigures) => number): number => Math.max(...ours.map(value));
  const lost = worst(
    (f) =>
      f.verify.lostEdits +
      f.load.divergedRooms +
      f.verify.divergedRooms +
      f.load.missing +
      f.latency.reduce((sum, l) => sum + l.summary.missing, 0),
  );
  const heap = worst((f) => f.afterClose.heapGrowth);
  const rssShareOf = (f: ServerFigures): number => f.afterClose.rssGrowth / Math.max(f.afterClose.peakRssGrowth, 1);
  const rssShare = worst(rssShareOf);
  const percent = (share: number): string => `${(100 * share).toFixed(0)}%`;
  return [
    line(lost === 0, `no update lost, every room converged (worst run: ${lost} missing or diverged)`),
    line(
      heap <= HEAP_SLACK && rssShare <= RSS_SLACK,
      `memory back to baseline after all rooms closed: heap +${mib(heap)} MiB (goal ≤ ${mib(HEAP_SLACK)}), ` +
        `RSS keeps ${percent(rssShare)} of (b)'s peak growth (goal ≤ ${percent(RSS_SLACK)})`,
    ),
    ...(ours.length > 1
      ? [
          `       per run, heap +${ours.map((f) => mib(f.afterClose.heapGrowth)).join(" ")} MiB; ` +
            `RSS +${ours.map((f) => mib(f.afterClose.rssGrowth)).join(" ")} MiB, ` +
            `${ours.map((f) => percent(rssShareOf(f))).join(" ")} of the peak growth`,
        ]
      : []),
  ];
}
