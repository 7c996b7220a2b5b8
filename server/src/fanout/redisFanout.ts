import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { errorMessage, type Logger } from "../log";
import type { Fanout, FanoutChannel, FanoutHandlers } from "./fanout";
import { decodeFanoutMessage, encodeFanoutMessage, type FanoutMessage } from "./fanoutMessage";

export interface RedisFanoutOptions {
  url: string;
  logger: Logger;
  /** While Redis is unreachable, loaded maps catch up from storage this often (default 1 s). */
  pollWhileDisconnectedMs?: number;
  /** Channel names start with this (default `kundresa:`), so deployments can share one Redis. */
  channelPrefix?: string;
  /** How long start-up waits for Redis before going on without it (default 5 s). */
  connectWaitMs?: number;
}

/**
 * Fan-out through Redis pub/sub, one channel per map. Pub/sub rather than streams: the update log
 * already lives in the database, so Redis only has to carry news of it, fast, to whoever listens
 * right now. A stream would keep a second copy of every update in Redis's memory, to be trimmed,
 * for consumers that must catch up from storage anyway once the stream is trimmed or Redis
 * restarts. What pub/sub drops (a Redis restart, a broken connection) is recovered from storage:
 * on reconnecting every loaded map resyncs, and while disconnected they poll.
 */
/** QUIT waits for a reply, which a disconnected client would queue forever. */
async function end(client: Redis): Promise<void> {
  if (client.status !== "ready") {
    client.disconnect();
    return;
  }
  await client.quit().catch(() => client.disconnect());
}

export async function connectRedisFanout(options: RedisFanoutOptions): Promise<Fanout> {
  const { logger } = options;
  const prefix = options.channelPrefix ?? "kundresa:";
  const instance = randomBytes(9).toString("base64url");
  // Reconnect quickly and forever: an instance without Redis still serves its own clients.
  const connection = {
    retryStrategy: (attempt: number) => Math.min(100 * attempt, 2_000),
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
  };
  // Publishing is news about rows already stored: a message that cannot go now is dropped, not
  // queued, and the receivers' resync on reconnecting brings what it said.
  const pub = new Redis(options.url, { ...connection, enableOfflineQueue: false, lazyConnect: true });
  // Subscribing is queued while disconnected and, like every subscription, renewed on reconnect.
  // Its commands wait for as many reconnects as it takes (null: no retry limit), or a room that
  // joined during an outage would never be subscribed.
  const sub = new Redis(options.url, {
    ...connection,
    autoResubscribe: true,
    maxRetriesPerRequest: null,
    lazyConnect: true,
  });
  const joined = new Map<string, Set<FanoutHandlers>>();
  let subscriberReady = false;
  let wasDisconnected = false;
  let publisherDown = false;
  let poll: NodeJS.Timeout | undefined;
  let closed = false;

  const channelOf = (mapId: string): string => `${prefix}map:${mapId}`;
  const everyRoom = (visit: (handlers: FanoutHandlers) => void): void => {
    for (const set of joined.values()) for (const handlers of set) visit(handlers);
  };

  function publish(mapId: string, message: FanoutMessage): void {
    if (closed) return;
    pub.publish(channelOf(mapId), Buffer.from(encodeFanoutMessage(message))).catch((error: unknown) => {
      if (publisherDown) return;
      publisherDown = true;
      logger("fanout.publish-failed", { mapId, message: errorMessage(error) });
    });
  }

  sub.on("messageBuffer", (channel: Buffer, payload: Buffer) => {
    const name = channel.toString();
    if (!name.startsWith(`${prefix}map:`)) return;
    const handlers = joined.get(name.slice(prefix.length + 4));
    const message = decodeFanoutMessage(payload);
    if (!handlers || !message || message.from === instance) return;
    for (const room of handlers) {
      if (message.kind === "update") room.update(message.seq, message.update);
      else if (message.kind === "awareness") room.awareness(message.update);
      else if (message.kind === "tokens-rotated") room.tokensRotated();
      else room.head(message.seq);
    }
  });

  sub.on("ready", () => {
    subscriberReady = true;
    clearInterval(poll);
    poll = undefined;
    if (!wasDisconnected) return;
    wasDisconnected = false;
    // Renewed by ioredis only for subscriptions that had taken effect; rooms that joined while
    // Redis was away are subscribed here (subscribing twice is harmless).
    const channels = [...joined.keys()].map(channelOf);
    if (channels.length > 0) {
      sub
        .subscribe(...channels)
        .catch((error: unknown) => logger("fanout.subscribe-failed", { message: errorMessage(error) }));
    }
    logger("fanout.reconnected", { maps: joined.size });
    // Whatever was published while the subscription was down is in storage.
    everyRoom((room) => room.resync());
  });
  const lost = (): void => {
    if (closed) return;
    if (subscriberReady) logger("fanout.disconnected", { maps: joined.size });
    subscriberReady = false;
    wasDisconnected = true;
    // Without Redis, the other instances' edits still reach this one's clients, a little later.
    poll ??= setInterval(() => everyRoom((room) => room.resync()), options.pollWhileDisconnectedMs ?? 1_000);
  };
  sub.on("close", lost);
  sub.on("error", () => {
    // Reported once per outage by `lost`; ioredis reconnects by itself.
  });
  pub.on("error", () => {});
  pub.on("ready", () => {
    if (!publisherDown) return;
    publisherDown = false;
    // Someone may have missed what this instance could not publish: tell them how far it got.
    for (const [mapId, set] of joined) {
      for (const room of set) publish(mapId, { kind: "head", from: instance, seq: room.lastSeq() });
    }
  });
  pub.on("close", () => {
    if (!closed) publisherDown = true;
  });

  const started = Promise.all([pub.connect(), sub.connect()]);
  const waited = await Promise.race([
    started.then(() => "connected" as const),
    new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), options.connectWaitMs ?? 5_000).unref()),
  ]).catch((error: unknown) => {
    logger("fanout.start-failed", { message: errorMessage(error) });
    return "failed" as const;
  });
  if (waited !== "connected") {
    // Serve anyway; the clients keep trying in the background and the rooms poll meanwhile.
    logger("fanout.unreachable", { waited });
    started.catch(() => {});
    lost();
  }

  return {
    join(mapId: string, handlers: FanoutHandlers): FanoutChannel {
      let set = joined.get(mapId);
      if (!set) {
        set = new Set();
        joined.set(mapId, set);
        // Anything stored between the room's load and the subscription taking effect is in storage.
        sub.subscribe(channelOf(mapId)).then(
          () => joined.get(mapId)?.forEach((room) => room.resync()),
          (error: unknown) => logger("fanout.subscribe-failed", { mapId, message: errorMessage(error) }),
        );
      }
      set.add(handlers);
      return {
        publishUpdate: (seq, update) => publish(mapId, { kind: "update", from: instance, seq, update }),
        publishAwareness: (update) => publish(mapId, { kind: "awareness", from: instance, update }),
        leave: () => {
          const current = joined.get(mapId);
          if (!current?.delete(handlers) || current.size > 0) return;
          joined.delete(mapId);
          sub.unsubscribe(channelOf(mapId)).catch(() => {
            // Disconnected: the subscription is gone with the connection, and not renewed.
          });
        },
      };
    },
    publishTokensRotated: (mapId) => publish(mapId, { kind: "tokens-rotated", from: instance }),
    status: () => ({ enabled: true, connected: subscriberReady && pub.status === "ready" }),
    ping: async () => {
      if (pub.status !== "ready") throw new Error(`not connected to Redis (${pub.status})`);
      await pub.ping();
    },
    close: async () => {
      closed = true;
      clearInterval(poll);
      joined.clear();
      await Promise.all([pub, sub].map(end));
    },
  };
}
