import * as Y from "yjs";
import { roleOfHash } from "../auth/tokens";
import type { Fanout } from "../fanout/fanout";
import { errorMessage, type Logger } from "../log";
import type { JourneyStorage, TokenHashes } from "../storage/journeyStorage";
import { CLOSE } from "../sync/closeCodes";
import { encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage, type ClientMessage } from "../sync/protocol";
import { PersistentDoc, StorageWriteError, StoredMapError, type ChangeResult } from "./persistentDoc";
import { RoomAwareness } from "./roomAwareness";
import { joinRoomFanout, type LoadedRoom, type RoomFanout } from "./roomFanout";
import type { RoomPeer } from "./roomPeer";
import { RoomVersions, type VersionOptions } from "./roomVersions";
import { SerialQueue } from "./serialQueue";

export interface RoomOptions extends VersionOptions {
  /** How long a room stays loaded after its last connection or request leaves. */
  graceMs: number;
  compactAfterUpdates: number;
  /** Updates that would grow the encoded document past this are refused. */
  maxDocBytes: number;
  maxAwarenessStateBytes: number;
}

export interface RoomDeps {
  storage: JourneyStorage;
  /** The other instances sharing `storage`; `localFanout()` when there are none. */
  fanout: Fanout;
  options: RoomOptions;
  logger: Logger;
}

/** The room cannot serve: it failed to load or to store, or it has closed. `reason` is safe to show. */
export class RoomUnavailableError extends Error {}

type RoomState = "loading" | "open" | "closing" | "closed" | "failed";

interface IncomingUpdate {
  peer: RoomPeer;
  update: Uint8Array;
}

/**
 * One map while anyone uses it: its document, presence and connections. Everything that reads or
 * changes the document runs through one queue, starting with the load, so no message is handled
 * before the stored map is in memory and no update is forwarded before it is stored.
 */
export class Room {
  private state: RoomState = "loading";
  private readonly queue = new SerialQueue();
  private readonly peers = new Set<RoomPeer>();
  private holds = 0;
  private unloadTimer: NodeJS.Timeout | undefined;
  /** Set once the map has loaded; cleared when the room closes or fails. */
  private loaded: LoadedRoom | undefined;
  private tokenHashes: TokenHashes | undefined;
  /** Client updates gathered for the batch that is queued but not yet running (see `receiveUpdate`). */
  private incoming: IncomingUpdate[] | undefined;
  private failure = "";
  /** The map's channel to the other instances, joined before the map loads. */
  private channel: RoomFanout | undefined;
  private markClosed!: () => void;
  /** Settles once the room is gone (unloaded or failed); a successor room waits for it. */
  readonly closed = new Promise<void>((resolve) => (this.markClosed = resolve));
  /** The map's version history; its methods that take the document run inside this room's queue. */
  readonly versions: RoomVersions;

  constructor(
    readonly mapId: string,
    private readonly deps: RoomDeps,
    previous?: Promise<void>,
  ) {
    this.versions = new RoomVersions(mapId, deps.storage, deps.options, deps.logger, (task) => {
      this.run(task).catch(() => {
        // The room closed or failed first; unloading takes its own snapshot.
      });
    });
    this.queue
      .run(() => this.load(previous))
      .catch((error: unknown) => this.fail("the map could not be loaded", error));
  }

  get isLive(): boolean {
    return this.state === "loading" || this.state === "open";
  }

  private async load(previous: Promise<void> | undefined): Promise<void> {
    // A room with the same map that is still unloading writes its snapshot first.
    await previous;
    const started = Date.now();
    let stored: PersistentDoc;
    try {
      const record = await this.deps.storage.getMap(this.mapId);
      if (!record) throw new StoredMapError(`map ${this.mapId} does not exist`);
      this.tokenHashes = record;
      // Joined first, so what other instances store while this loads is heard (and queued behind
      // the load) rather than missed; anything stored before it is in the rows about to be read.
      this.channel = joinRoomFanout(this.mapId, this.deps, {
        runLoaded: (task) => this.runLoaded(task),
        forward: (update) => this.forward(update),
        rotateTokens: (hashes) => this.rotateTokens(hashes),
        isLive: () => this.isLive,
        newestSeq: () => this.loaded?.stored.newestSeq ?? 0,
      });
      stored = await PersistentDoc.load(
        this.mapId,
        this.deps.storage,
        {
          ...this.deps.options,
          onStored: (seq, update) => this.channel?.publishUpdate(seq, update),
        },
        this.deps.logger,
      );
    } catch (error) {
      this.fail(
        error instanceof StoredMapError ? "the stored map cannot be read" : "the map could not be loaded",
        error,
      );
      return;
    }
    if (this.state !== "loading") {
      // Closed (shutdown) while loading: nothing changed, nothing to write.
      stored.doc.destroy();
      return;
    }
    const presence = new RoomAwareness(
      stored.doc,
      this.mapId,
      this.deps.options.maxAwarenessStateBytes,
      (message, origin) => this.broadcast(message, origin),
      this.deps.logger,
      (update) => this.channel?.publishAwareness(update),
    );
    this.loaded = { stored, presence };
    this.state = "open";
    this.deps.logger("room.open", { mapId: this.mapId, ms: Date.now() - started });
  }

  /** Queues a task behind everything queued before; rejects when the room cannot serve. */
  run<T>(task: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    return this.runLoaded(({ stored }) => task(stored.doc));
  }

  private runLoaded<T>(task: (loaded: LoadedRoom) => T | Promise<T>): Promise<T> {
    return this.queue.run(() => {
      if (!this.loaded || this.state === "failed" || this.state === "closed") {
        throw new RoomUnavailableError(this.failure || "the map is not open");
      }
      return task(this.loaded);
    });
  }

  hold(): void {
    this.holds++;
    clearTimeout(this.unloadTimer);
    this.unloadTimer = undefined;
  }

  release(): void {
    this.holds--;
    if (this.holds > 0 || !this.isLive) return;
    this.unloadTimer = setTimeout(() => {
      if (this.holds === 0 && this.isLive) {
        this.close("idle").catch((error: unknown) => {
          this.deps.logger("room.close-failed", { mapId: this.mapId, message: errorMessage(error) });
        });
      }
    }, this.deps.options.graceMs);
  }

  /** Adds a connection; it is greeted (and its messages handled) only once the map has loaded. */
  attach(peer: RoomPeer): void {
    this.peers.add(peer);
    this.runLoaded(({ stored, presence }) => this.greet(peer, stored, presence)).catch(() => {
      // The room failed to load: `fail` has closed the connection with the reason already.
    });
  }

  /** Removes a connection (after its socket closed) and releases its hold. */
  detach(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return;
    this.loaded?.presence.remove(peer);
    this.release();
  }

  private greet(peer: RoomPeer, stored: PersistentDoc, presence: RoomAwareness): void {
    if (!this.tokenHashes || !peer.isOpen) return;
    // The token may have been rotated between the upgrade's check and now.
    if (roleOfHash(this.tokenHashes, peer.tokenHash) === undefined) {
      peer.close(CLOSE.unauthorized, "token rotated");
      return;
    }
    // A view connection's state is never wanted (its updates are dropped), so it is not asked for.
    if (peer.role === "edit") peer.send(encodeSyncStep1(stored.doc));
    const states = presence.statesMessage();
    if (states) peer.send(states);
  }

  /** Handles one decoded client message, in order with everything else in the room. */
  receive(peer: RoomPeer, message: ClientMessage): void {
    if (message.kind === "update" || message.kind === "sync-step-2") {
      // A view connection's document changes are never applied, stored or forwarded.
      if (peer.role === "edit") this.receiveUpdate(peer, message.update);
      return;
    }
    this.runLoaded((loaded) => this.handle(peer, message, loaded)).catch((error: unknown) =>
      this.messageFailed(peer, error),
    );
  }

  private messageFailed(peer: RoomPeer, error: unknown): void {
    if (!(error instanceof RoomUnavailableError)) {
      this.deps.logger("room.message-failed", { mapId: this.mapId, conn: peer.id, message: errorMessage(error) });
    }
  }

  /**
   * Queues a client's document update. Updates that arrive while an earlier batch waits its turn
   * join that batch, which is stored in one append and then forwarded: a room then commits once per
   * turn of the event loop however many edits it gets, instead of falling behind one turn per edit
   * on a busy server. Joining a batch queued before other messages is safe: Yjs updates commute,
   * and whatever runs after the batch (a sync answer, presence) only sees the document later on.
   */
  private receiveUpdate(peer: RoomPeer, update: Uint8Array): void {
    if (this.incoming) {
      this.incoming.push({ peer, update });
      return;
    }
    const batch = [{ peer, update }];
    this.incoming = batch;
    this.runLoaded(({ stored }) => {
      this.incoming = undefined;
      return this.applyClientUpdates(batch, stored);
    }).catch((error: unknown) => {
      if (this.incoming === batch) this.incoming = undefined;
      for (const item of new Set(batch.map((entry) => entry.peer))) this.messageFailed(item, error);
    });
  }

  private async handle(peer: RoomPeer, message: ClientMessage, { stored, presence }: LoadedRoom): Promise<void> {
    switch (message.kind) {
      case "sync-step-1":
        if (peer.isOpen) peer.send(encodeSyncStep2(stored.doc, message.stateVector));
        return;
      case "sync-step-2":
      case "update":
        // Batched on arrival (see `receiveUpdate`), never queued one by one.
        return;
      case "awareness":
        presence.apply(peer, message.entries);
        return;
      case "query-awareness": {
        const states = presence.statesMessage();
        if (states && peer.isOpen) peer.send(states);
        return;
      }
      case "auth":
        return;
    }
  }

  /**
   * Applies, stores (in one append) and forwards a batch of client updates, in arrival order. When
   * the store commits at once, the forward happens in this call, before the event loop moves on.
   */
  private applyClientUpdates(batch: readonly IncomingUpdate[], stored: PersistentDoc): Promise<void> {
    const { maxDocBytes } = this.deps.options;
    const accepted: IncomingUpdate[] = [];
    let extraBytes = 0;
    for (const item of batch) {
      if (!stored.fits(extraBytes + item.update.byteLength, maxDocBytes)) {
        this.deps.logger("room.update-refused", {
          mapId: this.mapId,
          conn: item.peer.id,
          bytes: item.update.byteLength,
        });
        item.peer.close(
          CLOSE.documentTooLarge,
          `map over the ${Math.round(maxDocBytes / 1024 / 1024)} MiB limit; change not saved`,
        );
        continue;
      }
      extraBytes += item.update.byteLength;
      accepted.push(item);
    }
    const deliver = (results: readonly ChangeResult[]): Promise<void> => {
      results.forEach((result, index) => {
        const { peer } = accepted[index] as IncomingUpdate;
        if (result.error !== undefined) peer.close(CLOSE.malformed, "update could not be applied");
        if (result.update) this.forward(result.update, peer);
      });
      return stored.upkeep();
    };
    const results = this.storeChanges(
      accepted.map(
        ({ peer, update }) =>
          () =>
            Y.applyUpdate(stored.doc, update, peer),
      ),
    );
    return Array.isArray(results) ? deliver(results) : results.then(deliver);
  }

  /**
   * Runs a change to the document inside a queued task: stores what it did, then forwards it to
   * every connection but `origin`. A failed append fails the room (connections reconnect later to
   * whatever storage holds; the sender still has its change and sends it again).
   */
  async change(mutate: () => void, origin?: RoomPeer): Promise<ChangeResult> {
    const [result] = (await this.storeChanges([mutate])) as [ChangeResult];
    if (result.update) this.forward(result.update, origin);
    await this.loaded?.stored.upkeep();
    return result;
  }

  /**
   * Runs mutations and stores what they did in one append (at once or as a promise, as the store
   * committed); a failed append fails the room.
   */
  private storeChanges(mutations: ReadonlyArray<() => void>): ChangeResult[] | Promise<ChangeResult[]> {
    if (!this.loaded) throw new RoomUnavailableError(this.failure || "the map is not open");
    const stored = (results: ChangeResult[]): ChangeResult[] => {
      if (results.some((result) => result.update)) this.versions.noteChange();
      return results;
    };
    const failed = (error: unknown): never => {
      if (error instanceof StorageWriteError) this.fail("the map could not be saved", error);
      throw error;
    };
    let results: ChangeResult[] | Promise<ChangeResult[]>;
    try {
      results = this.loaded.stored.changeEach(mutations);
    } catch (error) {
      return failed(error);
    }
    return Array.isArray(results) ? stored(results) : results.then(stored, failed);
  }

  /** Sends a stored update to every connection but `origin`, whose change it is. */
  private forward(update: Uint8Array, origin?: RoomPeer): void {
    const message = encodeUpdateMessage(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
  }

  /** Whether the document would stay within the size cap after `extraBytes` more. */
  fits(extraBytes: number): boolean {
    return this.loaded?.stored.fits(extraBytes, this.deps.options.maxDocBytes) ?? false;
  }

  /** After a rotation: the new hashes apply, and every connection holding an old token is closed. */
  rotateTokens(hashes: TokenHashes): Promise<void> {
    return this.run(() => {
      this.tokenHashes = hashes;
      for (const peer of this.peers) {
        if (roleOfHash(hashes, peer.tokenHash) === undefined) peer.close(CLOSE.unauthorized, "token rotated");
      }
    });
  }

  /** To every connection; `origin`'s own message goes back to it too, as the reference server does. */
  private broadcast(message: Uint8Array, origin?: RoomPeer): void {
    for (const peer of this.peers) peer.send(message, peer === origin);
  }

  /**
   * Unloads: closes any connections (shutdown), lets queued work finish, compacts, frees memory.
   * Used after the grace period and on shutdown.
   */
  async close(reason: string): Promise<void> {
    if (!this.isLive) return this.closed;
    this.state = "closing";
    clearTimeout(this.unloadTimer);
    for (const peer of this.peers) peer.close(CLOSE.goingAway, reason);
    try {
      // Behind the load and every queued message, so what clients sent before is stored first.
      await this.queue.run(async () => {
        if (!this.loaded) return;
        await this.versions.takeAutomatic(this.loaded.stored.doc, "unload");
        await this.loaded.stored.compact();
      });
    } finally {
      if (this.state === "closing") this.destroy("closed");
    }
    this.deps.logger("room.close", { mapId: this.mapId, reason });
    return this.closed;
  }

  private fail(reason: string, error: unknown): void {
    if (this.state === "failed" || this.state === "closed") return;
    this.failure = reason;
    this.deps.logger("room.failed", { mapId: this.mapId, reason, message: errorMessage(error) });
    for (const peer of this.peers) peer.close(CLOSE.internalError, reason);
    this.destroy("failed");
  }

  private destroy(state: "closed" | "failed"): void {
    this.state = state;
    clearTimeout(this.unloadTimer);
    this.channel?.leave();
    this.channel = undefined;
    this.versions.stop();
    // Destroying the doc also destroys the awareness and its timer.
    this.loaded?.stored.doc.destroy();
    this.loaded = undefined;
    this.markClosed();
  }
}
