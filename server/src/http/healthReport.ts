import type { Fanout } from "../fanout/fanout";
import { errorMessage } from "../log";
import type { JourneyStorage } from "../storage/journeyStorage";

/** A load balancer's probe must get an answer even when a dependency hangs instead of failing. */
const PROBE_TIMEOUT_MS = 2_000;

interface Reachability {
  reachable: boolean;
  error?: string;
}

export interface HealthReport {
  /** Whether this instance can serve maps: its store answers. Redis only makes edits cross instances sooner. */
  ok: boolean;
  storage: Reachability & { kind: JourneyStorage["kind"] };
  /** Present when fan-out is configured. */
  redis?: Reachability;
}

async function probe(check: () => Promise<void>): Promise<Reachability> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
      }),
    ]);
    return { reachable: true };
  } catch (error) {
    return { reachable: false, error: errorMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /healthz` (contract §3, with fields added beside `ok`). 200 while the store answers, so an
 * instance that lost only Redis stays in the balancer's pool: it still serves its clients, and
 * catches up with the other instances from storage.
 */
export async function healthReport(storage: JourneyStorage, fanout: Fanout): Promise<HealthReport> {
  const [stored, redis] = await Promise.all([
    probe(() => storage.ping()),
    fanout.status().enabled ? probe(() => fanout.ping()) : undefined,
  ]);
  return {
    ok: stored.reachable,
    storage: { kind: storage.kind, ...stored },
    ...(redis ? { redis } : {}),
  };
}
