import { resolve } from "node:path";

export interface ServerConfig {
  port: number;
  host: string;
  /** Data directory; the embedded store lives here (contract §1). */
  dataDir: string;
  /** How long a map stays in memory after its last user leaves. */
  roomGraceMs: number;
  /** Updates that would grow a map's document past this are refused. */
  maxDocBytes: number;
  /** Compact a map's update log once it has this many rows. */
  compactAfterUpdates: number;
  /** Browser origins allowed to open live sync; undefined allows any. */
  allowedOrigins: string[] | undefined;
  /** SQLite durability: `normal` survives a killed process, `full` also a power cut (slower). */
  sqliteSynchronous: "normal" | "full";
  /** `postgres://…`: the shared store for several instances instead of SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  /** `redis://…`: fan-out between instances sharing `databaseUrl`. */
  redisUrl: string | undefined;
}

/** A URL with one of these schemes, or undefined when the variable is unset or empty. */
function serviceUrl(env: NodeJS.ProcessEnv, name: string, schemes: readonly string[]): string | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  let scheme: string;
  try {
    scheme = new URL(text).protocol.slice(0, -1);
  } catch {
    throw new Error(`${name} must be a URL such as ${schemes[0]}://host:port/…, not "${redactUrl(text)}"`);
  }
  if (!schemes.includes(scheme)) {
    throw new Error(`${name} must start with ${schemes.map((s) => `${s}://`).join(" or ")}, not ${scheme}://`);
  }
  return text;
}

/** A connection URL fit for a log line or an error: the password, if any, replaced. */
export function redactUrl(text: string): string {
  return text.replace(/\/\/([^:/@]*):[^@/]*@/, "//$1:***@");
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

/**
 * Reads contract §1's environment (PORT, HOST, KUNDRESA_DATA) and the optional tuning variables,
 * refusing values that would only fail later and more obscurely.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const origins = env["KUNDRESA_ALLOWED_ORIGINS"]
    ?.split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
  const synchronous = env["KUNDRESA_SQLITE_SYNCHRONOUS"] ?? "normal";
  if (synchronous !== "normal" && synchronous !== "full") {
    throw new Error(`KUNDRESA_SQLITE_SYNCHRONOUS must be "normal" or "full", not "${synchronous}"`);
  }
  const databaseUrl = serviceUrl(env, "KUNDRESA_DATABASE_URL", ["postgres", "postgresql"]);
  const redisUrl = serviceUrl(env, "KUNDRESA_REDIS_URL", ["redis", "rediss"]);
  if (redisUrl && !databaseUrl) {
    throw new Error(
      "KUNDRESA_REDIS_URL needs KUNDRESA_DATABASE_URL too: instances that share edits through Redis must share one " +
        "PostgreSQL database, or each would keep its own copy of every map",
    );
  }
  return {
    port: wholeNumber(env, "PORT", 1234, 0, 65_535),
    host: env["HOST"] ?? "127.0.0.1",
    dataDir: resolve(env["KUNDRESA_DATA"] ?? "./data"),
    roomGraceMs: wholeNumber(env, "KUNDRESA_ROOM_GRACE_MS", 30_000, 0, 24 * 3_600_000),
    maxDocBytes: wholeNumber(env, "KUNDRESA_MAX_DOC_BYTES", 20 * 1024 * 1024, 1024 * 1024, 2 ** 31),
    compactAfterUpdates: wholeNumber(env, "KUNDRESA_COMPACT_AFTER", 500, 2, 1_000_000),
    allowedOrigins: origins && origins.length > 0 ? origins : undefined,
    sqliteSynchronous: synchronous,
    databaseUrl,
    redisUrl,
  };
}
