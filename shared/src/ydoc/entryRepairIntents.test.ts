import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { InvalidEntry } from "../validation/report";
import { EntryChangedError, removeEntry, repairOptions, replaceEntry } from "./entryRepairIntents";
import { readJourney } from "./journeyCache";
import { journeyRoots } from "./layout";
import { writeJourney } from "./writeJourney";
import { garbageCommandArb, journeyArb } from "./testing/arbitraries";
import { sampleJourney } from "./testing/fixtures";
import { applyCommand } from "./testing/journeyCommands";

const LOCAL = Symbol("local");

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, sampleJourney());
  return doc;
}

function invalidEntry(doc: Y.Doc, collection: InvalidEntry["collection"], entryId: string): InvalidEntry {
  const entry = readJourney(doc).invalidEntries.find(
    (each) => each.collection === collection && each.entryId === entryId,
  );
  if (!entry) throw new Error(`${collection} ${entryId} is not reported invalid`);
  return entry;
}

function breakField(
  doc: Y.Doc,
  collection: "touchpoints" | "channels" | "connections",
  id: string,
  field: string,
  value: unknown,
) {
  const entry = journeyRoots(doc)[collection].get(id) as Y.Map<unknown>;
  entry.set(field, value);
}

describe("replaceEntry", () => {
  it("puts a corrected touchpoint back on the map, as one undoable step", () => {
    const doc = sampleDoc();
    const undo = new Y.UndoManager(Object.values(journeyRoots(doc)), { trackedOrigins: new Set([LOCAL]) });
    breakField(doc, "touchpoints", "t2", "itSupport", "excellent");
    const broken = invalidEntry(doc, "touchpoints", "t2");
    expect(readJourney(doc).map.touchpoints.map(({ id }) => id)).not.toContain("t2");

    replaceEntry(doc, broken, { ...(broken.raw as object), itSupport: "integrated" }, LOCAL);

    const { map, invalidEntries } = readJourney(doc);
    expect(invalidEntries).toEqual([]);
    expect(map.touchpoints.find(({ id }) => id === "t2")).toMatchObject({
      title: "Orders online",
      itSupport: "integrated",
    });
    undo.undo();
    expect(invalidEntry(doc, "touchpoints", "t2").raw).toEqual(broken.raw);
  });

  it("refuses a replacement that would still be invalid, naming the path, and writes nothing", () => {
    const doc = sampleDoc();
    breakField(doc, "touchpoints", "t2", "itSupport", "excellent");
    const broken = invalidEntry(doc, "touchpoints", "t2");
    const before = Y.encodeStateVector(doc);

    expect(() => replaceEntry(doc, broken, { ...(broken.raw as object), emotion: 7 })).toThrow(/emotion/);
    expect(() => replaceEntry(doc, broken, { ...(broken.raw as object), itSupport: "integrated", id: "t9" })).toThrow(
      /id must stay "t2"/,
    );
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("refuses to overwrite an entry someone changed after the repair view showed it", () => {
    const doc = sampleDoc();
    breakField(doc, "touchpoints", "t2", "itSupport", "excellent");
    const shown = invalidEntry(doc, "touchpoints", "t2");
    breakField(doc, "touchpoints", "t2", "title", "Orders in the shop");

    expect(() => replaceEntry(doc, shown, { ...(shown.raw as object), itSupport: "none" })).toThrow(EntryChangedError);
    expect(invalidEntry(doc, "touchpoints", "t2").raw).toMatchObject({ title: "Orders in the shop" });
  });

  it("repairs a stage where it stands and will not give it an id another stage has", () => {
    const doc = sampleDoc();
    const stages = journeyRoots(doc).stages;
    (stages.get(1) as Y.Map<unknown>).set("phase", "middle");
    const broken = invalidEntry(doc, "stages", "1");

    expect(() => replaceEntry(doc, broken, { id: "s1", phase: "during", title: "Order" })).toThrow(/stages\[0\]/);
    replaceEntry(doc, broken, { id: "s2", phase: "during", title: "Order" });
    expect(readJourney(doc).map.stages.map(({ id }) => id)).toEqual(["s1", "s2", "s3"]);
  });

  it("repairs a meta field", () => {
    const doc = sampleDoc();
    journeyRoots(doc).meta.set("market", "everyone");
    replaceEntry(doc, invalidEntry(doc, "meta", "market"), "b2b");
    expect(readJourney(doc).map.market).toBe("b2b");
  });
});

describe("removeEntry", () => {
  it("deletes a broken touchpoint together with its connections", () => {
    const doc = sampleDoc();
    breakField(doc, "touchpoints", "t2", "position", "top left");
    removeEntry(doc, invalidEntry(doc, "touchpoints", "t2"));

    const { map, invalidEntries } = readJourney(doc);
    expect(invalidEntries).toEqual([]);
    expect(map.touchpoints.map(({ id }) => id)).toEqual(["t1", "t3", "t4"]);
    expect(map.connections.map(({ id }) => id)).toEqual(["c3"]);
  });

  it("lets a meta field fall back to its default", () => {
    const doc = sampleDoc();
    journeyRoots(doc).meta.set("coverage", { before: ["sales", "sales"], during: [], after: [] });
    removeEntry(doc, invalidEntry(doc, "meta", "coverage"));
    expect(readJourney(doc).map.coverage.before).toEqual(["sales", "service", "communication"]);
  });

  it("leaves no repairable problem behind, whatever garbage a client wrote", () => {
    fc.assert(
      fc.property(journeyArb, fc.array(garbageCommandArb, { minLength: 1, maxLength: 10 }), (initial, garbage) => {
        const doc = new Y.Doc();
        writeJourney(doc, initial);
        for (const command of garbage) applyCommand(doc, command);
        // Highest stage index first, so removing one does not renumber the others still to go.
        const removable = () =>
          readJourney(doc)
            .invalidEntries.filter((entry) => repairOptions(entry).remove)
            .sort((a, b) => Number(b.entryId) - Number(a.entryId));
        for (let guard = 0; guard < 50 && removable().length > 0; guard++) removeEntry(doc, removable()[0]!);
        expect(removable()).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});

describe("repairOptions", () => {
  it("offers only removal for an entry that is valid but past a limit or a copy of a stage", () => {
    const limit: InvalidEntry = {
      collection: "touchpoints",
      entryId: "t-5001",
      problems: [
        { path: "", message: "is past the limit of 5000 touchpoints a map may hold (the first 5000 by id are kept)" },
      ],
      raw: {},
    };
    expect(repairOptions(limit)).toEqual({ replace: false, remove: true });
    const root: InvalidEntry = { collection: "stages", entryId: "", problems: [{ path: "", message: "x" }], raw: null };
    expect(repairOptions(root)).toEqual({ replace: false, remove: false });
  });
});
