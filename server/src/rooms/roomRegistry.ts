import type * as Y from "yjs";
import type { TokenHashes } from "../storage/journeyStorage";
import { Room, RoomUnavailableError, type RoomDeps } from "./room";

/** The server is stopping: no room opens any more. */
export class ShuttingDownError extends RoomUnavailableError {
  constructor() {
    super("the server is shutting down");
  }
}

/**
 * The loaded rooms, by map id. A room is created on first use, held by each connection and each
 * HTTP request using it, and leaves the registry once it has unloaded or failed, so an idle server
 * holds no documents.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private stopping = false;

  /** `onRoomsLoaded` hears the number of loaded maps whenever it changes. */
  constructor(
    private readonly deps: RoomDeps,
    private readonly onRoomsLoaded: (count: number) => void = () => {},
  ) {}

  /** Rooms in memory (loading, open or unloading). */
  get size(): number {
    return this.rooms.size;
  }

  /** The map's room, loading it if needed, with a hold the caller must `release` (or `detach`). */
  acquire(mapId: string): Room {
    if (this.stopping) throw new ShuttingDownError();
    let room = this.rooms.get(mapId);
    if (!room?.isLive) {
      // A room still unloading is replaced at once; the new one loads after the old one's snapshot.
      room = new Room(mapId, this.deps, room?.closed);
      const created = room;
      this.rooms.set(mapId, created);
      this.onRoomsLoaded(this.rooms.size);
      void created.closed.then(() => {
        if (this.rooms.get(mapId) !== created) return;
        this.rooms.delete(mapId);
        this.onRoomsLoaded(this.rooms.size);
      });
    }
    room.hold();
    return room;
  }

  /** A loaded room, without loading one. */
  find(mapId: string): Room | undefined {
    const room = this.rooms.get(mapId);
    return room?.isLive ? room : undefined;
  }

  /** Runs `task` on the map's live document, in order with the room's sync traffic. */
  async withDoc<T>(mapId: string, task: (doc: Y.Doc, room: Room) => T | Promise<T>): Promise<T> {
    const room = this.acquire(mapId);
    try {
      return await room.run((doc) => task(doc, room));
    } finally {
      room.release();
    }
  }

  /**
   * After a map's tokens were replaced in storage: connections holding old ones are closed here
   * and on every other instance.
   */
  async rotateTokens(mapId: string, hashes: TokenHashes): Promise<void> {
    this.deps.fanout.publishTokensRotated(mapId);
    // A room that failed has no connections left to close.
    await this.find(mapId)
      ?.rotateTokens(hashes)
      .catch(() => undefined);
  }

  /** Stops opening rooms, then closes every room: connections get 1001, documents are compacted. */
  async shutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.rooms.values()].map((room) => room.close("server shutting down")));
  }
}
