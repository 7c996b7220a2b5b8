import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, type RunningServer, type StartOptions } from "../../../server/src/startServer";
import { databaseUrlFor } from "./testStorage";

export interface LogLine {
  event: string;
  [field: string]: unknown;
}

export interface TestServer extends RunningServer {
  dataDir: string;
  /** Every log event so far, as the JSON-lines logger would have written it. */
  logs: LogLine[];
  /** Stops the server and removes its data directory. */
  dispose(): Promise<void>;
}

/**
 * The real server in this process on a free loopback port, with SQLite in a fresh temp directory
 * (unless `dataDir` or `storage` is given), logging into an array instead of stdout. In the
 * PostgreSQL run the directory stands for a schema of its own (see `databaseUrlFor`).
 */
export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "kundresa-server-"));
  const logs: LogLine[] = [];
  const databaseUrl = options.storage || options.databaseUrl ? options.databaseUrl : await databaseUrlFor(dataDir);
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    databaseUrl,
    logger: (event, fields = {}) => logs.push({ event, ...fields }),
    ...options,
  });
  return {
    ...server,
    dataDir,
    logs,
    dispose: async () => {
      await server.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
