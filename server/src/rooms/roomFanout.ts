import type { Fanout, FanoutChannel } from "../fanout/fanout";
import { errorMessage, type Logger } from "../log";
import type { JourneyStorage, TokenHashes } from "../storage/journeyStorage";
import type { PersistentDoc } from "./persistentDoc";
import type { RoomAwareness } from "./roomAwareness";

/** How long a row heard out of order may stay missing before the room reads it from storage. */
const GAP_WAIT_MS = 250;

export interface LoadedRoom {
  stored: PersistentDoc;
  presence: RoomAwareness;
}

/** What the fan-out needs of its room; every task runs in the room's queue, in order with its traffic. */
export interface FanoutRoomHooks {
  runLoaded<T>(task: (loaded: LoadedRoom) => T | Promise<T>): Promise<T>;
  /** To every connection of this instance. */
  forward(update: Uint8Array): void;
  rotateTokens(hashes: TokenHashes): Promise<void>;
  isLive(): boolean;
  /** The newest log row the loaded document holds (0 before it loads). */
  newestSeq(): number;
}

export type RoomFanout = FanoutChannel;

/**
 * Joins the map's channel to the other instances: their stored updates are applied and forwarded,
 * their presence passed on, their token rotations acted on, and anything missed (a gap in the seqs,
 * a lost connection, another instance that could not publish) read from storage.
 */
export function joinRoomFanout(
  mapId: string,
  deps: { fanout: Fanout; storage: JourneyStorage; logger: Logger },
  room: FanoutRoomHooks,
): RoomFanout {
  let resyncQueued = false;
  let gapTimer: NodeJS.Timeout | undefined;
  // A room that closed or failed meanwhile has nothing left to update.
  const report = (event: string) => (error: unknown) => {
    if (room.isLive()) deps.logger(event, { mapId, message: errorMessage(error) });
  };

  /** Catches up from storage, once however often it is asked while one is still queued. */
  function resync(): void {
    if (resyncQueued || !room.isLive()) return;
    resyncQueued = true;
    room
      .runLoaded(async ({ stored }) => {
        resyncQueued = false;
        const update = await stored.catchUp();
        if (update) room.forward(update);
      })
      .catch((error: unknown) => {
        resyncQueued = false;
        report("room.catch-up-failed")(error);
      });
  }

  // Rows heard out of order usually fill in within a millisecond (two instances published at
  // once); one still missing after GAP_WAIT_MS was lost on the way, and storage has it.
  function watchGap(): void {
    if (gapTimer) return;
    gapTimer = setTimeout(() => {
      gapTimer = undefined;
      room.runLoaded(({ stored }) => stored.hasGap && resync()).catch(() => {});
    }, GAP_WAIT_MS);
  }

  const channel = deps.fanout.join(mapId, {
    update: (seq, update) => {
      room
        .runLoaded(({ stored }) => {
          if (stored.applyStored(seq, update)) room.forward(update);
          if (stored.hasGap) watchGap();
        })
        .catch(report("room.fanout-failed"));
    },
    awareness: (update) => {
      room.runLoaded(({ presence }) => presence.applyHeard(update)).catch(report("room.fanout-failed"));
    },
    tokensRotated: () => {
      deps.storage
        .getMap(mapId)
        .then((record) => (record ? room.rotateTokens(record) : undefined))
        .catch(report("room.fanout-failed"));
    },
    head: (seq) => {
      room
        .runLoaded(({ stored }) => {
          if (seq > stored.contiguousSeq) resync();
        })
        .catch(report("room.fanout-failed"));
    },
    resync,
    lastSeq: () => room.newestSeq(),
  });
  return {
    publishUpdate: (seq, update) => channel.publishUpdate(seq, update),
    publishAwareness: (update) => channel.publishAwareness(update),
    leave: () => {
      clearTimeout(gapTimer);
      channel.leave();
    },
  };
}
