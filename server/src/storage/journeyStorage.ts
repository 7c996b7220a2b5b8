/**
 * Where maps live between server runs. Every method is async so that the networked store
 * (PostgreSQL, shared by several server instances) fits the same interface as the embedded SQLite
 * one; the rooms never touch a database directly.
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

/** `auto`: taken by the server while the map is edited; `named`: saved by someone on purpose. */
export type VersionKind = "auto" | "named";

/** A version to store: the whole map at one moment, as journey-map JSON. */
export interface NewVersion {
  mapId: string;
  kind: VersionKind;
  /** Empty for automatic versions. */
  name: string;
  author?: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /**
   * The map as `exportJourney` wrote it. JSON rather than a Yjs update: it is what people look at
   * and restore, it reads without the document's history, it stays readable when the Y.Doc layout
   * changes (import migrates it forward), and a PostgreSQL store keeps it as plain text or JSONB.
   */
  content: string;
  /** SHA-256 (hex) of `content`: "did the map change since the last version" without reading any. */
  contentHash: string;
  /** For the list, so it can say how big each version is without reading it. */
  touchpoints: number;
}

/** A stored version's metadata; `content` is read one version at a time (`readVersion`). */
export interface VersionRecord extends Omit<NewVersion, "content"> {
  /** Assigned by the store, unique among all versions and never reused, even after a delete. */
  id: string;
}

export interface StoredVersion extends VersionRecord {
  content: string;
}

export interface JourneyStorage {
  /** Which engine this is, for `/healthz` and logs. */
  readonly kind: "sqlite" | "postgresql" | "memory";
  /** Creates the map with its first update as one unit: a map never exists without content. */
  createMap(record: MapRecord, initialUpdate: Uint8Array): Promise<void>;
  getMap(id: string): Promise<MapRecord | undefined>;
  /** Replaces both token hashes; false when there is no such map. */
  replaceTokenHashes(id: string, hashes: TokenHashes): Promise<boolean>;
  /** Every stored update of the map in `seq` order (the snapshot, if compacted, first). */
  loadUpdates(id: string): Promise<StoredUpdate[]>;
  /**
   * The rows with `seq > afterSeq`, in `seq` order: how an instance that missed updates (written by
   * another instance) catches up. A snapshot row among them holds everything before it as well.
   */
  loadUpdatesAfter(id: string, afterSeq: number): Promise<StoredUpdate[]>;
  /**
   * Appends an update and bumps the map's `updatedAt` (a store may write that lazily: within a
   * minute, and exactly by the next `compact`); returns its seq. Durable once the seq is known: the
   * caller forwards the update to other clients only after that. A store that can commit at once
   * (SQLite's first append in a turn of the event loop, the memory store) returns the seq itself,
   * or throws, so that the caller can forward within the same turn; otherwise a promise.
   */
  appendUpdate(id: string, update: Uint8Array, updatedAt: number): number | Promise<number>;
  /**
   * Replaces every row with `seq <= upToSeq` by one snapshot row at `upToSeq`, in one transaction:
   * either the old rows or the snapshot survive a crash, never neither. The snapshot must hold every
   * row up to `upToSeq`. Resolves false when it did nothing: another instance is compacting the map
   * right now, or has already compacted it as far.
   */
  compact(id: string, snapshot: Uint8Array, upToSeq: number): Promise<boolean>;
  setTitle(id: string, title: string): Promise<void>;
  /** Stores a version of an existing map; durable when the promise resolves. */
  saveVersion(version: NewVersion): Promise<VersionRecord>;
  /** A map's versions, newest first (by `createdAt`, then by id): metadata only. */
  listVersions(mapId: string): Promise<VersionRecord[]>;
  /** One version with its content; undefined when the map has no version with that id. */
  readVersion(mapId: string, versionId: string): Promise<StoredVersion | undefined>;
  /** Deletes these versions of the map (retention); ids it does not have are ignored. Returns how many went. */
  deleteVersions(mapId: string, versionIds: readonly string[]): Promise<number>;
  /** Resolves when the store answers a trivial query; rejects with why it does not (`/healthz`). */
  ping(): Promise<void>;
  /**
   * Drops caches the store rebuilds on demand (SQLite's page cache), for the idle collection once no
   * map is loaded; stores that keep nothing of their own in this process leave it out.
   */
  releaseMemory?(): void;
  close(): Promise<void>;
}
