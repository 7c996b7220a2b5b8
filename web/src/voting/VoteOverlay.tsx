import { useMemo } from "react";
import type * as Y from "yjs";
import {
  castDot,
  endVote,
  keepVoteResults,
  readBallots,
  readVote,
  revealVote,
  takeOverVote,
  tallyVote,
  voteCandidates,
  type JourneyMap,
} from "@kundresa/shared";
import { LOCAL_ORIGIN, VOTE_ORIGIN } from "../collab/origins";
import { undoableStep } from "../editor/undoableStep";
import { useTicking, type VoteState } from "./useVote";
import { deviceKey, voterKey } from "./voteKeys";
import { VotePanel } from "./VotePanel";

/** The running vote wired to the document: what the panel shows and what its buttons write. */
export function VoteOverlay({
  doc,
  undo,
  map,
  readOnly,
  now,
  vote,
}: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  map: JourneyMap;
  readOnly: boolean;
  /** The server's clock (the timer session's): a vote's end is the same moment on every screen. */
  now: () => number;
  /** The running vote, read once by the workspace (which also decides whether this part loads). */
  vote: VoteState;
}) {
  const { session, ballots } = vote;
  const ticking = session !== undefined && session.state === "open" && session.endsAt !== undefined;
  const time = useTicking(now, ticking);
  const myKey = useMemo(() => (session ? voterKey(session.id) : ""), [session]);
  if (!session) return null;
  const voteId = session.id;
  return (
    <VotePanel
      session={session}
      ballots={ballots}
      map={map}
      now={time}
      readOnly={readOnly}
      facilitating={session.facilitatorKey === deviceKey()}
      voterKey={myKey}
      onDot={(itemKey, delta) => castDot(doc, { voteId, voterKey: myKey, itemKey, delta, now: now() }, VOTE_ORIGIN)}
      onReveal={() => revealVote(doc, voteId, VOTE_ORIGIN)}
      onEnd={() => endVote(doc, VOTE_ORIGIN)}
      onTakeOver={() => takeOverVote(doc, voteId, deviceKey(), VOTE_ORIGIN)}
      onKeep={() => {
        // Tallied from the document as it is now, not as last drawn: a dot may have just arrived.
        const current = readVote(doc);
        if (!current || current.id !== voteId) return 0;
        const tally = tallyVote(voteCandidates(map, current.kind), readBallots(doc, current));
        let changed = 0;
        undoableStep(doc, undo, () => {
          changed = keepVoteResults(doc, current.kind, tally, LOCAL_ORIGIN);
        });
        return changed;
      }}
    />
  );
}
