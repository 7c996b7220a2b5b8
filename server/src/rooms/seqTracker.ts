/**
 * Which rows of a map's log this instance's document holds. `contiguous`: every row up to it (so a
 * snapshot taken now may replace them); above it, the seqs heard out of order, which arrive when
 * two instances publish at once.
 */
export class SeqTracker {
  private heard = new Set<number>();

  constructor(private through: number) {}

  /** Every row up to this seq is in the document. */
  get contiguous(): number {
    return this.through;
  }

  /** The newest seq in the document, contiguous or not. */
  get newest(): number {
    let newest = this.through;
    for (const seq of this.heard) if (seq > newest) newest = seq;
    return newest;
  }

  /** Whether rows are missing below the newest one heard. */
  get hasGap(): boolean {
    return this.heard.size > 0;
  }

  /** Records a row; false when the document already has it (a duplicate to skip). */
  note(seq: number): boolean {
    if (seq <= this.through || this.heard.has(seq)) return false;
    this.heard.add(seq);
    while (this.heard.delete(this.through + 1)) this.through++;
    return true;
  }

  /**
   * After applying every stored row past `contiguous` (which is how storage is read: a gap in the
   * seqs it returns was compacted into a later snapshot row), everything up to `seq` is in.
   */
  caughtUpTo(seq: number): void {
    if (seq <= this.through) return;
    this.through = seq;
    for (const heard of this.heard) if (heard <= seq) this.heard.delete(heard);
    while (this.heard.delete(this.through + 1)) this.through++;
  }
}
