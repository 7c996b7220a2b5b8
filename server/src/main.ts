import { mkdirSync } from "node:fs";
import { readConfig } from "./config";
import { createHttpServer } from "./http/createHttpServer";
import { log } from "./log";

const config = readConfig();
mkdirSync(config.dataDir, { recursive: true });
const server = createHttpServer();

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log("server.listening", { url: `http://${config.host}:${port}`, dataDir: config.dataDir });
});

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  log("server.stopping", { signal });
  server.close(() => {
    log("server.stopped");
    process.exit(0);
  });
  server.closeAllConnections();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
