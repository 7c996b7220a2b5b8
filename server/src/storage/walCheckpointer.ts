import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Runs on its own thread with its own connection. CommonJS as a string, so it survives the
 * esbuild bundle of `npm start` (a separate worker file would not be in dist/); better-sqlite3 is
 * loaded by the absolute path the main thread resolved.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("synchronous = " + workerData.synchronous);
const checkpoint = () => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Runs a last checkpoint and ends the thread. */
  stop(): Promise<void>;
}

/**
 * Copies the WAL into the database file every `intervalMs` on a worker thread. A checkpoint is
 * where SQLite fsyncs in WAL mode (synchronous=NORMAL syncs nowhere else), which takes from a few
 * to tens of milliseconds on ordinary disks; done by the main connection's autocheckpoint, that
 * would stall every room on the event loop every few hundred commits. PASSIVE never waits for, nor
 * blocks, the main connection's writes. Calls `onFailure` if the thread dies, so the caller can
 * go back to checkpointing itself.
 */
export function startWalCheckpointer(
  file: string,
  synchronous: "NORMAL" | "FULL",
  intervalMs: number,
  onFailure: (message: string) => void,
): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, synchronous, intervalMs } });
  // Never what keeps the process alive; a killed process leaves a valid WAL behind.
  worker.unref();
  let stopping = false;
  worker.on("message", (message: { error?: string }) => {
    if (message.error) onFailure(message.error);
  });
  worker.on("error", (error) => onFailure(error.message));
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  void exited.then(() => {
    if (!stopping) onFailure("the checkpoint thread ended");
  });
  return {
    stop: async () => {
      stopping = true;
      // Referenced again while it finishes: a store closing at shutdown must not see the process
      // exit under it, half closed, because nothing else was left to wait for.
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
