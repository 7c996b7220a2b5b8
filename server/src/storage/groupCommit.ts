/** One append waiting for its transaction. */
export interface QueuedAppend {
  mapId: string;
  update: Uint8Array;
  updatedAt: number;
  resolve(seq: number): void;
  reject(error: unknown): void;
}

/**
 * Group commit: every append made during one turn of the event loop is committed in one
 * transaction, right after the turn's I/O callbacks (setImmediate). Under load many rooms append
 * at once, and a commit's fixed cost (WAL frames for the touched pages, locks) is then paid once
 * for all of them rather than once each. Each append's promise settles only after the transaction
 * holding it has committed (or failed), so "stored before forwarded" holds as before; a single
 * append waits no longer than the rest of the current turn.
 */
export class GroupCommit {
  private queued: QueuedAppend[] = [];
  private scheduled: NodeJS.Immediate | undefined;

  /** `commit` writes the batch in one transaction and settles every append in it. */
  constructor(private readonly commit: (appends: readonly QueuedAppend[]) => void) {}

  append(mapId: string, update: Uint8Array, updatedAt: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queued.push({ mapId, update, updatedAt, resolve, reject });
      this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Commits what is queued now (also before the store closes). */
  flush(): void {
    clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const batch = this.queued;
    this.queued = [];
    if (batch.length > 0) this.commit(batch);
  }
}
