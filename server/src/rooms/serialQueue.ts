/**
 * Runs tasks one at a time in the order they were queued, each starting after the previous one
 * settled. A room's every read and write goes through one, which is what makes "stored before
 * forwarded" hold: nothing can observe the document between a change and its append.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // A failed task must not stop the ones behind it; its caller sees the failure through `result`.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once everything queued so far has settled. */
  idle(): Promise<void> {
    return this.run(() => undefined);
  }
}
