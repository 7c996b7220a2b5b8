import { describe, expect, it } from "vitest";
import { SeqTracker } from "./seqTracker";

describe("SeqTracker", () => {
  it("advances over rows heard in order and skips duplicates", () => {
    const seqs = new SeqTracker(3);
    expect(seqs.note(4)).toBe(true);
    expect(seqs.note(4)).toBe(false);
    expect(seqs.note(2)).toBe(false);
    expect([seqs.contiguous, seqs.newest, seqs.hasGap]).toEqual([4, 4, false]);
  });

  it("holds rows heard out of order above the gap until it fills", () => {
    const seqs = new SeqTracker(1);
    seqs.note(3);
    seqs.note(4);
    expect([seqs.contiguous, seqs.newest, seqs.hasGap]).toEqual([1, 4, true]);
    expect(seqs.note(3)).toBe(false);
    seqs.note(2);
    expect([seqs.contiguous, seqs.newest, seqs.hasGap]).toEqual([4, 4, false]);
  });

  it("after a catch-up from storage, counts everything up to the last row read, and what follows it", () => {
    const seqs = new SeqTracker(1);
    seqs.note(5);
    seqs.note(9);
    seqs.note(10);
    seqs.caughtUpTo(8);
    expect([seqs.contiguous, seqs.newest, seqs.hasGap]).toEqual([10, 10, false]);
    seqs.caughtUpTo(4);
    expect(seqs.contiguous).toBe(10);
  });
});
