import { chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { QueryResult } from "pg";
import { findPostgresBin } from "./findBinary";
import { freePort } from "./freePort";
import { settlesWithin, spawnService, type ServiceProcess } from "./serviceProcess";

export interface PostgresServer {
  /** postgres://kundresa@127.0.0.1:PORT/kundresa */
  url: string;
  port: number;
  dataDir: string;
  /** Fast shutdown, then removes the data. */
  stop(): Promise<void>;
  /** Fast shutdown keeping the data: the database is away until `resume`. */
  pause(): Promise<void>;
  /** Starts it again on the same port and data after `pause`. */
  resume(): Promise<void>;
}

const USER = "kundresa";
const DATABASE = "kundresa";
const READY_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 5_000;
const PORT_ATTEMPTS = 3;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

interface RunAs {
  uid: number;
  gid: number;
}

type Child = ServiceProcess;

/** Servers a crashed or interrupted test run never stopped: they must not outlive it. */
const orphans = new Map<Child, string>();
process.once("exit", () => {
  for (const [child, dir] of orphans) {
    // Immediate shutdown: the postmaster takes its backends down with it.
    child.process.kill("SIGQUIT");
    // Best effort: postgres may still be writing there, and an exit handler cannot wait for it.
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A leftover temp dir is harmless; an exception while exiting would hide the real failure.
    }
  }
});

/** PostgreSQL refuses to run as root, so root runs it as Debian's `postgres` system user instead. */
function runAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const entry = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((line) => line.startsWith("postgres:"));
  const [, , uid, gid] = entry?.split(":") ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error(
      "PostgreSQL refuses to run as root and there is no `postgres` user in /etc/passwd to run it as. " +
        "Debian's `postgresql` package creates that user; `.ci/run` installs the package.",
    );
  }
  return { uid: Number(uid), gid: Number(gid) };
}

function makeTempDir(user: RunAs | undefined): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kundresa-pg-"));
  // initdb creates the data directory inside, and postgres puts its socket here: both as `user`.
  if (user) chownSync(dir, user.uid, user.gid);
  return dir;
}

function spawnChild(command: string, args: string[], cwd: string, user: RunAs | undefined): Child {
  // cwd is the temp dir because the `postgres` user may not be allowed into ours (root's home, say).
  return spawnService(command, args, { cwd, ...user });
}

async function initdb(dataDir: string, cwd: string, user: RunAs | undefined): Promise<void> {
  const child = spawnChild(
    findPostgresBin("initdb"),
    // --locale=C: a minimal machine may have no locales at all, and C sorts the same everywhere.
    ["-D", dataDir, "-U", USER, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"],
    cwd,
    user,
  );
  await child.exited;
  if (child.process.exitCode !== 0) throw new Error(`initdb failed:\n${child.output()}`);
}

function launch(dataDir: string, socketDir: string, port: number, user: RunAs | undefined): Child {
  return spawnChild(
    findPostgresBin("postgres"),
    [
      ...["-D", dataDir, "-p", String(port)],
      ...["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${socketDir}`],
      // Tests kill our server, never PostgreSQL: durability against power loss buys nothing here.
      ...["-c", "fsync=off", "-c", "full_page_writes=off"],
      ...["-c", "max_connections=300", "-c", "shared_buffers=32MB"],
    ],
    socketDir,
    user,
  );
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}@127.0.0.1:${port}/${database}`;
}

async function query(url: string, sql: string): Promise<QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  // A server going away mid-connection emits 'error', which would otherwise crash the test run.
  client.on("error", () => undefined);
  try {
    await client.connect();
    return await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function stopChild(child: Child): Promise<void> {
  // SIGINT is PostgreSQL's fast shutdown: it ends the sessions instead of waiting for them.
  if (child.running()) child.process.kill("SIGINT");
  if (await settlesWithin(child.exited, STOP_GRACE_MS)) return;
  child.process.kill("SIGKILL");
  await child.exited;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The data directory of the postgres answering on `port`, if one does. */
async function answeringDataDir(port: number): Promise<string | undefined> {
  try {
    const result = await query(urlFor(port, "postgres"), "SHOW data_directory");
    const row: unknown = result.rows[0];
    return typeof row === "object" && row !== null && "data_directory" in row ? String(row.data_directory) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Polls with real connections: the log line saying "ready" is not a stable interface. Checks the
 * data directory because, when ours cannot bind, another harness's cluster may be the one answering.
 */
async function waitUntilReady(child: Child, port: number, dataDir: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if ((await answeringDataDir(port)) === dataDir) return;
    if (!child.running()) throw new Error(`postgres exited before accepting connections:\n${child.output()}`);
    if (Date.now() > deadline) {
      throw new Error(`postgres accepted no connections within ${READY_TIMEOUT_MS / 1000} s:\n${child.output()}`);
    }
    await sleep(100);
  }
}

function portWasTaken(child: Child): boolean {
  return /Address already in use|could not create any TCP\/IP sockets/.test(child.output());
}

/** freePort() only says the port was free a moment ago; another process may have taken it since. */
async function launchOnFreePort(
  dataDir: string,
  socketDir: string,
  user: RunAs | undefined,
): Promise<{ child: Child; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = launch(dataDir, socketDir, port, user);
    try {
      await waitUntilReady(child, port, dataDir);
      return { child, port };
    } catch (error) {
      await stopChild(child);
      if (attempt >= PORT_ATTEMPTS || !portWasTaken(child)) throw error;
    }
  }
}

/** A fresh PostgreSQL cluster on a free loopback port, with an empty `kundresa` database. */
export async function startPostgres(): Promise<PostgresServer> {
  const user = runAs();
  const dir = makeTempDir(user);
  const dataDir = path.join(dir, "data");
  let child: Child | undefined;
  try {
    await initdb(dataDir, dir, user);
    const launched = await launchOnFreePort(dataDir, dir, user);
    child = launched.child;
    orphans.set(child, dir);
    await query(urlFor(launched.port, "postgres"), `CREATE DATABASE ${DATABASE}`);
    return server(child, launched.port, dir, dataDir, user);
  } catch (error) {
    if (child) await stopChild(child);
    if (child) orphans.delete(child);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function server(first: Child, port: number, dir: string, dataDir: string, user: RunAs | undefined): PostgresServer {
  let child = first;
  return {
    url: urlFor(port, DATABASE),
    port,
    dataDir,
    stop: async () => {
      await stopChild(child);
      orphans.delete(child);
      rmSync(dir, { recursive: true, force: true });
    },
    pause: async () => {
      await stopChild(child);
    },
    resume: async () => {
      orphans.delete(child);
      child = launch(dataDir, dir, port, user);
      orphans.set(child, dir);
      await waitUntilReady(child, port, dataDir);
    },
  };
}

/** `url` with `search_path` set to `schema` for every connection made from it. */
function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  const params = [...parsed.searchParams]
    .filter(([key]) => key !== "options")
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  params.push(`options=${encodeURIComponent(`-c search_path=${schema}`)}`);
  parsed.search = `?${params.join("&")}`;
  return parsed.toString();
}

/**
 * Creates `schema` (if missing) and returns a URL whose connections use it, so that test files can
 * share one server without seeing each other's tables.
 */
export async function createSchema(url: string, schema: string): Promise<string> {
  // The name goes into SQL and into a connection option: a name this plain needs escaping in neither.
  if (!SCHEMA_NAME.test(schema)) throw new Error(`schema name ${JSON.stringify(schema)} does not match ${SCHEMA_NAME}`);
  await query(url, `CREATE SCHEMA IF NOT EXISTS "${schema}"`).catch((error: unknown) => {
    // Two connections racing IF NOT EXISTS: one of them loses with a unique violation.
    if (!(error instanceof Error && "code" in error && error.code === "23505")) throw error;
  });
  return withSearchPath(url, schema);
}
