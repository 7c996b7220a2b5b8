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
  return {
    port: wholeNumber(env, "PORT", 1234, 0, 65_535),
    host: env["HOST"] ?? "127.0.0.1",
    dataDir: resolve(env["KUNDRESA_DATA"] ?? "./data"),
    roomGraceMs: wholeNumber(env, "KUNDRESA_ROOM_GRACE_MS", 30_000, 0, 24 * 3_600_000),
    maxDocBytes: wholeNumber(env, "KUNDRESA_MAX_DOC_BYTES", 20 * 1024 * 1024, 1024 * 1024, 2 ** 31),
    compactAfterUpdates: wholeNumber(env, "KUNDRESA_COMPACT_AFTER", 500, 2, 1_000_000),
    allowedOrigins: origins && origins.length > 0 ? origins : undefined,
    sqliteSynchronous: synchronous,
  };
}
