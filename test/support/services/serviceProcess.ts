import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

// Enough for the error that made a server fail; a long run's log lines are of no use to anyone.
const OUTPUT_LIMIT = 32_000;

/** A database or broker the tests started, with what it printed. */
export interface ServiceProcess {
  process: ChildProcess;
  output(): string;
  /** Resolves once the process is gone and its output is complete. */
  exited: Promise<void>;
  running(): boolean;
}

/** Starts `command`, keeping the tail of its output for error messages; a failed spawn counts as exited. */
export function spawnService(command: string, args: string[], options: SpawnOptions): ServiceProcess {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let done = false;
  const append = (chunk: Buffer | string): void => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<void>((resolve) => {
    child.once("error", (error) => {
      append(`\n${error.message}\n`);
      done = true;
      resolve();
    });
    child.once("close", () => {
      done = true;
      resolve();
    });
  });
  return { process: child, output: () => output, exited, running: () => !done };
}

/** Whether `promise` settles within `ms`. */
export function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
