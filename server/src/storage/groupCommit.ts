import { atTurnEnd, currentTurn } from "../eventLoopTurn";

/** One append waiting for its transaction. */
export interface QueuedAppend {
  mapId: string;
  update: Uint8Array;
  updatedAt: number;
  resolve(seq: number): void;
  reject(error: unknown): void;
}

/**
 * Group commit. The first append of a turn of the event loop commits at once, in the caller's own
 * call, and returns its seq: a lone edit in a quiet room waits for nothing, and the room can forward
 * it before the event loop moves on. Appends made later in the same turn, as many rooms do under
 * load, wait for the turn's I/O callbacks to finish (setImmediate) and are committed together in
 * one transaction, so a commit's fixed cost (WAL frames for the touched pages, locks) is paid once
 * for all of them rather than once each; they get a promise, which settles only after the
 * transaction holding them has committed (or failed). "Stored before forwarded" holds either way.
 */
export class GroupCommit {
  private queued: QueuedAppend[] = [];
  private scheduled = false;
  /** The last turn of the event loop that had its prompt commit. */
  private promptTurn = -1;

  /** `commit` writes the batch in one transaction and settles every append in it. */
  constructor(private readonly commit: (appends: readonly QueuedAppend[]) => void) {}

  append(mapId: string, update: Uint8Array, updatedAt: number): number | Promise<number> {
    const turn = currentTurn();
    if (this.promptTurn !== turn) {
      this.promptTurn = turn;
      return this.commitNow(mapId, update, updatedAt);
    }
    return new Promise((resolve, reject) => {
      this.queued.push({ mapId, update, updatedAt, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      atTurnEnd(() => this.flush());
    });
  }

  /** Commits what is queued now (also before the store closes; the turn's end then finds nothing). */
  flush(): void {
    this.scheduled = false;
    const batch = this.queued;
    this.queued = [];
    if (batch.length > 0) this.commit(batch);
  }

  /** One append in a transaction of its own, committed before this returns; throws if it failed. */
  private commitNow(mapId: string, update: Uint8Array, updatedAt: number): number {
    const settled: { seq?: number; error?: unknown } = {};
    this.commit([
      {
        mapId,
        update,
        updatedAt,
        resolve: (seq) => (settled.seq = seq),
        reject: (error) => (settled.error = error ?? new Error("the append failed")),
      },
    ]);
    if (settled.seq !== undefined) return settled.seq;
    throw settled.error ?? new Error("the commit settled nothing");
  }
}
