import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { exportJourney } from "../io/exportJourney";
import { readJourney } from "../ydoc/journeyCache";
import { createJourneyReader } from "../ydoc/journeyReader";
import { writeJourney } from "../ydoc/writeJourney";
import { REMOTE, recordUpdates, sampleJourney, syncAll, syncInto } from "../ydoc/testing/fixtures";
import { MAX_TIMER_MS, TIMES_UP_SHOWN_MS, readTimer, remainingMs, timerView, type Timer } from "./readTimer";
import { addTime, pauseTimer, resumeTimer, startTimer, stopTimer } from "./timerIntents";

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;

/** Two replicas relaying every update to each other at once, as two tabs on a live map do. */
function connectedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(b, update, REMOTE);
  });
  b.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(a, update, REMOTE);
  });
  return [a, b];
}

describe("the shared timer", () => {
  it("started on one replica is read, counting down, on the other", () => {
    const [anna, bo] = connectedPair();
    startTimer(anna, { durationMs: 5 * MINUTE, startedBy: " Anna ", now: T0 });
    const read = readTimer(bo);
    expect(read).toEqual({ state: "running", durationMs: 5 * MINUTE, endsAt: T0 + 5 * MINUTE, startedBy: "Anna" });
    expect(remainingMs(read, T0 + 90_000)).toBe(210_000);
    expect(timerView(read, T0 + 90_000)).toMatchObject({ phase: "running", remainingMs: 210_000, fraction: 0.7 });
  });

  it("pauses with what is left and resumes from there, whoever clicks", () => {
    const [anna, bo] = connectedPair();
    startTimer(anna, { durationMs: 5 * MINUTE, startedBy: "Anna", now: T0 });
    expect(pauseTimer(bo, T0 + 90_000)).toBe(true);
    expect(readTimer(anna)).toEqual({
      state: "paused",
      durationMs: 5 * MINUTE,
      remainingMs: 210_000,
      startedBy: "Anna",
    });
    // Paused time does not run out, however long the break.
    expect(remainingMs(readTimer(anna), T0 + 60 * MINUTE)).toBe(210_000);
    expect(pauseTimer(anna, T0 + 100_000)).toBe(false);

    const resumedAt = T0 + 10 * MINUTE;
    expect(resumeTimer(anna, resumedAt)).toBe(true);
    expect(readTimer(bo)).toMatchObject({ state: "running", endsAt: resumedAt + 210_000 });
    expect(remainingMs(readTimer(bo), resumedAt + 10_000)).toBe(200_000);
    expect(resumeTimer(bo, resumedAt + 1)).toBe(false);
  });

  it("adds time to a running, a paused and an ended countdown", () => {
    const [anna, bo] = connectedPair();
    startTimer(anna, { durationMs: 3 * MINUTE, startedBy: "Anna", now: T0 });
    addTime(bo, { ms: MINUTE, now: T0 + 30_000 });
    expect(readTimer(anna)).toMatchObject({ state: "running", durationMs: 4 * MINUTE, endsAt: T0 + 4 * MINUTE });

    pauseTimer(anna, T0 + MINUTE);
    addTime(bo, { ms: MINUTE, now: T0 + 2 * MINUTE });
    expect(readTimer(anna)).toMatchObject({ state: "paused", durationMs: 5 * MINUTE, remainingMs: 4 * MINUTE });

    resumeTimer(anna, T0 + 2 * MINUTE);
    const end = T0 + 6 * MINUTE;
    expect(timerView(readTimer(bo), end + 5_000).phase).toBe("ended");
    addTime(bo, { ms: MINUTE, now: end + 5_000 });
    expect(readTimer(anna)).toMatchObject({ state: "running", endsAt: end + 5_000 + MINUTE });

    expect(addTime(anna, { ms: MAX_TIMER_MS, now: end + 6_000 })).toBe(true);
    expect(readTimer(bo)).toMatchObject({ durationMs: MAX_TIMER_MS });
    expect(addTime(anna, { ms: MINUTE, now: end + 7_000 })).toBe(false);

    stopTimer(bo);
    expect(addTime(anna, { ms: MINUTE, now: end + 8_000 })).toBe(false);
    expect(readTimer(anna)).toEqual({ state: "stopped" });
  });

  it("says time's up at zero, then reads as idle once the moment has long passed", () => {
    const doc = new Y.Doc();
    startTimer(doc, { durationMs: 5000, startedBy: "Anna", now: T0 });
    const timer = readTimer(doc);
    expect(timerView(timer, T0 + 4_001)).toMatchObject({ phase: "running", remainingMs: 999 });
    expect(timerView(timer, T0 + 5_000)).toMatchObject({ phase: "ended", remainingMs: 0, startedBy: "Anna" });
    expect(timerView(timer, T0 + 5_000 + TIMES_UP_SHOWN_MS + 1).phase).toBe("idle");
    // A writer whose clock ran ahead cannot make a 5-second timer show more than 5 seconds.
    expect(remainingMs(timer, T0 - MINUTE)).toBe(5000);
  });

  it("writes each change as one transaction with the caller's origin, and stop only when there is something to stop", () => {
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    expect(stopTimer(doc, "anna")).toBe(false);
    startTimer(doc, { durationMs: 5000, startedBy: "Anna", now: T0 }, "anna");
    pauseTimer(doc, T0 + 1000, "bo");
    addTime(doc, { ms: 60_000, now: T0 + 2000 }, "anna");
    resumeTimer(doc, T0 + 3000, "bo");
    expect(stopTimer(doc, "anna")).toBe(true);
    expect(stopTimer(doc, "anna")).toBe(false);
    expect(updates.origins).toEqual(["anna", "bo", "anna", "bo", "anna"]);
  });

  it("refuses bad input, writing nothing", () => {
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    expect(() => startTimer(doc, { durationMs: 500, startedBy: "Anna", now: T0 })).toThrow(
      /durationMs must be at least 1000/,
    );
    expect(() => startTimer(doc, { durationMs: MAX_TIMER_MS + 1000, startedBy: "Anna", now: T0 })).toThrow(
      /durationMs/,
    );
    expect(() => startTimer(doc, { durationMs: 1500.5, startedBy: "Anna", now: T0 })).toThrow(/durationMs/);
    expect(() => startTimer(doc, { durationMs: 5000, startedBy: "x".repeat(201), now: T0 })).toThrow(/startedBy/);
    expect(() => pauseTimer(doc, Number.NaN)).toThrow(/pauseTimer/);
    expect(() => addTime(doc, { ms: -1000, now: T0 })).toThrow(/ms/);
    expect(updates.count()).toBe(0);
  });

  it("resolves a concurrent pause and restart to one whole state on both replicas", () => {
    const anna = new Y.Doc();
    const bo = new Y.Doc();
    startTimer(anna, { durationMs: 5 * MINUTE, startedBy: "Anna", now: T0 });
    syncAll([anna, bo]);
    // Offline from each other: Anna pauses while Bo starts a fresh three minutes.
    pauseTimer(anna, T0 + MINUTE);
    const paused = readTimer(anna);
    startTimer(bo, { durationMs: 3 * MINUTE, startedBy: "Bo", now: T0 + MINUTE });
    const restarted = readTimer(bo);
    syncAll([anna, bo]);
    const result = readTimer(anna);
    expect(readTimer(bo)).toEqual(result);
    expect([paused, restarted]).toContainEqual(result);
  });

  it("converges to one writer's whole state, whatever several replicas do concurrently", () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant("start" as const), minutes: fc.integer({ min: 1, max: 15 }) }),
      fc.record({ kind: fc.constantFrom("pause" as const, "resume" as const, "stop" as const) }),
      fc.record({ kind: fc.constant("add" as const) }),
    );
    const step = fc.record({
      replica: fc.nat(2),
      at: fc.integer({ min: 0, max: 20 * MINUTE }),
      action,
      sync: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
        const written: Timer[] = [readTimer(docs[0] as Y.Doc)];
        for (const { replica, at, action: todo, sync } of steps) {
          const doc = docs[replica] as Y.Doc;
          const now = T0 + at;
          if (todo.kind === "start")
            startTimer(doc, { durationMs: todo.minutes * MINUTE, startedBy: `p${replica}`, now });
          else if (todo.kind === "pause") pauseTimer(doc, now);
          else if (todo.kind === "resume") resumeTimer(doc, now);
          else if (todo.kind === "add") addTime(doc, { ms: MINUTE, now });
          else stopTimer(doc);
          written.push(readTimer(doc));
          if (sync) syncInto(doc, docs[(replica + 1) % docs.length] as Y.Doc);
        }
        syncAll(docs);
        const result = readTimer(docs[0] as Y.Doc);
        for (const doc of docs) expect(readTimer(doc)).toEqual(result);
        expect(written).toContainEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it("reads anything malformed as stopped, and a clean start overwrites it", () => {
    const cases: Record<string, unknown>[] = [
      {},
      { state: "running" },
      { state: "running", durationMs: 5000 },
      { state: "running", durationMs: "5000", endsAt: T0 },
      { state: "running", durationMs: 0, endsAt: T0 },
      { state: "running", durationMs: -5000, endsAt: T0 },
      { state: "running", durationMs: MAX_TIMER_MS + 1, endsAt: T0 },
      { state: "running", durationMs: 5000, endsAt: Number.POSITIVE_INFINITY },
      { state: "running", durationMs: 5000, endsAt: "soon" },
      { state: "paused", durationMs: 5000, remainingMs: 6000 },
      { state: "paused", durationMs: 5000, remainingMs: 0 },
      { state: "paused", durationMs: 5000, endsAt: T0 },
      { state: "ticking", durationMs: 5000, endsAt: T0 },
      { state: ["running"], durationMs: 5000, endsAt: T0 },
      { state: "running", durationMs: new Y.Map(), endsAt: T0 },
      { state: new Y.Text("running"), durationMs: 5000, endsAt: T0 },
    ];
    for (const fields of cases) {
      const doc = new Y.Doc();
      const root = doc.getMap<unknown>("timer");
      for (const [key, value] of Object.entries(fields)) root.set(key, value);
      expect(readTimer(doc), JSON.stringify(root.toJSON())).toEqual({ state: "stopped" });
      startTimer(doc, { durationMs: 5000, startedBy: "Anna", now: T0 });
      expect(readTimer(doc)).toMatchObject({ state: "running", endsAt: T0 + 5000 });
    }

    // Only the name is decorative: a garbage one costs the name, not the countdown.
    const doc = new Y.Doc();
    const root = doc.getMap<unknown>("timer");
    root.set("state", "running");
    root.set("durationMs", 5000);
    root.set("endsAt", T0);
    root.set("startedBy", { name: "Anna" });
    root.set("extra", "left by an integration");
    expect(readTimer(doc)).toEqual({ state: "running", durationMs: 5000, endsAt: T0, startedBy: "" });
    stopTimer(doc);
    expect(root.has("extra")).toBe(false);
  });

  it("reads as stopped, and refuses to write, when this replica opened the name as another type", () => {
    const doc = new Y.Doc();
    doc.getArray("timer");
    expect(readTimer(doc)).toEqual({ state: "stopped" });
    expect(() => startTimer(doc, { durationMs: 5000, startedBy: "Anna", now: T0 })).toThrow(/not a Y\.Map/);
  });

  it("is session state: neither in the map nor in its export, and no reason for the reader to change", () => {
    const doc = new Y.Doc();
    writeJourney(doc, sampleJourney());
    const reader = createJourneyReader(doc);
    const before = reader.read();
    const exported = exportJourney(readJourney(doc).map);
    startTimer(doc, { durationMs: 5000, startedBy: "Anna", now: T0 });
    pauseTimer(doc, T0 + 1000);
    expect(reader.read()).toBe(before);
    expect(readJourney(doc).invalidEntries).toEqual([]);
    expect(exportJourney(readJourney(doc).map)).toBe(exported);
    expect(exported).not.toMatch(/timer|durationMs|endsAt/);
    reader.destroy();
  });
});
