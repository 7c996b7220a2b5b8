import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { exportJourney } from "../io/exportJourney";
import { importJourney } from "../io/importJourney";
import { readJourney, type JourneyReadResult } from "./journeyCache";
import { createJourneyReader, type JourneyReader } from "./journeyReader";
import { writeJourney } from "./writeJourney";
import { journeyArb } from "./testing/arbitraries";
import { REMOTE, replicasOf } from "./testing/fixtures";
import { applyCommand, commandArb, type Command } from "./testing/journeyCommands";

type Step = { replica: number } & ({ command: Command } | { deliver: number } | { redeliver: number });

interface Replica {
  doc: Y.Doc;
  reader: JourneyReader;
  /** Updates of other replicas not yet applied here. */
  inbox: Uint8Array[];
  /** Updates applied here, which the network may deliver again. */
  delivered: Uint8Array[];
}

const scenarioArb = fc.integer({ min: 2, max: 4 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    initial: journeyArb,
    steps: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.record({ replica: fc.nat(count - 1), command: commandArb({ garbage: true }) }) },
        { weight: 2, arbitrary: fc.record({ replica: fc.nat(count - 1), deliver: fc.nat() }) },
        { weight: 1, arbitrary: fc.record({ replica: fc.nat(count - 1), redeliver: fc.nat() }) },
      ) as fc.Arbitrary<Step>,
      { minLength: 1, maxLength: 24 },
    ),
    /** Choices for the final delivery: which replica, which update, whether to deliver it twice. */
    flush: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
  }),
);

/** The map read from a document must pass import at every moment, whatever the replicas did. */
function checkedRead(replica: Replica): JourneyReadResult {
  const result = readJourney(replica.doc);
  const text = exportJourney(result.map);
  const imported = importJourney(text);
  expect(imported.ok ? [] : imported.problems).toEqual([]);
  expect(replica.reader.read()).toEqual(result);
  return result;
}

function receive(replica: Replica, update: Uint8Array): void {
  Y.applyUpdate(replica.doc, update, REMOTE);
  replica.delivered.push(update);
}

function runStep(replicas: readonly Replica[], step: Step): void {
  const replica = replicas[step.replica];
  if (replica === undefined) return;
  if ("command" in step) {
    applyCommand(replica.doc, step.command, `user-${step.replica}`);
  } else if ("deliver" in step) {
    if (replica.inbox.length === 0) return;
    const [update] = replica.inbox.splice(step.deliver % replica.inbox.length, 1);
    if (update !== undefined) receive(replica, update);
  } else {
    const update = replica.delivered[step.redeliver % Math.max(1, replica.delivered.length)];
    if (update !== undefined) receive(replica, update);
  }
  checkedRead(replica);
}

/** Delivers everything still in flight, in an order (and with duplicates) fast-check chose. */
function flushAll(replicas: readonly Replica[], choices: readonly number[]): void {
  for (let turn = 0; ; turn++) {
    const waiting = replicas.filter((replica) => replica.inbox.length > 0);
    if (waiting.length === 0) return;
    const choice = choices[turn % choices.length] ?? 0;
    const replica = waiting[choice % waiting.length];
    if (replica === undefined) return;
    const [update] = replica.inbox.splice((choice >> 2) % replica.inbox.length, 1);
    if (update === undefined) continue;
    receive(replica, update);
    if (choice % 5 === 0) receive(replica, update);
  }
}

describe("concurrent editing", () => {
  it("converges: replicas that applied random conflicting intents in any order read the same map", () => {
    fc.assert(
      fc.property(scenarioArb, ({ count, initial, steps, flush }) => {
        const docs = replicasOf(initial, count, writeJourney);
        const replicas: Replica[] = docs.map((doc) => ({
          doc,
          reader: createJourneyReader(doc),
          inbox: [],
          delivered: [],
        }));
        for (const replica of replicas) {
          replica.doc.on("update", (update: Uint8Array, origin: unknown) => {
            if (origin === REMOTE) return;
            for (const other of replicas) if (other !== replica) other.inbox.push(update);
          });
        }
        for (const step of steps) runStep(replicas, step);
        flushAll(replicas, flush);

        const results = replicas.map(checkedRead);
        const [first, ...others] = results;
        for (const other of others) {
          expect(other).toEqual(first);
          expect(exportJourney(other.map)).toBe(exportJourney(first?.map ?? initial));
        }
        for (const replica of replicas) replica.reader.destroy();
      }),
      { numRuns: 150 },
    );
  });
});
