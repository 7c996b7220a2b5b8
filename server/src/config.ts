import { resolve } from "node:path";

export interface ServerConfig {
  port: number;
  host: string;
  /** Data directory; the embedded store lives here (contract §1). */
  dataDir: string;
}

/** Reads contract §1's environment, refusing values that would only fail later and more obscurely. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const portText = env["PORT"] ?? "1234";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${portText}"`);
  }
  return {
    port,
    host: env["HOST"] ?? "127.0.0.1",
    dataDir: resolve(env["KUNDRESA_DATA"] ?? "./data"),
  };
}
