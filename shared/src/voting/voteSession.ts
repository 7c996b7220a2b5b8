import type * as Y from "yjs";
import { z } from "zod";
import type { JourneyMap } from "../format/journeyMap";
import { idSchema } from "../format/primitives";
import { canonicalJourney } from "../io/exportJourney";
import type { Touchpoint } from "../format/touchpoint";

/*
 * A dot vote, as the Y.Doc holds it while it runs. Two roots, neither part of the journey map (so
 * neither is exported nor read into the map):
 *
 * | key           | type         | entries                                                          |
 * | `vote`        | Y.Map        | the running vote: id, kind, dotsPerPerson, endsAt?, state,        |
 * |               |              | startedBy (a name), facilitatorKey, startedAt (plain values)     |
 * | `voteBallots` | Y.Map<plain> | keyed by a voter key: { voteId, dots: { [itemKey]: number } }    |
 *
 * Votes are anonymous: a ballot is keyed by a random key its device made for this vote, never by a
 * name, and the editor shows nobody's ballot but your own and no tally before the reveal. (Any
 * client can read the document, so "anonymous" means no name is attached, not that the counts are
 * secret from a determined program.) A kept result goes onto the map as touchpoints' `votes`.
 */
export const VOTE_ROOT = "vote";
export const BALLOTS_ROOT = "voteBallots";

export const VOTE_KINDS = ["touchpoints", "painPoints", "opportunities"] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];
export const MAX_DOTS_PER_PERSON = 20;
/** An hour: a dot vote in a workshop takes minutes; anything longer is a mistake. */
export const MAX_VOTE_MS = 60 * 60 * 1000;

export const voteSessionSchema = z.object({
  id: idSchema,
  kind: z.enum(VOTE_KINDS),
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
  /** Server-clock milliseconds when voting closes; absent: open until the facilitator reveals. */
  endsAt: z.number().finite().optional(),
  state: z.enum(["open", "revealed"]),
  startedBy: z.string().max(200),
  /** Held by the device that may reveal and end the vote (another editor can take over). */
  facilitatorKey: idSchema,
  startedAt: z.number().finite(),
});
export type VoteSession = z.infer<typeof voteSessionSchema>;

/** The running vote, or undefined when there is none or what is stored is not one (any client may write). */
export function readVote(doc: Y.Doc): VoteSession | undefined {
  try {
    const root = doc.getMap<unknown>(VOTE_ROOT);
    if (root.size === 0) return undefined;
    const parsed = voteSessionSchema.safeParse(root.toJSON());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether dots can still be placed at `now` (server clock). */
export function isVotingOpen(session: VoteSession, now: number): boolean {
  return session.state === "open" && (session.endsAt === undefined || now < session.endsAt);
}

/** What one can vote on: a touchpoint, or one of its pain points or opportunities (by its text). */
export interface VoteCandidate {
  /** `t:<touchpointId>`, or `p:`/`o:` + touchpoint id + NUL + the item's text. */
  key: string;
  touchpoint: Touchpoint;
  /** The item's text; the touchpoint's title for a touchpoint vote. */
  text: string;
}

export function candidateKey(kind: VoteKind, touchpointId: string, text: string): string {
  if (kind === "touchpoints") return `t:${touchpointId}`;
  return `${kind === "painPoints" ? "p" : "o"}:${touchpointId}\u0000${text}`;
}

/** The candidates of a vote in the map's reading order: by stage, then top to bottom (the export's order). */
export function voteCandidates(map: JourneyMap, kind: VoteKind): VoteCandidate[] {
  const candidates: VoteCandidate[] = [];
  for (const touchpoint of canonicalJourney(map).touchpoints) {
    if (kind === "touchpoints") {
      candidates.push({ key: candidateKey(kind, touchpoint.id, touchpoint.title), touchpoint, text: touchpoint.title });
      continue;
    }
    const seen = new Set<string>();
    for (const text of kind === "painPoints" ? touchpoint.painPoints : touchpoint.opportunities) {
      // The same text twice on one card is one item: the format names items by their text.
      if (text.trim() === "" || seen.has(text)) continue;
      seen.add(text);
      candidates.push({ key: candidateKey(kind, touchpoint.id, text), touchpoint, text });
    }
  }
  return candidates;
}

const ballotSchema = z.object({
  voteId: idSchema,
  dots: z.record(z.string(), z.number().int().min(0).max(MAX_DOTS_PER_PERSON)),
});

/**
 * The ballots of vote `session`: each voter's dots per item, honest ones only. A ballot of another
 * vote, a malformed one, or one spending more dots than a person has is left out, so nobody can
 * stuff the result by writing to the document.
 */
export function readBallots(doc: Y.Doc, session: VoteSession): Map<string, Record<string, number>> {
  const ballots = new Map<string, Record<string, number>>();
  try {
    doc.getMap<unknown>(BALLOTS_ROOT).forEach((value, voterKey) => {
      const parsed = ballotSchema.safeParse(value);
      if (!parsed.success || parsed.data.voteId !== session.id) return;
      const spent = Object.values(parsed.data.dots).reduce((sum, dots) => sum + dots, 0);
      if (spent > session.dotsPerPerson) return;
      ballots.set(voterKey, parsed.data.dots);
    });
  } catch {
    // A root opened as another type by this replica: no ballots to count.
  }
  return ballots;
}

export interface TallyRow {
  candidate: VoteCandidate;
  dots: number;
  /** 1 for the most dots; candidates with the same dots share a rank. */
  rank: number;
}

/** The result: every candidate with its dots, most first, ties in reading order. */
export function tallyVote(
  candidates: readonly VoteCandidate[],
  ballots: ReadonlyMap<string, Record<string, number>>,
): TallyRow[] {
  const totals = new Map<string, number>();
  for (const dots of ballots.values()) {
    for (const [key, count] of Object.entries(dots)) totals.set(key, (totals.get(key) ?? 0) + count);
  }
  const rows = candidates.map((candidate, order) => ({ candidate, dots: totals.get(candidate.key) ?? 0, order }));
  rows.sort((a, b) => b.dots - a.dots || a.order - b.order);
  let rank = 0;
  let previous = Number.NaN;
  return rows.map((row, index) => {
    if (row.dots !== previous) rank = index + 1;
    previous = row.dots;
    return { candidate: row.candidate, dots: row.dots, rank };
  });
}

/** How many of a person's dots are placed. */
export function dotsSpent(ballot: Readonly<Record<string, number>> | undefined): number {
  return Object.values(ballot ?? {}).reduce((sum, dots) => sum + dots, 0);
}
