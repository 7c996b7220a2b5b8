import { describe, expect, it } from "vitest";
import { CURRENT_VERSION, type JourneyMap } from "../format/journeyMap";
import { TEMPLATES } from "../templates";
import { sampleFile } from "./fixtures.test-support";
import { exportJourney, journeyToJson } from "./exportJourney";
import { importJourney } from "./importJourney";
import { journeyMigrations } from "./journeyMigrations";
import { createMigrationSequence, type Migration } from "./migrations";

/** A made-up history of three versions, to prove the chain runs forward from any older one. */
const steps: Migration[] = [
  {
    from: 1,
    description: "rename `name` to `title`",
    up: ({ name, ...rest }) => ({ ...rest, title: name }),
  },
  {
    from: 2,
    description: "add `tags`",
    up: (document) => ({ ...document, tags: [] }),
  },
];

describe("createMigrationSequence", () => {
  const sequence = createMigrationSequence(1, 3, steps);

  it("runs every step forward from version 1", () => {
    expect(sequence.migrate({ version: 1, name: "Old" })).toEqual({
      ok: true,
      document: { version: 3, title: "Old", tags: [] },
      migratedFrom: 1,
    });
  });

  it("runs only the remaining steps from a middle version", () => {
    expect(sequence.migrate({ version: 2, title: "Mid" })).toEqual({
      ok: true,
      document: { version: 3, title: "Mid", tags: [] },
      migratedFrom: 2,
    });
  });

  it("leaves a current document as it is", () => {
    expect(sequence.migrate({ version: 3, title: "Now", tags: ["a"] })).toEqual({
      ok: true,
      document: { version: 3, title: "Now", tags: ["a"] },
      migratedFrom: 3,
    });
  });

  it("refuses newer and unknown versions with a reason", () => {
    const newer = sequence.migrate({ version: 4 });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.problem.message).toMatch(/newer than this Kundresa understands \(up to 3\)/);
    const older = sequence.migrate({ version: 0 });
    if (older.ok) throw new Error("version 0 must be refused");
    expect(older.problem).toEqual({ path: "version", message: expect.stringMatching(/not a known version/) });
  });

  it("refuses to build a sequence with a gap, a missing step or a step out of order", () => {
    expect(() => createMigrationSequence(1, 3, [steps[0]!])).toThrow(/expected 2 steps/);
    expect(() => createMigrationSequence(1, 3, [steps[1]!, steps[0]!])).toThrow(/step 0 migrates from 2, expected 1/);
    expect(() => createMigrationSequence(1, 2, steps)).toThrow(/expected 1 steps/);
  });
});

describe("the journey-map migrations", () => {
  it("start at version 1 and end at the version this build writes", () => {
    expect(journeyMigrations.firstVersion).toBe(1);
    expect(journeyMigrations.currentVersion).toBe(CURRENT_VERSION);
  });

  it("refuse a file from a newer Kundresa", () => {
    const result = journeyMigrations.migrate({ version: CURRENT_VERSION + 1 });
    expect(result.ok).toBe(false);
  });

  /** A map as Kundresa 0.1 (format version 1) wrote it: no comments, no votes, `version: 1`. */
  function asVersion1(map: JourneyMap): Record<string, unknown> {
    const { comments: _comments, touchpoints, ...rest } = journeyToJson(map);
    return {
      ...rest,
      version: 1,
      touchpoints: (touchpoints as Record<string, unknown>[]).map(({ votes: _votes, ...touchpoint }) => touchpoint),
    };
  }

  it.each([
    ...TEMPLATES.map((template) => [`template ${template.id}`, template.build()] as const),
    ["the sample fixture", importedSample()] as const,
  ])("bring %s from version 1 to version 2 with nothing lost", (_name, map) => {
    const file = asVersion1(map);
    const result = importJourney(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.migratedFrom).toBe(1);
    expect(result.map.version).toBe(2);
    expect(result.map.comments).toEqual([]);
    // Everything version 1 held reads the same; written again, only the version and the new list differ.
    const written = JSON.parse(exportJourney(result.map)) as Record<string, unknown>;
    expect(written).toEqual({ ...file, version: 2, comments: [] });
  });

  it("drop a `comments` or `votes` that a version 1 file carried as unknown fields, as version 1 did", () => {
    const file = asVersion1(importedSample());
    file["comments"] = "not threads";
    (file["touchpoints"] as Record<string, unknown>[])[0]!["votes"] = 7;
    const result = importJourney(file);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.map.comments).toEqual([]);
    expect(result.map.touchpoints.every((touchpoint) => touchpoint.votes === undefined)).toBe(true);
  });
});

function importedSample(): JourneyMap {
  const result = importJourney(sampleFile());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.map;
}
