import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { Logger } from "../log";
import { encodeAwarenessEntries, encodeAwarenessMessage, type AwarenessEntry } from "../sync/protocol";
import type { RoomPeer } from "./roomPeer";

/** The origin of presence heard from another instance, which must not be published back. */
const HEARD_ELSEWHERE = Symbol("heard from another instance");

/** The origin of a departed connection's removal. */
const LEFT = "left";

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * A room's presence (cursors, selections, in-flight drags): the y-protocols Awareness, with each
 * connection limited to one client id. A connection owns the first id it announces that no other
 * connection owns; entries for other ids are dropped, which also discards the stock provider's
 * habit of echoing everyone else's states back. States over the size cap are dropped too.
 */
export class RoomAwareness {
  readonly awareness: Awareness;
  private readonly ownerOf = new Map<number, RoomPeer>();
  private readonly clientOf = new Map<RoomPeer, number>();

  constructor(
    doc: Y.Doc,
    private readonly mapId: string,
    private readonly maxStateBytes: number,
    /** `origin`: the connection whose message this change came from, if any. */
    broadcast: (message: Uint8Array, origin?: RoomPeer) => void,
    private readonly logger: Logger,
    /** Told about changes made here (not those heard from other instances), for the fan-out. */
    publish: (update: Uint8Array) => void = () => {},
  ) {
    this.awareness = new Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    // `update`, not `change`: clock renewals must reach others, or their copies time out after 30 s.
    // Said with the connection it came from: every awareness message a connection receives lets it
    // send one echo free of its rate limit (see SyncConnection), and a sender credited for its own
    // updates could flood the room without limit.
    this.awareness.on("update", ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      const from = this.clientOf.has(origin as RoomPeer) ? (origin as RoomPeer) : undefined;
      const update = encodeAwarenessUpdate(this.awareness, changed);
      broadcast(encodeAwarenessMessage(update), from);
      // Only what this instance's own connections did: the other instances time out stale states
      // themselves, and echoing theirs back would loop.
      if (from !== undefined || origin === LEFT) publish(update);
    });
  }

  apply(peer: RoomPeer, entries: readonly AwarenessEntry[]): void {
    let own = this.clientOf.get(peer);
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (own === undefined) {
        const claimable =
          entry.json !== "null" && !this.ownerOf.has(entry.clientId) && entry.clientId !== this.awareness.clientID;
        if (!claimable) continue;
        own = entry.clientId;
        this.clientOf.set(peer, own);
        this.ownerOf.set(own, peer);
      } else if (entry.clientId !== own) {
        continue;
      }
      if (Buffer.byteLength(entry.json) > this.maxStateBytes) {
        this.logger("awareness.too-large", { mapId: this.mapId, conn: peer.id, bytes: Buffer.byteLength(entry.json) });
        continue;
      }
      accepted.push(entry);
    }
    if (accepted.length > 0) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), peer);
  }

  /**
   * Presence of people connected to other instances, as those instances passed it on (their own
   * checks done there). Nobody here owns those client ids, so one who moves to this instance can
   * claim its own again.
   */
  applyHeard(update: Uint8Array): void {
    try {
      applyAwarenessUpdate(this.awareness, update, HEARD_ELSEWHERE);
    } catch (error) {
      this.logger("awareness.heard-failed", { mapId: this.mapId, message: String(error) });
    }
  }

  /** Everyone's current state as one message, for a newcomer or a query; undefined when nobody is there. */
  statesMessage(): Uint8Array | undefined {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return undefined;
    return encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, clients));
  }

  /** Forgets a departed connection's presence and tells the others it left. */
  remove(peer: RoomPeer): void {
    const clientId = this.clientOf.get(peer);
    if (clientId === undefined) return;
    this.clientOf.delete(peer);
    this.ownerOf.delete(clientId);
    removeAwarenessStates(this.awareness, [clientId], LEFT);
  }
}
