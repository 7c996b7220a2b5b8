import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { LIMITS } from "../format/limits";
import { exportJourney } from "../io/exportJourney";
import { importJourney, utf8ByteLength } from "../io/importJourney";
import { readJourney } from "./journeyCache";
import { addTouchpoint } from "./touchpointIntents";
import { exportCost, metaCost } from "./sizeBudget";
import { journeyArb } from "./testing/arbitraries";
import { touchpoint } from "../testing/journeyFixtures";

describe("the size budget", () => {
  it("estimates an export's size from above, within a few bytes", () => {
    fc.assert(
      fc.property(journeyArb, (map) => {
        const entries = [...map.stages, ...map.channels, ...map.touchpoints, ...map.connections, ...map.comments];
        const estimate = metaCost(map) + entries.reduce((sum, entry) => sum + exportCost(entry), 0);
        const actual = utf8ByteLength(exportJourney(map));
        expect(estimate).toBeGreaterThanOrEqual(actual);
        expect(estimate - actual).toBeLessThanOrEqual(16);
      }),
      { numRuns: 100 },
    );
  });

  it("leaves out the touchpoints that would push the map past 5 MiB, so the export still imports", () => {
    const doc = new Y.Doc();
    // Each touchpoint is valid on its own; 300 of them hold about 6 MB of notes.
    const notes = "é".repeat(LIMITS.maxStringLength);
    for (let index = 0; index < 300; index++) {
      addTouchpoint(doc, touchpoint({ id: `t${String(index).padStart(3, "0")}`, stageId: "s1", notes }));
    }
    const { map, invalidEntries } = readJourney(doc);
    const text = exportJourney(map);
    expect(utf8ByteLength(text)).toBeLessThanOrEqual(LIMITS.maxBodyBytes);
    expect(importJourney(text).ok).toBe(true);
    expect(map.touchpoints.length + invalidEntries.length).toBe(300);
    // The ones kept are those with the smallest ids, so every replica leaves out the same ones.
    const kept = map.touchpoints.map((entry) => entry.id);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, index) => `t${String(index).padStart(3, "0")}`));
    expect(invalidEntries[0]?.problems[0]?.message).toMatch(/over 5 MiB/);
  });
});
