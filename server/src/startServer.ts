import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { ServerConfig } from "./config";
import { localFanout, type Fanout } from "./fanout/fanout";
import { connectRedisFanout } from "./fanout/redisFanout";
import { createHttpServer } from "./http/createHttpServer";
import { staticAssets } from "./http/staticAssets";
import { log, type Logger } from "./log";
import { startIdleCollection } from "./memory/idleCollection";
import { RoomRegistry } from "./rooms/roomRegistry";
import { DEFAULT_RETENTION, type RetentionPolicy } from "./rooms/versionRetention";
import type { JourneyStorage } from "./storage/journeyStorage";
import { openPostgresStorage } from "./storage/postgresStorage";
import { openSqliteStorage } from "./storage/sqliteStorage";
import type { SyncLimits } from "./sync/syncConnection";
import { createSyncUpgrades } from "./sync/syncUpgrade";

const MIB = 1024 * 1024;

/**
 * Generous for people, fatal for floods: a fast typist sends a dozen updates a second, a drag some
 * 30 awareness updates a second, an editor writing every frame of a drag 60; a script sends
 * thousands and empties a bucket within a second.
 */
export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxPayloadBytes: 2 * MIB,
  documentMessages: { capacity: 1_000, perSecond: 200 },
  awarenessMessages: { capacity: 600, perSecond: 120 },
  bytes: { capacity: 8 * MIB, perSecond: 2 * MIB },
  maxBufferedBytes: 32 * MIB,
  pingIntervalMs: 30_000,
};

export interface StartOptions extends Partial<ServerConfig> {
  /** Use this store instead of the configured one (SQLite in `dataDir`, or `databaseUrl`); the caller closes it. */
  storage?: JourneyStorage;
  /** The built editor (`web/dist`); served when it holds an index.html. */
  webDist?: string;
  logger?: Logger;
  sync?: Partial<SyncLimits>;
  /** Largest awareness state (one client's presence) passed on, in bytes of JSON. */
  maxAwarenessStateBytes?: number;
  /** How long after the last map unloaded memory is given back (see `startIdleCollection`); `false`: never. */
  idleCollectMs?: number | false;
  /** An automatic version this long after the first edit since the last version (default 10 minutes). */
  autoSnapshotMs?: number;
  /** Version retention (server/README.md); tests shrink the bounds. */
  versionRetention?: Partial<RetentionPolicy>;
}

export interface RunningServer {
  /** `http://host:port`, the port resolved when 0 was asked for. */
  url: string;
  port: number;
  /** Maps loaded in memory right now. */
  roomCount(): number;
  /**
   * Graceful stop: no new connections, every connection closed with 1001, every map flushed and
   * compacted, the store closed. Safe to call twice.
   */
  close(): Promise<void>;
}

/** Starts the whole server (HTTP API, live sync, the editor's files) and resolves once it listens. */
/** The configured store: PostgreSQL when a database URL is set, else SQLite in the data directory. */
async function openStorage(options: StartOptions, logger: Logger): Promise<JourneyStorage> {
  if (options.databaseUrl) {
    return openPostgresStorage(options.databaseUrl, {
      // The pool replaces the connection; requests meanwhile fail and clients retry.
      onConnectionError: (message) => logger("storage.connection-error", { message }),
    });
  }
  return openSqliteStorage(options.dataDir ?? resolve("data"), {
    synchronous: options.sqliteSynchronous ?? "normal",
    // Not fatal: the main connection checkpoints by itself again, only with pauses.
    onCheckpointFailure: (message) => logger("storage.checkpoint-thread-failed", { message }),
  });
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? log;
  const maxDocBytes = options.maxDocBytes ?? 20 * MIB;
  const storage = options.storage ?? (await openStorage(options, logger));
  let fanout: Fanout;
  try {
    fanout = options.redisUrl ? await connectRedisFanout({ url: options.redisUrl, logger }) : localFanout();
  } catch (error) {
    if (!options.storage) await storage.close();
    throw error;
  }
  const idle =
    options.idleCollectMs === false
      ? undefined
      : startIdleCollection(options.idleCollectMs ?? 10_000, logger, () => storage.releaseMemory?.());
  const registry = new RoomRegistry(
    {
      storage,
      fanout,
      logger,
      options: {
        graceMs: options.roomGraceMs ?? 30_000,
        compactAfterUpdates: options.compactAfterUpdates ?? 500,
        maxDocBytes,
        maxAwarenessStateBytes: options.maxAwarenessStateBytes ?? 16 * 1024,
        autoSnapshotMs: options.autoSnapshotMs ?? 10 * 60_000,
        retention: { ...DEFAULT_RETENTION, ...options.versionRetention },
      },
    },
    (count) => idle?.roomsLoaded(count),
  );
  const upgrades = createSyncUpgrades({
    storage,
    registry,
    logger,
    limits: { ...DEFAULT_SYNC_LIMITS, ...options.sync },
    allowedOrigins: options.allowedOrigins ? new Set(options.allowedOrigins) : undefined,
  });
  const server = createHttpServer({
    storage,
    fanout,
    registry,
    logger,
    maxDocBytes,
    assets: options.webDist === undefined ? undefined : staticAssets(options.webDist),
  });
  server.on("upgrade", upgrades.handle);

  const host = options.host ?? "127.0.0.1";
  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 1234, host, () => {
        server.off("error", reject);
        resolveListen();
      });
    });
  } catch (error) {
    await fanout.close();
    if (!options.storage) await storage.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;

  async function shutdown(): Promise<void> {
    const stopped = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    idle?.stop();
    await registry.shutdown();
    await upgrades.close();
    server.closeIdleConnections();
    // A request still sending its body after the rooms closed is cut off.
    const cutoff = setTimeout(() => server.closeAllConnections(), 2_000);
    await stopped;
    clearTimeout(cutoff);
    await fanout.close();
    if (!options.storage) await storage.close();
  }

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    roomCount: () => registry.size,
    close: () => (closing ??= shutdown()),
  };
}
