import type * as Y from "yjs";
import type { KeptVotes } from "../format/touchpoint";
import { parseInput } from "../ydoc/intentInput";
import { entryMap, journeyRoots } from "../ydoc/layout";
import {
  BALLOTS_ROOT,
  MAX_VOTE_MS,
  VOTE_ROOT,
  dotsSpent,
  isVotingOpen,
  readBallots,
  readVote,
  voteSessionSchema,
  type TallyRow,
  type VoteKind,
  type VoteSession,
} from "./voteSession";

/*
 * The dot vote's intents. Running a vote (start, dots, reveal, end) is session state, like the
 * timer: the editor writes it with an origin its undo manager does not track. Keeping the result
 * is an edit of the map (touchpoints' `votes`), made with the caller's origin, so it can be undone.
 */

export type StartVoteInput = Omit<VoteSession, "state">;

/** Starts a vote, replacing any running one and clearing every earlier ballot, in one transaction. */
export function startVote(doc: Y.Doc, input: StartVoteInput, origin?: unknown): VoteSession {
  const session = parseInput(voteSessionSchema, { ...input, state: "open" }, "startVote: the vote");
  if (session.endsAt !== undefined && session.endsAt - session.startedAt > MAX_VOTE_MS) {
    throw new Error(`startVote: a vote runs at most ${MAX_VOTE_MS / 60_000} minutes`);
  }
  const root = doc.getMap<unknown>(VOTE_ROOT);
  const ballots = doc.getMap<unknown>(BALLOTS_ROOT);
  doc.transact(() => {
    for (const key of [...root.keys()]) root.delete(key);
    for (const key of [...ballots.keys()]) ballots.delete(key);
    for (const [field, value] of Object.entries(session)) if (value !== undefined) root.set(field, value);
  }, origin);
  return session;
}

/**
 * Adds (`delta` 1) or takes back (`delta` -1) one of this voter's dots on `itemKey`. Returns false,
 * writing nothing, when the vote is over or revealed, the voter has no dot left or none there to take
 * back, or this is not the running vote (it ended or was restarted elsewhere a moment ago).
 */
export function castDot(
  doc: Y.Doc,
  vote: { voteId: string; voterKey: string; itemKey: string; delta: 1 | -1; now: number },
  origin?: unknown,
): boolean {
  const session = readVote(doc);
  if (!session || session.id !== vote.voteId || !isVotingOpen(session, vote.now)) return false;
  const mine = readBallots(doc, session).get(vote.voterKey) ?? {};
  const current = mine[vote.itemKey] ?? 0;
  if (vote.delta > 0 && dotsSpent(mine) >= session.dotsPerPerson) return false;
  if (vote.delta < 0 && current === 0) return false;
  const dots = Object.fromEntries(
    Object.entries({ ...mine, [vote.itemKey]: current + vote.delta }).filter(([, count]) => count > 0),
  );
  doc.transact(() => doc.getMap<unknown>(BALLOTS_ROOT).set(vote.voterKey, { voteId: session.id, dots }), origin);
  return true;
}

/** Shows the result to everyone; no more dots after it. False when `voteId` is not the running vote. */
export function revealVote(doc: Y.Doc, voteId: string, origin?: unknown): boolean {
  const session = readVote(doc);
  if (!session || session.id !== voteId) return false;
  if (session.state !== "revealed") doc.transact(() => doc.getMap<unknown>(VOTE_ROOT).set("state", "revealed"), origin);
  return true;
}

/** Another editor takes over a vote whose facilitator left: their device may now reveal and end it. */
export function takeOverVote(doc: Y.Doc, voteId: string, facilitatorKey: string, origin?: unknown): boolean {
  const session = readVote(doc);
  if (!session || session.id !== voteId) return false;
  doc.transact(() => doc.getMap<unknown>(VOTE_ROOT).set("facilitatorKey", facilitatorKey), origin);
  return true;
}

/** Ends the vote: the vote and its ballots leave the document (a kept result stays on the map). */
export function endVote(doc: Y.Doc, origin?: unknown): void {
  const root = doc.getMap<unknown>(VOTE_ROOT);
  const ballots = doc.getMap<unknown>(BALLOTS_ROOT);
  if (root.size === 0 && ballots.size === 0) return;
  doc.transact(() => {
    for (const key of [...root.keys()]) root.delete(key);
    for (const key of [...ballots.keys()]) ballots.delete(key);
  }, origin);
}

/** The `votes` field a touchpoint has after keeping a result of `kind`: that kind replaced, the others kept. */
function votesWith(
  previous: KeptVotes | undefined,
  kind: VoteKind,
  counts: Map<string, number>,
): KeptVotes | undefined {
  const fields: KeptVotes = { ...previous };
  if (kind === "touchpoints") {
    const count = counts.get("") ?? 0;
    fields.touchpoint = count > 0 ? count : undefined;
  } else {
    const items = Object.fromEntries([...counts].filter(([, count]) => count > 0));
    fields[kind] = Object.keys(items).length > 0 ? items : undefined;
  }
  // Absent rather than undefined, as the format writes it.
  const next = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as KeptVotes;
  return Object.keys(next).length === 0 ? undefined : next;
}

/**
 * Keeps a revealed result on the map: every voted touchpoint's `votes` gets this vote's counts for
 * its kind (earlier results of that kind replaced, other kinds kept), in one transaction with the
 * caller's origin, so it is one undoable change. Returns how many touchpoints changed.
 */
export function keepVoteResults(doc: Y.Doc, kind: VoteKind, tally: readonly TallyRow[], origin?: unknown): number {
  const perTouchpoint = new Map<string, Map<string, number>>();
  for (const row of tally) {
    const counts = perTouchpoint.get(row.candidate.touchpoint.id) ?? new Map<string, number>();
    counts.set(kind === "touchpoints" ? "" : row.candidate.text, row.dots);
    perTouchpoint.set(row.candidate.touchpoint.id, counts);
  }
  const { touchpoints } = journeyRoots(doc);
  let changed = 0;
  doc.transact(() => {
    for (const [id, counts] of perTouchpoint) {
      const entry = entryMap(touchpoints, id);
      if (!entry) continue;
      const stored = entry.get("votes");
      const previous = typeof stored === "object" && stored !== null ? (stored as KeptVotes) : undefined;
      const next = votesWith(previous, kind, counts);
      if (JSON.stringify(next) === JSON.stringify(previous)) continue;
      if (next === undefined) entry.delete("votes");
      else entry.set("votes", next);
      changed++;
    }
  }, origin);
  return changed;
}
