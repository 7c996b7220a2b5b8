/**
 * Runs tasks one at a time in the order they were queued, each starting after the previous one
 * settled. A room's every read and write goes through one, which is what makes "stored before
 * forwarded" hold: nothing can observe the document between a change and its append.
 *
 * A task queued while nothing is queued or running starts at once, in the caller's own call: in a
 * quiet room (most of them, most of the time) an edit is applied and on its way to storage without
 * first waiting behind a resolved promise. Tasks queued meanwhile, even by that task itself, wait.
 */
export class SerialQueue {
  /** Settles once the last task queued so far has settled; never rejects. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Tasks queued and not yet settled. */
  private pending = 0;
  private readonly settled = (): void => {
    this.pending--;
  };

  run<T>(task: () => T | Promise<T>): Promise<T> {
    if (this.pending === 0) return this.runNow(task);
    this.pending++;
    const result = this.tail.then(task);
    // A failed task must not stop the ones behind it; its caller sees the failure through `result`.
    this.tail = result.then(this.settled, this.settled);
    return result;
  }

  /** Resolves once everything queued so far has settled. */
  idle(): Promise<void> {
    return this.run(() => undefined);
  }

  private runNow<T>(task: () => T | Promise<T>): Promise<T> {
    this.pending++;
    // The tail is in place before the task runs, so anything it queues goes after it.
    let open!: () => void;
    this.tail = new Promise<void>((resolve) => (open = resolve));
    let result: Promise<T>;
    try {
      result = Promise.resolve(task());
    } catch (error) {
      result = Promise.reject(error);
    }
    const settle = (): void => {
      this.pending--;
      open();
    };
    result.then(settle, settle);
    return result;
  }
}
