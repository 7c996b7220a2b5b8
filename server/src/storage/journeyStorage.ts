/**
 * Where maps live between server runs. Every method is async so that a networked store (the
 * PostgreSQL one to come) fits the same interface as the embedded SQLite one; the rooms never touch
 * a database directly.
 */

/** One map's row: who may open it (as hashes only) and what ops need to see without loading it. */
export interface MapRecord {
  /** Unguessable, URL-safe; also the room name in `/sync/<id>`. */
  id: string;
  /** SHA-256 of the edit token; the token itself is never stored. */
  editTokenHash: Uint8Array;
  /** SHA-256 of the view token. */
  viewTokenHash: Uint8Array;
  /** The map's `meta.title`, kept for logs and operators; no request lists maps. */
  title: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** One row of a map's update log. `seq` grows by one per append and never repeats within a map. */
export interface StoredUpdate {
  seq: number;
  /** A Yjs update (v1 encoding): either an appended update or a compacted snapshot. */
  data: Uint8Array;
}

export interface TokenHashes {
  editTokenHash: Uint8Array;
  viewTokenHash: Uint8Array;
}

export interface JourneyStorage {
  /** Creates the map with its first update as one unit: a map never exists without content. */
  createMap(record: MapRecord, initialUpdate: Uint8Array): Promise<void>;
  getMap(id: string): Promise<MapRecord | undefined>;
  /** Replaces both token hashes; false when there is no such map. */
  replaceTokenHashes(id: string, hashes: TokenHashes): Promise<boolean>;
  /** Every stored update of the map in `seq` order (the snapshot, if compacted, first). */
  loadUpdates(id: string): Promise<StoredUpdate[]>;
  /**
   * Appends an update and bumps the map's `updatedAt` (a store may write that lazily: within a
   * minute, and exactly by the next `compact`). Durable when the promise resolves: the caller
   * forwards the update to other clients only after that.
   */
  appendUpdate(id: string, update: Uint8Array, updatedAt: number): Promise<number>;
  /**
   * Replaces every row with `seq <= upToSeq` by one snapshot row at `upToSeq`, in one transaction:
   * either the old rows or the snapshot survive a crash, never neither.
   */
  compact(id: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  setTitle(id: string, title: string): Promise<void>;
  close(): Promise<void>;
}
