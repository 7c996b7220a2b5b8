import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleServer } from "../../../server/serverBundle.mjs";
import type {
  ServerCommand,
  ServerKind,
  ServerReport,
  WorkerAnswer,
  WorkerCommand,
  WorkerRequest,
  WorkerResponse,
} from "./benchMessages";

const root = fileURLToPath(new URL("../../..", import.meta.url));
// The loader runs TypeScript inside the spawned node itself, so the pid is the process measured.
const tsxLoader = fileURLToPath(new URL("../../../node_modules/tsx/dist/loader.mjs", import.meta.url));
const scripts = {
  ours: fileURLToPath(new URL("./ourServerChild.ts", import.meta.url)),
  reference: fileURLToPath(new URL("./referenceServerChild.ts", import.meta.url)),
  worker: fileURLToPath(new URL("./clientWorker.ts", import.meta.url)),
};

/**
 * Where each server child is bundled to, and what stays out of its bundle. Ours is bundled whole,
 * as `npm start` bundles the server; the reference's package loads from node_modules, as its own
 * bin/server.js runs it (it also reaches for LevelDB's native addon, which cannot be bundled), and
 * only the few lines around it are bundled. Neither runs through tsx: its transform wraps every
 * function our TypeScript creates (names kept for stack traces) and its loader adds a thread, which
 * made ours, and not the reference's JavaScript, pay for the bench's tooling.
 */
const bundles: Record<ServerKind, { outfile: string; external: string[] }> = {
  // Under server/, so that better-sqlite3 and koffi resolve from server/node_modules.
  ours: { outfile: join(root, "server/dist/bench/ourServerChild.js"), external: [] },
  reference: {
    outfile: join(root, "test/bench/sync/dist/referenceServerChild.js"),
    external: ["ws", "@y/websocket-server"],
  },
};
const built = new Map<ServerKind, Promise<string>>();

/** Bundles a server child once per bench run; resolves to the file to run. */
function bundledServer(kind: ServerKind): Promise<string> {
  let file = built.get(kind);
  if (!file) {
    const { outfile, external } = bundles[kind];
    file = bundleServer(root, scripts[kind], outfile, external).then(() => outfile);
    built.set(kind, file);
  }
  return file;
}

/** `BENCH_PROFILE_DIR=dir pnpm bench:sync`: every child writes a V8 CPU profile there when it exits. */
const profileDir = process.env["BENCH_PROFILE_DIR"];
const profileArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
const extraArgs = (process.env["BENCH_NODE_ARGS"] ?? "").split(" ").filter(Boolean);
/** `BENCH_CLIENT_SCHED=idle`: the client processes run only when no server wants a core (server/README.md). */
const clientsAtIdlePriority = process.env["BENCH_CLIENT_SCHED"] === "idle";
/**
 * `BENCH_CPU_SPLIT=1`: the client processes on the first core and the servers on the second
 * (`taskset`, every thread), the nearest one machine comes to clients on machines of their own.
 */
const cpuSplit = process.env["BENCH_CPU_SPLIT"] === "1";
if (cpuSplit && availableParallelism() < 2) throw new Error("BENCH_CPU_SPLIT=1 needs at least two cores");

/** `script`: what node runs after its own options (a bundle, or tsx's loader and a TypeScript file). */
function spawnChild(
  script: string[],
  env: Record<string, string>,
  {
    nodeArgs = [],
    logFile,
    idlePriority = false,
    role,
  }: { nodeArgs?: string[]; logFile?: string; idlePriority?: boolean; role: "server" | "clients" },
): ChildProcess {
  const stdout = logFile === undefined ? "ignore" : openSync(logFile, "w");
  const command = [process.execPath, ...nodeArgs, ...profileArgs, ...extraArgs, ...script];
  // chrt and taskset exec node in their own place, so the pid is still the node process measured;
  // node's threads (V8's helpers, libuv's pool) inherit the affinity.
  if (idlePriority) command.unshift("chrt", "--idle", "0");
  if (cpuSplit) command.unshift("taskset", "--cpu-list", role === "clients" ? "0" : "1");
  try {
    return spawn(command[0]!, command.slice(1), {
      cwd: root,
      env: { ...process.env, ...env },
      // Server logs go nowhere (as to a file nobody reads), unless a log file was asked for; errors still show.
      stdio: ["ignore", stdout, "inherit", "ipc"],
    });
  } finally {
    // The child holds its own copy of the descriptor.
    if (typeof stdout === "number") closeSync(stdout);
  }
}

export interface Memory {
  rss: number;
  /** RSS before the measurement's own collections: the server as it was, unaided. */
  rssUncollected: number;
  heapUsed: number;
}

export interface ServerChild {
  kind: ServerKind;
  pid: number;
  url: string;
  /** Heap after full collections and RSS, both in bytes. */
  measure(): Promise<Memory>;
  stop(): Promise<void>;
}

/** `logFile`: where the server's log lines go (the `--instances` bench reads them when deliveries go missing). */
export async function startServerChild(
  kind: ServerKind,
  env: Record<string, string>,
  logFile?: string,
): Promise<ServerChild> {
  const child = spawnChild([await bundledServer(kind)], env, { nodeArgs: ["--expose-gc"], logFile, role: "server" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (report: ServerReport) => (report.type === "listening" ? resolve(report.url) : reject()));
    void exited.then(() => reject(new Error(`the ${kind} server exited before listening`)));
  });
  const send = (command: ServerCommand): void => void child.send(command);
  return {
    kind,
    pid: child.pid!,
    url,
    measure: () =>
      new Promise((resolve) => {
        child.once("message", (report: ServerReport) => {
          if (report.type === "memory") {
            resolve({ rss: report.rss, rssUncollected: report.rssUncollected, heapUsed: report.heapUsed });
          }
        });
        send({ type: "measure" });
      }),
    stop: async () => {
      // A server that died (or was killed) mid-run has no channel left to send to.
      if (child.connected) send({ type: "stop" });
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface WorkerChild {
  pid: number;
  call<T extends WorkerAnswer["type"]>(command: WorkerCommand): Promise<Extract<WorkerAnswer, { type: T }>>;
  stop(): Promise<void>;
}

export async function startWorkerChild(): Promise<WorkerChild> {
  const child = spawnChild(
    ["--import", tsxLoader, scripts.worker],
    {},
    {
      nodeArgs: ["--expose-gc"],
      idlePriority: clientsAtIdlePriority,
      role: "clients",
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pending = new Map<number, { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  const ready = new Promise<void>((resolve) => pending.set(0, { resolve: () => resolve(), reject: () => undefined }));
  child.on("message", (response: WorkerResponse) => {
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if ("error" in response) waiting?.reject(new Error(`client worker: ${response.error}`));
    else waiting?.resolve(response.answer);
  });
  void exited.then(() => {
    for (const { reject } of pending.values()) reject(new Error("the client worker exited"));
  });
  await ready;
  return {
    pid: child.pid!,
    call: <T extends WorkerAnswer["type"]>(command: WorkerCommand) =>
      new Promise<Extract<WorkerAnswer, { type: T }>>((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { resolve: (answer) => resolve(answer as Extract<WorkerAnswer, { type: T }>), reject });
        child.send({ id, command } satisfies WorkerRequest);
      }),
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
