import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { exportJourney } from "../io/exportJourney";
import { importJourney } from "../io/importJourney";
import { readJourney } from "../ydoc/journeyCache";
import { writeJourney } from "../ydoc/writeJourney";
import { sampleJourney, syncAll } from "../ydoc/testing/fixtures";
import { castDot, endVote, keepVoteResults, revealVote, startVote, takeOverVote } from "./voteIntents";
import { BALLOTS_ROOT, candidateKey, readBallots, readVote, tallyVote, voteCandidates } from "./voteSession";

const START = 1_000_000;

function mapDoc(): Y.Doc {
  const doc = new Y.Doc();
  const map = sampleJourney();
  map.touchpoints = map.touchpoints.map((touchpoint) =>
    touchpoint.id === "t2" ? { ...touchpoint, painPoints: ["Slow checkout", "Hidden fees"] } : touchpoint,
  );
  writeJourney(doc, map);
  return doc;
}

function start(doc: Y.Doc, overrides: Partial<Parameters<typeof startVote>[1]> = {}) {
  return startVote(doc, {
    id: "v1",
    kind: "touchpoints",
    dotsPerPerson: 3,
    startedBy: "Anna",
    facilitatorKey: "anna-device",
    startedAt: START,
    ...overrides,
  });
}

function tally(doc: Y.Doc) {
  const session = readVote(doc);
  if (!session) throw new Error("no vote");
  return tallyVote(voteCandidates(readJourney(doc).map, session.kind), readBallots(doc, session));
}

const dot = (voterKey: string, itemKey: string, delta: 1 | -1 = 1, now = START + 1) => ({
  voteId: "v1",
  voterKey,
  itemKey,
  delta,
  now,
});

describe("dot voting", () => {
  it("gives each person their dots, no more, across devices, and ranks the result", () => {
    const [anna, bo] = [mapDoc(), new Y.Doc()];
    syncAll([anna, bo]);
    start(anna);
    syncAll([anna, bo]);
    expect(readVote(bo)?.kind).toBe("touchpoints");
    const t1 = candidateKey("touchpoints", "t1", "");
    const t3 = candidateKey("touchpoints", "t3", "");
    expect(castDot(anna, dot("a", t3))).toBe(true);
    expect(castDot(anna, dot("a", t3))).toBe(true);
    expect(castDot(anna, dot("a", t1))).toBe(true);
    expect(castDot(anna, dot("a", t1))).toBe(false); // all three spent
    expect(castDot(bo, dot("b", t1))).toBe(true);
    expect(castDot(bo, dot("b", t3, -1))).toBe(false); // nothing of Bo's there to take back
    syncAll([anna, bo]);
    const rows = tally(bo).map((row) => [row.candidate.touchpoint.id, row.dots, row.rank]);
    expect(rows.slice(0, 2)).toEqual([
      ["t1", 2, 1],
      ["t3", 2, 1],
    ]);
    expect(rows.slice(2).every(([, dots, rank]) => dots === 0 && rank === 3)).toBe(true);
  });

  it("closes at the time limit and at the reveal", () => {
    const doc = mapDoc();
    start(doc, { endsAt: START + 60_000 });
    const t1 = candidateKey("touchpoints", "t1", "");
    expect(castDot(doc, dot("a", t1, 1, START + 59_999))).toBe(true);
    expect(castDot(doc, dot("a", t1, 1, START + 60_000))).toBe(false);
    expect(castDot(doc, dot("a", t1, -1, START + 60_001))).toBe(false);
    expect(revealVote(doc, "v1")).toBe(true);
    expect(readVote(doc)?.state).toBe("revealed");
    expect(castDot(doc, dot("b", t1, 1, START + 1))).toBe(false);
  });

  it("counts no ballot that spends more dots than a person has, or belongs to another vote", () => {
    const doc = mapDoc();
    start(doc);
    const t1 = candidateKey("touchpoints", "t1", "");
    doc.getMap(BALLOTS_ROOT).set("stuffer", { voteId: "v1", dots: { [t1]: 50 } });
    doc.getMap(BALLOTS_ROOT).set("old", { voteId: "v0", dots: { [t1]: 1 } });
    doc.getMap(BALLOTS_ROOT).set("garbage", "lots");
    castDot(doc, dot("honest", t1));
    expect(tally(doc)[0]).toMatchObject({ dots: 1 });
  });

  it("votes on pain points by their text, and a new vote clears the old ballots", () => {
    const doc = mapDoc();
    start(doc, { kind: "painPoints" });
    const candidates = voteCandidates(readJourney(doc).map, "painPoints");
    const onT2 = candidates.filter((candidate) => candidate.touchpoint.id === "t2");
    expect(onT2.map((candidate) => candidate.text)).toEqual(["Slow checkout", "Hidden fees"]);
    castDot(doc, dot("a", candidateKey("painPoints", "t2", "Hidden fees")));
    expect(tally(doc)[0]?.candidate.text).toBe("Hidden fees");
    start(doc, { id: "v2" });
    expect(doc.getMap(BALLOTS_ROOT).size).toBe(0);
  });

  it("keeps a revealed result on the map as one undoable change, exported and imported with the map", () => {
    const doc = mapDoc();
    start(doc, { kind: "painPoints" });
    castDot(doc, dot("a", candidateKey("painPoints", "t2", "Hidden fees")));
    castDot(doc, dot("a", candidateKey("painPoints", "t2", "Hidden fees")));
    castDot(doc, dot("b", candidateKey("painPoints", "t2", "Slow checkout")));
    revealVote(doc, "v1");
    const undo = new Y.UndoManager(doc.getMap("touchpoints"), { trackedOrigins: new Set(["anna"]) });
    expect(keepVoteResults(doc, "painPoints", tally(doc), "anna")).toBe(1);
    const t2 = () => readJourney(doc).map.touchpoints.find((touchpoint) => touchpoint.id === "t2");
    expect(t2()?.votes).toEqual({ painPoints: { "Hidden fees": 2, "Slow checkout": 1 } });
    const imported = importJourney(exportJourney(readJourney(doc).map));
    expect(imported.ok && imported.map.touchpoints.find((touchpoint) => touchpoint.id === "t2")?.votes).toEqual({
      painPoints: { "Hidden fees": 2, "Slow checkout": 1 },
    });
    undo.undo();
    expect(t2()?.votes).toBeUndefined();
  });

  it("a kept touchpoint vote leaves earlier pain-point votes in place; ending removes the vote, not the result", () => {
    const doc = mapDoc();
    start(doc, { kind: "painPoints" });
    castDot(doc, dot("a", candidateKey("painPoints", "t2", "Slow checkout")));
    keepVoteResults(doc, "painPoints", tally(doc));
    start(doc, { id: "v2", kind: "touchpoints" });
    castDot(doc, { ...dot("a", candidateKey("touchpoints", "t2", "")), voteId: "v2" });
    keepVoteResults(doc, "touchpoints", tally(doc));
    endVote(doc);
    expect(readVote(doc)).toBeUndefined();
    expect(readJourney(doc).map.touchpoints.find((touchpoint) => touchpoint.id === "t2")?.votes).toEqual({
      painPoints: { "Slow checkout": 1 },
      touchpoint: 1,
    });
  });

  it("lets another editor take over a vote, and reads garbage in the vote root as no vote", () => {
    const doc = mapDoc();
    start(doc);
    expect(takeOverVote(doc, "v1", "bo-device")).toBe(true);
    expect(readVote(doc)?.facilitatorKey).toBe("bo-device");
    doc.getMap("vote").set("dotsPerPerson", "many");
    expect(readVote(doc)).toBeUndefined();
    expect(readJourney(doc).invalidEntries).toEqual([]);
  });
});
