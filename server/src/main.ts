import { fileURLToPath } from "node:url";
import { readConfig, redactUrl } from "./config";
import { errorMessage, log } from "./log";
import { startServer } from "./startServer";

// Two levels up from this file is the repo root, both as server/src/main.ts (tsx) and as the
// bundled server/dist/main.js (npm start).
const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** Past this, a shutdown that hangs (a stuck disk) gives up rather than keep the port forever. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

// Every path that can fail is handled where it happens; this is the net under them. A workshop
// must not lose its server to one missed rejection, and storage already holds every update.
process.on("unhandledRejection", (reason) => {
  log("process.unhandled-rejection", { message: errorMessage(reason) });
});

try {
  const config = readConfig();
  const server = await startServer({ ...config, webDist, logger: log });
  log("server.listening", {
    url: server.url,
    ...(config.databaseUrl ? { database: redactUrl(config.databaseUrl) } : { dataDir: config.dataDir }),
    ...(config.redisUrl ? { redis: redactUrl(config.redisUrl) } : {}),
  });

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log("server.stopping", { signal });
    setTimeout(() => {
      log("server.stop-timeout", { ms: SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    server.close().then(
      () => {
        log("server.stopped");
        process.exit(0);
      },
      (error: unknown) => {
        log("server.stop-failed", { message: errorMessage(error) });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
} catch (error) {
  log("server.start-failed", { message: errorMessage(error) });
  process.exit(1);
}
