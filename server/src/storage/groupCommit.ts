/** One append waiting for its transaction. */
export interface QueuedAppend {
  mapId: string;
  update: Uint8Array;
  updatedAt: number;
  resolve(seq: number): void;
  reject(error: unknown): void;
}

/**
 * Group commit. The first append of a turn of the event loop commits as soon as the code that made
 * it has run (a microtask): a lone edit in a quiet room waits for nothing. Appends made later in the
 * same turn, as many rooms do under load, wait for the turn's I/O callbacks to finish (setImmediate)
 * and are committed together in one transaction, so a commit's fixed cost (WAL frames for the
 * touched pages, locks) is paid once for all of them rather than once each. Each append's promise
 * settles only after the transaction holding it has committed (or failed), so "stored before
 * forwarded" holds either way.
 */
export class GroupCommit {
  private queued: QueuedAppend[] = [];
  /** The pending flush: right after the current code (the turn's first), or after the turn's I/O. */
  private scheduled: "soon" | NodeJS.Immediate | undefined;
  /** Whether this turn of the event loop has already had its prompt commit. */
  private promptThisTurn = false;

  /** `commit` writes the batch in one transaction and settles every append in it. */
  constructor(private readonly commit: (appends: readonly QueuedAppend[]) => void) {}

  append(mapId: string, update: Uint8Array, updatedAt: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queued.push({ mapId, update, updatedAt, resolve, reject });
      if (this.scheduled !== undefined) return;
      if (this.promptThisTurn) {
        this.scheduled = setImmediate(() => this.flush());
        return;
      }
      this.promptThisTurn = true;
      setImmediate(() => (this.promptThisTurn = false));
      this.scheduled = "soon";
      queueMicrotask(() => {
        if (this.scheduled === "soon") this.flush();
      });
    });
  }

  /** Commits what is queued now (also before the store closes). */
  flush(): void {
    if (this.scheduled !== undefined && this.scheduled !== "soon") clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const batch = this.queued;
    this.queued = [];
    if (batch.length > 0) this.commit(batch);
  }
}
