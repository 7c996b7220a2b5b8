// A server process for the memory test: the real server in-process, with a short grace period and
// no logging, answering "measure" over IPC with its heap after full garbage collections.
import { startServer } from "../../../server/src/startServer";

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("run with --expose-gc");

const server = await startServer({
  port: 0,
  host: "127.0.0.1",
  dataDir: process.env["KUNDRESA_DATA"],
  roomGraceMs: 10,
  logger: () => undefined,
});
process.stdout.write(`${JSON.stringify({ event: "server.listening", url: server.url })}\n`);

process.on("message", (message) => {
  if (message !== "measure") return;
  void (async () => {
    // Several rounds: finalizers and weak references need a turn of the event loop to let go.
    for (let round = 0; round < 4; round++) {
      collect();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    process.send?.({ heapUsed: process.memoryUsage().heapUsed, rooms: server.roomCount() });
  })();
});
process.on("SIGTERM", () => {
  void server.close().then(() => process.exit(0));
});
