/**
 * A token bucket: up to `capacity` at once, refilled at `perSecond`. Bursts a person makes (a
 * paste, a drag) fit in the capacity; a program flooding the socket empties it within a second.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt = performance.now();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {
    this.tokens = capacity;
  }

  /** Takes `amount`; false (taking nothing) when the bucket does not hold that much. */
  take(amount = 1): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond);
    this.updatedAt = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}
