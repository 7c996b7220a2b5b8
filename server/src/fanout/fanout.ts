/**
 * How server instances that share one store tell each other about a map's changes. A room joins
 * its map's channel while it is loaded; what it stores and whom it sees is published there, and
 * what the other instances publish reaches it through `FanoutHandlers`.
 *
 * Delivery is at most once: storage is the log, and a room that may have missed something (a
 * dropped connection, a gap in the seqs it heard) is told to `resync` from storage.
 */
export interface FanoutHandlers {
  /** An update another instance stored as row `seq` of the map's log. */
  update(seq: number, update: Uint8Array): void;
  /** An awareness update (y-protocols encoding) from another instance's connections. */
  awareness(update: Uint8Array): void;
  /** Another instance rotated the map's tokens: connections holding old ones must go. */
  tokensRotated(): void;
  /** Another instance's newest stored seq of this map; behind it, catch up from storage. */
  head(seq: number): void;
  /** The newest seq this room has stored or heard, told to the others after a lost connection. */
  lastSeq(): number;
  /** Messages may have been missed: catch up from storage. */
  resync(): void;
}

export interface FanoutChannel {
  publishUpdate(seq: number, update: Uint8Array): void;
  publishAwareness(update: Uint8Array): void;
  /** Stops hearing the map (the room unloaded). */
  leave(): void;
}

export interface FanoutStatus {
  /** Whether fan-out is configured at all; a single instance runs without. */
  enabled: boolean;
  /** Whether this instance is connected to the broker right now. */
  connected: boolean;
}

export interface Fanout {
  join(mapId: string, handlers: FanoutHandlers): FanoutChannel;
  /** Tells every other instance that the map's tokens changed (whether or not it is loaded here). */
  publishTokensRotated(mapId: string): void;
  status(): FanoutStatus;
  /** Resolves when the broker answers a round trip; rejects with why not (`/healthz`). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** One instance alone: nobody to tell. */
export function localFanout(): Fanout {
  const channel: FanoutChannel = { publishUpdate: () => {}, publishAwareness: () => {}, leave: () => {} };
  return {
    join: () => channel,
    publishTokensRotated: () => {},
    status: () => ({ enabled: false, connected: false }),
    ping: async () => {},
    close: async () => {},
  };
}
