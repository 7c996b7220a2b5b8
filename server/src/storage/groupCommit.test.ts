import { describe, expect, it } from "vitest";
import { GroupCommit, type QueuedAppend } from "./groupCommit";

/** A GroupCommit over a fake log: each commit numbers its appends on, or fails them all. */
function fakeLog(): { group: GroupCommit; commits: string[][]; failNext: () => void } {
  const commits: string[][] = [];
  let seq = 0;
  let failing = false;
  const group = new GroupCommit((batch: readonly QueuedAppend[]) => {
    commits.push(batch.map(({ mapId }) => mapId));
    if (failing) {
      failing = false;
      for (const append of batch) append.reject(new Error("disk full"));
      return;
    }
    for (const append of batch) append.resolve(++seq);
  });
  return { group, commits, failNext: () => (failing = true) };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("GroupCommit", () => {
  it("commits a turn's first append at once and the rest of the turn together after its I/O", async () => {
    const { group, commits } = fakeLog();
    expect(group.append("a", new Uint8Array([1]), 0)).toBe(1);
    expect(commits).toEqual([["a"]]);
    const later = [group.append("b", new Uint8Array([2]), 0), group.append("c", new Uint8Array([3]), 0)];
    expect(later.every((each) => each instanceof Promise)).toBe(true);
    expect(commits).toEqual([["a"]]);
    expect(await Promise.all(later)).toEqual([2, 3]);
    expect(commits).toEqual([["a"], ["b", "c"]]);
    await nextTurn();
    expect(group.append("d", new Uint8Array([4]), 0)).toBe(4);
    expect(commits).toEqual([["a"], ["b", "c"], ["d"]]);
  });

  it("throws from a prompt commit that failed, and rejects the appends of a failed batch", async () => {
    const { group, failNext } = fakeLog();
    failNext();
    expect(() => group.append("a", new Uint8Array([1]), 0)).toThrow("disk full");
    failNext();
    await expect(group.append("b", new Uint8Array([2]), 0)).rejects.toThrow("disk full");
  });

  it("commits what is queued when flushed (as the store does before it closes)", async () => {
    const { group, commits } = fakeLog();
    group.append("a", new Uint8Array([1]), 0);
    const queued = group.append("b", new Uint8Array([2]), 0);
    group.flush();
    expect(commits).toEqual([["a"], ["b"]]);
    expect(await queued).toBe(2);
  });
});
