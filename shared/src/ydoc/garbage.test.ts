import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { exportJourney } from "../io/exportJourney";
import { importJourney } from "../io/importJourney";
import { readJourney } from "./journeyCache";
import { ROOT_NAMES, journeyRoots } from "./layout";
import { writeJourney } from "./writeJourney";
import { garbageCommandArb, garbageValueArb, journeyArb } from "./testing/arbitraries";
import { sampleJourney, syncInto } from "./testing/fixtures";
import { applyCommand, buildGarbage } from "./testing/journeyCommands";

/** What every read must give, whatever the document holds. */
function expectUsableRead(doc: Y.Doc): void {
  const { map, invalidEntries } = readJourney(doc);
  const fromText = importJourney(exportJourney(map));
  expect(fromText.ok ? [] : fromText.problems).toEqual([]);
  expect(importJourney(map).ok).toBe(true);
  // The report goes out as JSON (server, CLI): every raw entry must survive that.
  expect(() => JSON.stringify(invalidEntries)).not.toThrow();
  for (const entry of invalidEntries) expect(entry.problems.length).toBeGreaterThan(0);
}

describe("a document holding garbage", () => {
  it("always reads as a map that passes import, reporting what it left out", () => {
    fc.assert(
      fc.property(journeyArb, fc.array(garbageCommandArb, { minLength: 1, maxLength: 12 }), (initial, garbage) => {
        const doc = new Y.Doc();
        writeJourney(doc, initial);
        for (const command of garbage) {
          applyCommand(doc, command);
          expectUsableRead(doc);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("reads whatever a remote client wrote after opening the roots as other shared types", () => {
    const rootKindArb = fc.constantFrom("map", "array", "text");
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.values(ROOT_NAMES)), rootKindArb),
        fc.array(fc.tuple(fc.string({ maxLength: 4 }), garbageValueArb), { maxLength: 6 }),
        (kinds, values) => {
          const rogue = new Y.Doc();
          for (const [name, kind] of Object.entries(kinds)) {
            if (kind === "text") rogue.getText(name).insert(0, "hello");
            else if (kind === "array")
              rogue.getArray(name).push(values.map(([, value]) => buildGarbage(value) ?? null));
            else for (const [key, value] of values) rogue.getMap(name).set(key, buildGarbage(value));
          }
          const doc = new Y.Doc();
          writeJourney(doc, sampleJourney());
          syncInto(rogue, doc);
          expectUsableRead(doc);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("survives a locally stored value that throws when read", () => {
    const doc = new Y.Doc();
    writeJourney(doc, sampleJourney());
    const hostile = Object.defineProperty({}, "x", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    (journeyRoots(doc).touchpoints.get("t1") as Y.Map<unknown>).set("position", hostile);
    journeyRoots(doc).meta.set("coverage", hostile);
    const { map, invalidEntries } = readJourney(doc);
    expect(map.touchpoints.map((entry) => entry.id)).toEqual(["t2", "t3", "t4"]);
    expect(invalidEntries.map((entry) => [entry.collection, entry.entryId])).toEqual([
      ["meta", "coverage"],
      ["touchpoints", "t1"],
    ]);
    expectUsableRead(doc);
  });
});
