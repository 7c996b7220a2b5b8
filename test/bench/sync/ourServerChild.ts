// "Ours" in the sync bench: the real server as `npm start` runs it (SQLite in a temp directory with
// its default synchronous=NORMAL, every update committed before it is forwarded, default limits,
// JSON log lines on stdout, which the bench discards), with a short room grace period so the bench
// can watch rooms unload. With BENCH_DATABASE_URL (and BENCH_REDIS_URL) it is one of several
// instances sharing PostgreSQL, as `--instances` runs them. BENCH_MEMORY_STORE=1 puts it on the
// in-memory store instead, to tell the cost of the commit from the rest of the room's path.
import { log } from "../../../server/src/log";
import { startServer } from "../../../server/src/startServer";
import { createMemoryStorage } from "../../../server/src/storage/memoryStorage";
import { answerBench } from "./serverChildIpc";
import { installTimelineProbe } from "./timelineProbe";

installTimelineProbe(`ours${process.env["BENCH_MEMORY_STORE"] ? "-memory" : ""}`);

const dataDir = process.env["BENCH_DATA_DIR"];
if (!dataDir) throw new Error("BENCH_DATA_DIR is not set");
const server = await startServer({
  port: 0,
  host: "127.0.0.1",
  dataDir,
  databaseUrl: process.env["BENCH_DATABASE_URL"] || undefined,
  redisUrl: process.env["BENCH_REDIS_URL"] || undefined,
  roomGraceMs: Number(process.env["BENCH_ROOM_GRACE_MS"] ?? 3_000),
  logger: log,
  ...(process.env["BENCH_MEMORY_STORE"] ? { storage: createMemoryStorage() } : {}),
});
answerBench(server.url, () => server.close());
