import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServer, type ServerProcess } from "../../server/support/serverProcess";
import { startRedis, type RedisServer } from "../../support/services/redisServer";

export interface Cluster {
  redis: RedisServer;
  instances: ServerProcess[];
  /** Starts one more instance on the shared store and Redis (or on `port`, to bring one back). */
  addInstance(port?: number): Promise<ServerProcess>;
  dispose(): Promise<void>;
}

/**
 * Several server processes sharing one PostgreSQL schema (the run's PostgreSQL; the schema stands
 * for a data directory, see testStorage) and one Redis of the cluster's own, which tests kill.
 */
export async function startCluster(instances: number, env: Record<string, string> = {}): Promise<Cluster> {
  const dataDir = mkdtempSync(join(tmpdir(), "kundresa-cluster-"));
  const redis = await startRedis();
  const running: ServerProcess[] = [];
  const addInstance = async (port?: number): Promise<ServerProcess> => {
    const instance = await spawnServer({
      dataDir,
      port,
      env: { KUNDRESA_REDIS_URL: redis.url, KUNDRESA_ROOM_GRACE_MS: "2000", ...env },
    });
    running.push(instance);
    return instance;
  };
  try {
    for (let index = 0; index < instances; index++) await addInstance();
  } catch (error) {
    await Promise.all(running.map((instance) => instance.stop("SIGKILL")));
    await redis.stop();
    throw error;
  }
  return {
    redis,
    instances: running,
    addInstance,
    dispose: async () => {
      await Promise.all(running.map((instance) => instance.stop("SIGKILL")));
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
