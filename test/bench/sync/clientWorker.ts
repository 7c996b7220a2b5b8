// The sync bench's clients: stock y-websocket providers in a process of their own, so their CPU is
// never billed to the server under test. Driven over IPC by syncBench.ts.
import { monitorEventLoopDelay } from "node:perf_hooks";
import * as Y from "yjs";
import { connectClient, waitFor } from "../../server/support/syncClient";
import type {
  LoadRun,
  RoomRef,
  ServerKind,
  VerifySummary,
  WorkerAnswer,
  WorkerCommand,
  WorkerRequest,
  WorkerResponse,
} from "./benchMessages";
import { BenchRoom, lostEdits, type FinalRoomState, type SplitSamples } from "./benchRoom";
import { LatencySamples, encodeLatencies } from "./latencySamples";
import { installTimelineProbe } from "./timelineProbe";

installTimelineProbe("clients");

// Each provider adds a process 'exit' listener; a thousand of them are expected here.
process.setMaxListeners(0);
const exposedGc = (globalThis as { gc?: () => void }).gc;
if (!exposedGc) throw new Error("run the client worker with --expose-gc");
const collect: () => void = exposedGc;

const samples = new LatencySamples();
/** Filled only when a latency run spans several instances. */
const split: SplitSamples = { same: new LatencySamples(), cross: new LatencySamples() };
let rooms: BenchRoom[] = [];
const finalStates = new Map<string, FinalRoomState>();

/** How often the event-loop delay is sampled, in ms. */
const LOOP_SAMPLE_MS = 2;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function inBatches<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(run))));
  }
  return results;
}

/**
 * Before a timed phase: a full collection now, so that garbage from setting up (a thousand
 * providers syncing 21 KB maps) is not collected in the middle of the measurement.
 */
async function collectGarbage(): Promise<void> {
  for (let round = 0; round < 2; round++) {
    collect();
    await sleep(20);
  }
}

/** Waits until `expected` deliveries were recorded, or gives up after `timeoutMs` (the rest count as missing). */
async function drain(expected: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (samples.count < expected && Date.now() < deadline) await sleep(5);
}

/** Edits in turn, one every `intervalMs`, cycling through the room's clients. */
async function editInTurn(room: BenchRoom, edits: number, intervalMs: number): Promise<void> {
  for (let edit = 0; edit < edits; edit++) {
    room.edit(room.clients[edit % room.clients.length]!);
    await sleep(intervalMs);
  }
}

/** Deliveries `edits` in turn should make, same-instance and cross-instance (as editInTurn deals them). */
function expectedSplit(room: BenchRoom, edits: number): { same: number; cross: number } {
  const expected = { same: 0, cross: 0 };
  const count = room.clients.length;
  for (const [index, sender] of room.clients.entries()) {
    const sent = Math.floor(edits / count) + (index < edits % count ? 1 : 0);
    for (const receiver of room.clients) {
      if (receiver !== sender) expected[receiver.instance === sender.instance ? "same" : "cross"] += sent;
    }
  }
  return expected;
}

async function latency(command: Extract<WorkerCommand, { type: "latency" }>): Promise<WorkerAnswer> {
  const urls = command.serverUrls ?? [command.serverUrl];
  const splitting = urls.length > 1 ? split : undefined;
  const room = await BenchRoom.open(urls, command.kind, command.room, command.clients, true, samples, splitting);
  const all = [samples, ...(splitting ? [splitting.same, splitting.cross] : [])];
  const setRecording = (recording: boolean): void => all.forEach((each) => (each.recording = recording));
  try {
    const fanOut = command.clients - 1;
    await collectGarbage();
    all.forEach((each) => each.reset());
    setRecording(true);
    await editInTurn(room, command.warmup, command.intervalMs);
    await drain(command.warmup * fanOut);
    all.forEach((each) => each.reset());
    await editInTurn(room, command.edits, command.intervalMs);
    await drain(command.edits * fanOut);
    setRecording(false);
    const summary = samples.summary(command.edits * fanOut);
    const latencies = encodeLatencies(samples.values());
    if (!splitting) return { type: "latency", summary, latencies };
    const expected = expectedSplit(room, command.edits);
    return {
      type: "latency",
      summary,
      latencies,
      split: { same: splitting.same.summary(expected.same), cross: splitting.cross.summary(expected.cross) },
    };
  } finally {
    setRecording(false);
    room.destroy();
  }
}

async function open(command: Extract<WorkerCommand, { type: "open" }>): Promise<WorkerAnswer> {
  const opened = await inBatches(command.rooms, 10, (ref) =>
    BenchRoom.open(command.serverUrl, command.kind, ref, command.clientsPerRoom, command.editing, samples),
  );
  rooms.push(...opened);
  return { type: "opened", clients: rooms.reduce((sum, room) => sum + room.clients.length, 0) };
}

/** Every client edits `editsPerSecond` times a second, each on its own timer at a random phase. */
async function load(editsPerSecond: number, seconds: number): Promise<WorkerAnswer> {
  const period = 1000 / editsPerSecond;
  const clients = rooms.flatMap((room) => room.clients.map((client) => ({ room, client })));
  const timers: NodeJS.Timeout[] = [];
  let editsSent = 0;
  await collectGarbage();
  samples.reset();
  samples.recording = true;
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  loopDelay.enable();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const { room, client } of clients) {
    const edit = (): void => {
      room.edit(client);
      editsSent++;
    };
    timers.push(
      setTimeout(() => {
        edit();
        timers.push(setInterval(edit, period));
      }, Math.random() * period),
    );
  }
  await sleep(seconds * 1000);
  for (const timer of timers) clearTimeout(timer);
  const expected = rooms.reduce(
    (sum, room) => sum + room.clients.reduce((sent, client) => sent + client.sent, 0) * (room.clients.length - 1),
    0,
  );
  await drain(expected);
  samples.recording = false;
  const cpu = process.cpuUsage(cpuBefore);
  loopDelay.disable();
  for (const room of rooms) finalStates.set(room.ref.name, room.finalState());
  const latencies = samples.values();
  const run: LoadRun = {
    latencies: encodeLatencies(latencies),
    expected,
    clients: clients.length,
    editsSent,
    editsPlanned: Math.round(clients.length * editsPerSecond * seconds),
    clientCpuSeconds: (cpu.user + cpu.system) / 1e6,
    // The histogram holds whole sampling intervals; what is beyond one is the delay.
    clientLoopDelayP99: Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_SAMPLE_MS),
    divergedRooms: rooms.filter((room) => !room.converged()).length,
    seconds: (performance.now() - started) / 1000,
  };
  return { type: "load", run };
}

async function closeAll(): Promise<WorkerAnswer> {
  for (const room of rooms) room.destroy();
  rooms = [];
  await sleep(200);
  return { type: "closed" };
}

/** A fresh client per room (ours loads it back from SQLite) must hold every edit the room ended with. */
async function verify(serverUrl: string, kind: ServerKind, refs: RoomRef[]): Promise<WorkerAnswer> {
  const summary: VerifySummary = { rooms: 0, lostEdits: 0, divergedRooms: 0 };
  await inBatches(refs, 10, async (ref) => {
    const expected = finalStates.get(ref.name);
    if (!expected) throw new Error(`no final state for room ${ref.name} (${kind})`);
    const client = connectClient(serverUrl, ref.name, ref.token);
    try {
      await waitFor(() => client.provider.synced && client.doc.getArray("stages").length > 0, "a fresh client to sync");
      summary.rooms++;
      summary.lostEdits += lostEdits(client.doc, expected);
      if (!Buffer.from(Y.encodeStateVector(client.doc)).equals(expected.stateVector)) summary.divergedRooms++;
    } finally {
      client.destroy();
    }
  });
  return { type: "verify", summary };
}

function run(command: WorkerCommand): Promise<WorkerAnswer> {
  switch (command.type) {
    case "latency":
      return latency(command);
    case "open":
      return open(command);
    case "load":
      return load(command.editsPerSecond, command.seconds);
    case "close-all":
      return closeAll();
    case "verify":
      return verify(command.serverUrl, command.kind, command.rooms);
  }
}

process.on("message", (request: WorkerRequest) => {
  run(request.command).then(
    (answer) => process.send?.({ id: request.id, answer } satisfies WorkerResponse),
    (error: unknown) =>
      process.send?.({
        id: request.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
// A normal exit, so that a CPU profile (BENCH_PROFILE_DIR) gets written.
process.on("SIGTERM", () => process.exit(0));
// An orchestrator that died must not leave its clients reconnecting for ever.
process.on("disconnect", () => process.exit(0));
process.send?.({ id: 0, answer: { type: "closed" } } satisfies WorkerResponse);
