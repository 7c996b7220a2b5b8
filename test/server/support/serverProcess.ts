import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { databaseUrlFor } from "./testStorage";

const root = fileURLToPath(new URL("../../..", import.meta.url));
// The loader runs TypeScript inside the spawned node itself (the tsx CLI would put a second
// process in between, and `kill -9` would hit that one instead of the server).
const tsxLoader = fileURLToPath(new URL("../../../node_modules/tsx/dist/loader.mjs", import.meta.url));
const serverMain = fileURLToPath(new URL("../../../server/src/main.ts", import.meta.url));

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote so far. */
  output(): string;
  /** The `event` of every JSON log line so far. */
  events(): string[];
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Sends `signal` and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface SpawnOptions {
  dataDir: string;
  /** 0 (the default) picks a free port; a restart passes the previous one so clients find it again. */
  port?: number;
  env?: Record<string, string>;
  /** Another entry point than server/src/main.ts (a test fixture). */
  script?: string;
  nodeArgs?: string[];
  /** Open an IPC channel (for fixtures that answer questions). */
  ipc?: boolean;
}

/** Starts a server as its own process and resolves once it logs the URL it listens on. */
export async function spawnServer(options: SpawnOptions): Promise<ServerProcess> {
  const databaseUrl = await databaseUrlFor(options.dataDir);
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", tsxLoader, options.script ?? serverMain],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(options.port ?? 0),
        HOST: "127.0.0.1",
        KUNDRESA_DATA: options.dataDir,
        ...(databaseUrl ? { KUNDRESA_DATABASE_URL: databaseUrl } : {}),
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe", ...(options.ipc ? (["ipc"] as const) : [])],
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const check = (): void => {
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    port: Number(new URL(url).port),
    child,
    output: () => output,
    events: () =>
      output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => (JSON.parse(line) as { event: string }).event),
    exited,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
