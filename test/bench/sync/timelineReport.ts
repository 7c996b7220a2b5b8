// `pnpm bench:sync:timeline <dir>`: joins what timelineProbe.ts wrote during a sync bench run with
// BENCH_TIMELINE_DIR=<dir> and prints, per server, where deliveries in 2-client rooms (the edits
// exactly one client saw) spent their time: client send -> server receive -> server send -> client
// receive -> seen in the receiving client's document, for the middle tenth and the slowest 1%, and
// how many of the slowest overlapped one of the server's garbage collections. What a slow step
// inside the server was waiting for, if not GC, `perf sched` tells (server/README.md#bench).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { median, table } from "./benchReport";

const dir = process.argv[2];
if (!dir) throw new Error("usage: timelineReport.ts <BENCH_TIMELINE_DIR>");

type Times = Map<string, Map<string, number[]>>;

/** Per key (the edit's notes), per event, the times it happened; plus `gc` lines as [duration, end]. */
function read(file: string): { times: Times; gcs: Array<[number, number]> } {
  const times: Times = new Map();
  const gcs: Array<[number, number]> = [];
  for (const line of readFileSync(join(dir!, file), "utf8").split("\n")) {
    const [event, key, at] = line.split("\t");
    if (event === undefined || key === undefined || at === undefined) continue;
    if (event === "gc") {
      gcs.push([Number(key), Number(at)]);
      continue;
    }
    const events = times.get(key) ?? new Map<string, number[]>();
    times.set(key, events);
    const list = events.get(event) ?? [];
    events.set(event, list);
    list.push(Number(at));
  }
  return { times, gcs };
}

/** The latest of `times` at or before `limit`, if any. */
function latestBy(times: readonly number[] | undefined, limit: number): number | undefined {
  const before = times?.filter((time) => time <= limit) ?? [];
  return before.length > 0 ? Math.max(...before) : undefined;
}

const files = readdirSync(dir).filter((name) => name.endsWith(".tsv"));
const clientFiles = files.filter((name) => name.startsWith("clients-"));
if (clientFiles.length === 0) throw new Error(`no clients-*.tsv in ${dir}`);
// A full run starts client processes per server and run (rounds start one): every edit's notes
// are unique and the clock is the wall clock, so all of them join into one table.
const clients: Times = new Map();
for (const file of clientFiles) for (const [key, events] of read(file).times) clients.set(key, events);
const steps = ["total", "to server", "in server", "back", "to document"];
const rows: string[][] = [["server", "deliveries", "which", ...steps.map((step) => `${step} (ms)`), "during a GC"]];

for (const file of files.filter((name) => !clientFiles.includes(name))) {
  const { times: server, gcs } = read(file);
  const deliveries: Array<{ steps: number[]; received: number; sent: number }> = [];
  for (const [key, events] of server) {
    const client = clients.get(key);
    const seen = client?.get("seen");
    const sent = client?.get("send")?.[0];
    // Seen once: a 2-client room. The reference also echoes each edit to its sender, so the
    // delivery is the last receive before the receiving client saw it, and the send before that.
    if (seen?.length !== 1 || sent === undefined) continue;
    const clientReceived = latestBy(client?.get("recv"), seen[0]!);
    const serverReceived = events.get("recv")?.[0];
    const serverSent = clientReceived === undefined ? undefined : latestBy(events.get("send"), clientReceived);
    if (clientReceived === undefined || serverReceived === undefined || serverSent === undefined) continue;
    deliveries.push({
      steps: [
        seen[0]! - sent,
        serverReceived - sent,
        serverSent - serverReceived,
        clientReceived - serverSent,
        seen[0]! - clientReceived,
      ],
      received: serverReceived,
      sent: serverSent,
    });
  }
  deliveries.sort((a, b) => a.steps[0]! - b.steps[0]!);
  const count = deliveries.length;
  const label = file.replace(/-\d+\.tsv$/, "");
  if (count === 0) {
    rows.push([label, "0", "no 2-client room", ...steps.map(() => "–"), "–"]);
    continue;
  }
  const duringGc = (group: typeof deliveries): number =>
    group.filter(({ received, sent }) => gcs.some(([ms, end]) => end > received && end - ms < sent)).length;
  for (const [which, group] of [
    ["p45–p55", deliveries.slice(Math.floor(count * 0.45), Math.ceil(count * 0.55))],
    ["slowest 1%", deliveries.slice(Math.floor(count * 0.99))],
  ] as const) {
    rows.push([
      label,
      String(count),
      which,
      ...steps.map((_, index) => median(group.map((each) => each.steps[index]!)).toFixed(3)),
      `${duringGc(group)} of ${group.length}`,
    ]);
  }
}
console.log(`Deliveries in 2-client rooms, the median of each step within the group:\n${table(rows)}`);
