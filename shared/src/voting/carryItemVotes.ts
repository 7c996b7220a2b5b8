import { keptVotesSchema, type KeptVotes } from "../format/touchpoint";

/** The lists whose items a kept vote counts dots for, keyed by the item's text. */
export type VotedList = "painPoints" | "opportunities";

const VOTED_LISTS: readonly VotedList[] = ["painPoints", "opportunities"];

/**
 * A kept vote's dots for one list after the list changed from `before` to `after`: the dots follow
 * an item whose text was edited in place (same length, one position changed), and go with an item
 * that is no longer in the list. Keys that named no item before (an import's, say) are left as they
 * are. Without this, tidying a pain point's wording after a vote would silently drop its dots.
 */
export function carryItemVotes(
  before: readonly string[],
  after: readonly string[],
  counts: Readonly<Record<string, number>>,
): Record<string, number> {
  const next = new Map(Object.entries(counts));
  const remaining = new Set(after);
  const changed =
    before.length === after.length ? before.flatMap((item, index) => (item === after[index] ? [] : [index])) : [];
  if (changed.length === 1) {
    const index = changed[0] as number;
    const from = before[index] as string;
    const to = after[index] as string;
    const dots = next.get(from);
    if (dots !== undefined && !remaining.has(from)) {
      // Two items edited to the same words are one item: their dots add up.
      next.set(to, (next.get(to) ?? 0) + dots);
      next.delete(from);
    }
  }
  const previous = new Set(before);
  for (const key of [...next.keys()]) if (previous.has(key) && !remaining.has(key)) next.delete(key);
  return Object.fromEntries(next);
}

/**
 * The `votes` a touchpoint should have once `patch` sets some of its voted lists, or `"unchanged"`
 * when the patch leaves the dots where they are. `stored` is the entry as it is: fields the patch
 * does not set, and the stored vote, are read from it; a stored value that is not what the format
 * says (awaiting repair) is not guessed at, and nothing moves.
 */
export function votesAfterListPatch(
  stored: { get(field: string): unknown },
  patch: Readonly<Record<string, unknown>>,
): KeptVotes | undefined | "unchanged" {
  if (Object.hasOwn(patch, "votes")) return "unchanged";
  const lists = VOTED_LISTS.filter((list) => Array.isArray(patch[list]));
  if (lists.length === 0) return "unchanged";
  const parsed = keptVotesSchema.safeParse(stored.get("votes"));
  if (!parsed.success) return "unchanged";
  const votes: KeptVotes = { ...parsed.data };
  let moved = false;
  for (const list of lists) {
    const counts = votes[list];
    const before = stored.get(list);
    if (counts === undefined || !isTextList(before)) continue;
    const next = carryItemVotes(before, patch[list] as string[], counts);
    if (sameCounts(next, counts)) continue;
    moved = true;
    votes[list] = Object.keys(next).length > 0 ? next : undefined;
  }
  if (!moved) return "unchanged";
  // Absent rather than undefined, as the format writes it.
  const kept = Object.fromEntries(Object.entries(votes).filter(([, value]) => value !== undefined)) as KeptVotes;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function sameCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}
