import * as Y from "yjs";
import { errorMessage, type Logger } from "../log";
import type { JourneyStorage, StoredUpdate } from "../storage/journeyStorage";
import { SeqTracker } from "./seqTracker";

/** The origin of changes applied from rows another instance stored: not to be stored again. */
export const STORED_ELSEWHERE = Symbol("stored by another instance");

/** The stored map cannot be turned into a document; the room must not open (nothing is overwritten). */
export class StoredMapError extends Error {}

/** An append failed: the change is in memory only, so the room must close without writing more. */
export class StorageWriteError extends Error {}

export interface PersistentDocOptions {
  /** Compact once the map has this many log rows (the snapshot included). */
  compactAfterUpdates: number;
  /** Told about every row this instance appends, once it is stored (fan-out to other instances). */
  onStored?: (seq: number, update: Uint8Array) => void;
}

/** What a change did: the update that was stored (if any), and the error the mutation threw (if any). */
export interface ChangeResult {
  update: Uint8Array | undefined;
  error: unknown;
}

/**
 * A map's Y.Doc together with its place in storage. Every change goes through `changeEach`, which
 * appends what the change actually did to the log before returning, so callers forward only
 * stored updates. Callers serialise access (the room's queue).
 */
export class PersistentDoc {
  /** Rows in the map's log, the snapshot included. */
  private rows: number;
  /** Which rows of the log the document holds (some may come from other instances). */
  private readonly seqs: SeqTracker;
  /** An upper bound on the encoded document size: the bytes of every row since the last measure. */
  private approximateBytes: number;
  private title: string | undefined;
  /** Where the document's updates go while `changeEach` or `catchUp` runs; undefined otherwise. */
  private collecting: Uint8Array[] | undefined;

  private constructor(
    readonly mapId: string,
    readonly doc: Y.Doc,
    private readonly storage: JourneyStorage,
    private readonly options: PersistentDocOptions,
    private readonly logger: Logger,
    stored: { rows: number; lastSeq: number; bytes: number },
  ) {
    this.rows = stored.rows;
    this.seqs = new SeqTracker(stored.lastSeq);
    this.approximateBytes = stored.bytes;
    this.title = this.currentTitle();
    // One listener for the document's life, rather than one added and removed around every change
    // (lib0 makes a new listener set each time). Yjs then also encodes the rows `applyStored` applies,
    // which nobody reads; those are another instance's edits, rare next to this one's.
    doc.on("update", (update: Uint8Array) => this.collecting?.push(update));
  }

  /**
   * Rebuilds the document from its rows. Refuses (throws `StoredMapError`) rather than open a
   * document that differs from what is stored: no rows at all, or a row Yjs cannot apply.
   */
  static async load(
    mapId: string,
    storage: JourneyStorage,
    options: PersistentDocOptions,
    logger: Logger,
  ): Promise<PersistentDoc> {
    const rows = await storage.loadUpdates(mapId);
    const first = rows[0];
    const last = rows.at(-1);
    // A map is created with its first update, so an empty log means lost rows, not an empty map.
    if (!first || !last) throw new StoredMapError(`map ${mapId} has no stored content`);
    const doc = new Y.Doc();
    let current = first;
    let bytes = 0;
    try {
      // One transaction: observers and the update event run once, not once per row.
      doc.transact(() => {
        for (const row of rows) {
          current = row;
          bytes += row.data.byteLength;
          Y.applyUpdate(doc, row.data);
        }
      });
    } catch (error) {
      doc.destroy();
      throw new StoredMapError(
        `stored update ${current.seq} of map ${mapId} cannot be applied: ${errorMessage(error)}`,
      );
    }
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
      // Not fatal: the missing pieces may still arrive from a client that has them.
      logger("room.incomplete-history", { mapId });
    }
    return new PersistentDoc(mapId, doc, storage, options, logger, {
      rows: rows.length,
      lastSeq: last.seq,
      bytes,
    });
  }

  /**
   * Whether the document stays within `maxBytes` after taking `extraBytes` more. Measures the real
   * encoded size only when the cheap upper bound says it might not.
   */
  fits(extraBytes: number, maxBytes: number): boolean {
    if (this.approximateBytes + extraBytes <= maxBytes) return true;
    this.approximateBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
    return this.approximateBytes + extraBytes <= maxBytes;
  }

  /**
   * Runs the mutations in order and appends what they did together, as one update in one row:
   * updates that queued up while the previous append was committing are then stored in one go
   * instead of one commit (one turn of the event loop) each. A mutation that throws halfway may
   * still have changed the document; that part is stored too, so memory and storage never
   * disagree. Returns each mutation's own update, so it can be forwarded to everyone but its
   * sender: at once when the store committed at once (then the caller forwards within the same turn
   * of the event loop, as a memory-only server would), else as a promise. Throws, or rejects with, `StorageWriteError` when the append fails.
   * The caller runs `upkeep` once it has forwarded.
   */
  changeEach(mutations: ReadonlyArray<() => void>): ChangeResult[] | Promise<ChangeResult[]> {
    const updates: Uint8Array[] = [];
    const results: ChangeResult[] = [];
    this.collecting = updates;
    try {
      for (const mutate of mutations) {
        const first = updates.length;
        let error: unknown;
        try {
          mutate();
        } catch (thrown) {
          error = thrown ?? new Error("the change failed");
        }
        const own = updates.slice(first);
        results.push({ update: own.length <= 1 ? own[0] : Y.mergeUpdates(own), error });
      }
    } finally {
      this.collecting = undefined;
    }
    if (updates.length === 0) return results;
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    const writeFailed = (thrown: unknown): StorageWriteError =>
      new StorageWriteError(`storing an update of map ${this.mapId} failed: ${errorMessage(thrown)}`);
    let appended: number | Promise<number>;
    try {
      appended = this.storage.appendUpdate(this.mapId, update, Date.now());
    } catch (thrown) {
      throw writeFailed(thrown);
    }
    if (typeof appended === "number") {
      this.noteStored(appended, update);
      return results;
    }
    return appended.then(
      (seq) => {
        this.noteStored(seq, update);
        return results;
      },
      (thrown: unknown) => {
        throw writeFailed(thrown);
      },
    );
  }

  private noteStored(seq: number, update: Uint8Array): void {
    this.seqs.note(seq);
    this.options.onStored?.(seq, update);
    this.rows++;
    this.approximateBytes += update.byteLength;
  }

  /**
   * After changes were stored and forwarded: keeps the maps table's title in step and compacts
   * once the log is long enough. Off the path of the edit that triggers it, so no one waits on a
   * snapshot of the whole map to see a keystroke.
   */
  async upkeep(): Promise<void> {
    // Checked here, awaited only when it changed: most edits leave the title alone.
    const title = this.currentTitle();
    if (title !== undefined && title !== this.title) await this.storeTitle(title);
    if (this.rows >= this.options.compactAfterUpdates) await this.compact();
  }

  /** The newest row of the log the document holds. */
  get newestSeq(): number {
    return this.seqs.newest;
  }

  /** Every row up to this one is in the document. */
  get contiguousSeq(): number {
    return this.seqs.contiguous;
  }

  /** Whether a row is missing below the newest one heard (another instance's news still on its way). */
  get hasGap(): boolean {
    return this.seqs.hasGap;
  }

  /**
   * Applies a row another instance stored and announced; false when the document has it already.
   * Not stored again: it is in the log.
   */
  applyStored(seq: number, update: Uint8Array): boolean {
    if (!this.seqs.note(seq)) return false;
    this.applyRows([{ seq, data: update }]);
    return true;
  }

  /**
   * Reads the rows stored since the last one the document holds in order, and applies them: how a
   * room catches up on what other instances stored while their news did not reach it. Returns the
   * update they made to the document (undefined when nothing was new), to forward to its clients.
   */
  async catchUp(): Promise<Uint8Array | undefined> {
    const rows = await this.storage.loadUpdatesAfter(this.mapId, this.seqs.contiguous);
    const last = rows.at(-1);
    if (!last) return undefined;
    const updates: Uint8Array[] = [];
    this.collecting = updates;
    try {
      this.applyRows(rows);
    } finally {
      this.collecting = undefined;
    }
    this.seqs.caughtUpTo(last.seq);
    if (updates.length === 0) return undefined;
    return updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
  }

  private applyRows(rows: readonly StoredUpdate[]): void {
    for (const row of rows) {
      try {
        Y.applyUpdate(this.doc, row.data, STORED_ELSEWHERE);
      } catch (error) {
        // It applied on the instance that stored it; one that fails here is logged, not fatal.
        this.logger("room.stored-row-failed", { mapId: this.mapId, seq: row.seq, message: errorMessage(error) });
        continue;
      }
      this.rows++;
      this.approximateBytes += row.data.byteLength;
    }
    // Stored by whoever changed it; only remembered here, so this instance does not store it again.
    this.title = this.currentTitle() ?? this.title;
  }

  /**
   * Replaces the log up to the last row the document holds in order by one garbage-collected
   * snapshot. A failure is logged; the log stays valid.
   */
  async compact(): Promise<void> {
    if (this.rows <= 1) return;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    try {
      const compacted = await this.storage.compact(this.mapId, snapshot, this.seqs.contiguous);
      this.rows = 1;
      this.approximateBytes = snapshot.byteLength;
      // Not compacted: another instance holds the map's compaction lock, or got there first.
      if (compacted) this.logger("room.compacted", { mapId: this.mapId, bytes: snapshot.byteLength });
    } catch (error) {
      this.logger("room.compact-failed", { mapId: this.mapId, message: errorMessage(error) });
    }
  }

  private currentTitle(): string | undefined {
    let title: unknown;
    try {
      title = this.doc.getMap<unknown>("meta").get("title");
    } catch {
      // A client defined `meta` as another type; readJourney reports that, the title just stays.
      return undefined;
    }
    return typeof title === "string" ? title.slice(0, 500) : undefined;
  }

  /** Keeps the maps table's title (for operators) in step with `meta.title`; best effort. */
  private async storeTitle(title: string): Promise<void> {
    this.title = title;
    try {
      await this.storage.setTitle(this.mapId, title);
    } catch (error) {
      this.logger("room.title-failed", { mapId: this.mapId, message: errorMessage(error) });
    }
  }
}
