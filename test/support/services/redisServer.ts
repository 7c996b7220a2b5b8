import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { findOnPath } from "./findBinary";
import { freePort } from "./freePort";
import { settlesWithin, spawnService, type ServiceProcess } from "./serviceProcess";

export interface RedisServer {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  /** SIGTERM, and waits for the process to end. */
  stop(): Promise<void>;
  /** SIGKILL, and waits for the process to end: a crash, as far as clients can tell. */
  kill(): Promise<void>;
  /** Starts a fresh, empty redis on the same port (stopping the running one first, if any). */
  restart(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 5_000;
const PORT_ATTEMPTS = 5;

/** One redis-server process and the directory it was given. */
interface Instance extends ServiceProcess {
  dir: string;
}

/** Servers a crashed or interrupted test run never stopped: they must not outlive it. */
const orphans = new Set<Instance>();
process.once("exit", () => {
  for (const instance of orphans) {
    instance.process.kill("SIGKILL");
    rmSync(instance.dir, { recursive: true, force: true });
  }
});

function spawnRedis(port: number): Instance {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kundresa-redis-"));
  const args = [
    ...["--port", String(port), "--bind", "127.0.0.1"],
    // Nothing on disk: a restarted redis starts empty, like a fresh one in production after a crash.
    ...["--save", "", "--appendonly", "no", "--dir", dir],
    ...["--protected-mode", "no", "--daemonize", "no"],
  ];
  const instance: Instance = { ...spawnService(findOnPath("redis-server"), args, { cwd: dir }), dir };
  orphans.add(instance);
  return instance;
}

async function end(instance: Instance, signal: "SIGTERM" | "SIGKILL"): Promise<void> {
  if (instance.running()) instance.process.kill(signal);
  if (!(await settlesWithin(instance.exited, STOP_GRACE_MS))) {
    instance.process.kill("SIGKILL");
    await instance.exited;
  }
  orphans.delete(instance);
  rmSync(instance.dir, { recursive: true, force: true });
}

/**
 * The pid of the redis answering on `port`, if one answers PING. Asking for the pid matters: when
 * our redis cannot bind, someone else's may be the one answering.
 */
function pingPid(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    let reply = "";
    const finish = (pid: number | undefined): void => {
      socket.destroy();
      resolve(pid);
    };
    socket.setTimeout(1_000, () => finish(undefined));
    socket.once("error", () => finish(undefined));
    socket.once("close", () => finish(undefined));
    socket.once("connect", () => socket.write("PING\r\nINFO server\r\n"));
    socket.on("data", (chunk: Buffer) => {
      reply += chunk.toString();
      // An error reply (-LOADING while starting up, say) means not yet.
      if (reply.includes("\r\n") && !reply.startsWith("+PONG\r\n")) finish(undefined);
      const pid = /\r\nprocess_id:(\d+)\r\n/.exec(reply)?.[1];
      if (pid !== undefined) finish(Number(pid));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilReady(instance: Instance, port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (!instance.running()) throw new Error(`redis-server exited before answering PING:\n${instance.output()}`);
    if ((await pingPid(port)) === instance.process.pid) return;
    if (Date.now() > deadline) {
      throw new Error(`redis-server did not answer PING within ${READY_TIMEOUT_MS / 1000} s:\n${instance.output()}`);
    }
    await sleep(50);
  }
}

function portWasTaken(instance: Instance): boolean {
  return /Address already in use/.test(instance.output());
}

/** Starts redis on a port from `nextPort`, trying again while the port turns out to be taken. */
async function launch(nextPort: () => Promise<number>): Promise<{ instance: Instance; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await nextPort();
    const instance = spawnRedis(port);
    try {
      await waitUntilReady(instance, port);
      return { instance, port };
    } catch (error) {
      await end(instance, "SIGKILL");
      if (attempt >= PORT_ATTEMPTS || !portWasTaken(instance)) throw error;
      await sleep(200);
    }
  }
}

/**
 * A fresh redis-server on 127.0.0.1: on `options.port`, or on a free port. Each test that needs
 * one starts its own, because tests kill and restart it.
 */
export async function startRedis(options: { port?: number } = {}): Promise<RedisServer> {
  const fixedPort = options.port;
  // A port picked for us can be swapped for another; one the caller chose cannot.
  const first = await launch(fixedPort === undefined ? freePort : () => Promise.resolve(fixedPort));
  const port = first.port;
  let instance = first.instance;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => end(instance, "SIGTERM"),
    kill: () => end(instance, "SIGKILL"),
    restart: async () => {
      await end(instance, "SIGTERM");
      // Clients reconnect to this port, so it must be this one; launch() waits out anyone holding it.
      instance = (await launch(() => Promise.resolve(port))).instance;
    },
  };
}
