import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateJourney } from "../../bench/generateJourney";
import { CATEGORIES, IT_SUPPORT_LEVELS, PHASES } from "../format/enums";
import type { Coverage, JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import { createJourneyValidator } from "./journeyValidator";
import type { InvalidEntry } from "./report";
import { channel, connection, stage, testMap, touchpoint } from "./testMap";
import { validateJourney } from "./validateJourney";

/*
 * Random edits of a journey map made the way the editor makes them: immutably, with structural
 * sharing (untouched touchpoints, connections and arrays keep their identity). Ids come from small
 * pools so that edits collide: a connection end that names a touchpoint, then does not; a touchpoint
 * id that is in use twice.
 */

const TOUCHPOINT_IDS = ["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"];
/** Two more than touchpoints ever get, so some connection ends always dangle. */
const ENDPOINT_IDS = [...TOUCHPOINT_IDS, "t8", "t9"];
const STAGE_IDS = ["s0", "s1", "s2", "s3", "s4"];
const CHANNEL_IDS = ["ch0", "ch1", "ch2", "ch3", "ch4", "ch5"];

const touchpointFields = fc.record(
  {
    id: fc.constantFrom(...TOUCHPOINT_IDS),
    title: fc.constantFrom("Welcome call", "", "Order", "Technician visit"),
    stageId: fc.constantFrom(...STAGE_IDS),
    channelIds: fc.uniqueArray(fc.constantFrom(...CHANNEL_IDS), { maxLength: 3 }),
    itSupport: fc.constantFrom(...IT_SUPPORT_LEVELS),
    critical: fc.boolean(),
    position: fc.record({ x: fc.integer({ min: 0, max: 500 }), y: fc.integer({ min: 0, max: 500 }) }),
  },
  { requiredKeys: [] },
);

const newTouchpoint = fc
  .tuple(fc.constantFrom(...TOUCHPOINT_IDS), touchpointFields)
  .map(([id, fields]) => touchpoint(id, { stageId: "s0", channelIds: ["ch0"], ...fields }));

const coverage: fc.Arbitrary<Coverage> = fc.record({
  before: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
  during: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
  after: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
});

const invalidEntries: fc.Arbitrary<InvalidEntry[]> = fc.array(
  fc.record({
    collection: fc.constantFrom("meta", "stages", "channels", "touchpoints", "connections" as const),
    entryId: fc.constantFrom("a", "b", "c"),
    problems: fc.constant([{ path: "title", message: "is required" }]),
    raw: fc.constant({}),
  }),
  { maxLength: 3 },
);

const at = fc.nat({ max: 50 });

type JourneyEdit = { describe: string; apply: (map: JourneyMap) => JourneyMap };

function replaceAt<T>(items: readonly T[], index: number, make: (item: T) => T): T[] {
  if (items.length === 0) return [...items];
  const target = index % items.length;
  return items.map((item, position) => (position === target ? make(item) : item));
}

function removeAt<T>(items: readonly T[], index: number): T[] {
  if (items.length === 0) return [...items];
  const target = index % items.length;
  return items.filter((_, position) => position !== target);
}

function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  const target = index % (items.length + 1);
  return [...items.slice(0, target), item, ...items.slice(target)];
}

function edit(describe: string, apply: JourneyEdit["apply"]): JourneyEdit {
  return { describe, apply };
}

/** One random edit; most are touchpoint and connection edits, as in a workshop. */
const journeyEdit: fc.Arbitrary<JourneyEdit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(at, touchpointFields).map(([index, fields]) =>
      edit(`edit touchpoint ${index} ${JSON.stringify(fields)}`, (map) => ({
        ...map,
        touchpoints: replaceAt(map.touchpoints, index, (old): Touchpoint => ({ ...old, ...fields })),
      })),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(at, newTouchpoint).map(([index, added]) =>
      edit(`add touchpoint ${added.id} at ${index}`, (map) => ({
        ...map,
        touchpoints: insertAt(map.touchpoints, index, added),
      })),
    ),
  },
  {
    weight: 2,
    arbitrary: at.map((index) =>
      edit(`remove touchpoint ${index}`, (map) => ({ ...map, touchpoints: removeAt(map.touchpoints, index) })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(at, at).map(([from, to]) =>
      edit(`list touchpoint ${from} again at ${to}`, (map) => {
        const same = map.touchpoints[from % Math.max(1, map.touchpoints.length)];
        return same ? { ...map, touchpoints: insertAt(map.touchpoints, to, same) } : map;
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constant(
      edit("reverse touchpoints", (map) => ({ ...map, touchpoints: [...map.touchpoints].reverse() })),
    ),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(at, fc.constantFrom(...ENDPOINT_IDS), fc.constantFrom(...ENDPOINT_IDS), fc.nat(999))
      .map(([index, from, to, n]) =>
        edit(`connect ${from} → ${to}`, (map) => ({
          ...map,
          connections: insertAt(map.connections, index, connection(`c${n}`, from, to)),
        })),
      ),
  },
  {
    weight: 2,
    arbitrary: at.map((index) =>
      edit(`remove connection ${index}`, (map) => ({ ...map, connections: removeAt(map.connections, index) })),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(at, fc.constantFrom(...ENDPOINT_IDS), fc.boolean()).map(([index, id, end]) =>
      edit(`re-point connection ${index} ${end ? "from" : "to"} ${id}`, (map) => ({
        ...map,
        connections: replaceAt(map.connections, index, (old) => (end ? { ...old, from: id } : { ...old, to: id })),
      })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(at, fc.constantFrom(...STAGE_IDS), fc.constantFrom(...PHASES)).map(([index, id, phase]) =>
      edit(`add stage ${id} (${phase})`, (map) => ({
        ...map,
        stages: insertAt(map.stages, index, stage(id, phase)),
      })),
    ),
  },
  {
    weight: 1,
    arbitrary: at.map((index) =>
      edit(`remove stage ${index}`, (map) => ({ ...map, stages: removeAt(map.stages, index) })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(at, fc.constantFrom(...CHANNEL_IDS), fc.constantFrom(...CATEGORIES))
      .map(([index, id, category]) =>
        edit(`add channel ${id} (${category})`, (map) => ({
          ...map,
          channels: insertAt(map.channels, index, channel(id, category)),
        })),
      ),
  },
  {
    weight: 1,
    arbitrary: at.map((index) =>
      edit(`remove channel ${index}`, (map) => ({ ...map, channels: removeAt(map.channels, index) })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(at, fc.constantFrom(...CATEGORIES)).map(([index, category]) =>
      edit(`recategorise channel ${index} as ${category}`, (map) => ({
        ...map,
        channels: replaceAt(map.channels, index, (old) => ({ ...old, category })),
      })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constant(
      edit("copy stages and channels", (map) => ({ ...map, stages: [...map.stages], channels: [...map.channels] })),
    ),
  },
  {
    weight: 1,
    arbitrary: coverage.map((required) =>
      edit(`require ${JSON.stringify(required)}`, (map) => ({ ...map, coverage: required })),
    ),
  },
  { weight: 1, arbitrary: fc.constant(edit("rename the map", (map) => ({ ...map, title: `${map.title}!` }))) },
  { weight: 1, arbitrary: fc.constant(edit("nothing", (map) => map)) },
);

/** Invalid entries to pass beside a map: usually none, sometimes a few. */
const maybeInvalidEntries: fc.Arbitrary<InvalidEntry[] | undefined> = fc.option(invalidEntries, { freq: 3 });

const start = testMap({
  stages: [stage("s0", "before"), stage("s1", "during"), stage("s2", "after")],
  channels: [channel("ch0", "sales"), channel("ch1", "service"), channel("ch2", "communication")],
  touchpoints: [
    touchpoint("t0", { stageId: "s0", channelIds: ["ch0"] }),
    touchpoint("t1", { stageId: "s1", channelIds: ["ch1", "ch2"], itSupport: "unknown" }),
    touchpoint("t2", { stageId: "s2", channelIds: ["ch2"], critical: true, itSupport: "none" }),
  ],
  connections: [connection("c0", "t0", "t1")],
});

/** Applies `edits` one by one, checking the incremental report against a full run after each. */
function checkSequence(
  initial: JourneyMap,
  steps: readonly [
    { describe: string; apply: (map: JourneyMap) => JourneyMap },
    ReturnType<typeof maybeInvalidEntries.generate>["value"],
  ][],
) {
  const validator = createJourneyValidator();
  let map = initial;
  expect(validator.validate(map)).toEqual(validateJourney(map));
  for (const [step, invalidEntries] of steps) {
    map = step.apply(map);
    const options = invalidEntries === undefined ? undefined : { invalidEntries };
    expect(validator.validate(map, options), step.describe).toEqual(validateJourney(map, options));
  }
}

describe("createJourneyValidator", () => {
  it("gives exactly the full report after every step of random edit sequences", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(journeyEdit, maybeInvalidEntries), { minLength: 1, maxLength: 40 }), (steps) => {
        checkSequence(start, steps);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps up with random edits of a generated map", () => {
    const generated = generateJourney(120, 5);
    fc.assert(
      fc.property(fc.array(fc.tuple(journeyEdit, maybeInvalidEntries), { minLength: 1, maxLength: 30 }), (steps) => {
        checkSequence(generated, steps);
      }),
      { numRuns: 40 },
    );
  });

  it("reuses the issues of touchpoints that did not change, so a list can keep its rows", () => {
    const validator = createJourneyValidator();
    const first = validator.validate(start);
    const touchpoints = [...start.touchpoints];
    touchpoints[2] = touchpoint("t2", {
      stageId: "s2",
      channelIds: ["ch2"],
      critical: true,
      itSupport: "none",
      title: "Renamed",
    });
    const second = validator.validate({ ...start, touchpoints });
    const unassessed = (report: typeof first) => report.issues.find((issue) => issue.rule === "it-support.unassessed");
    expect(unassessed(second)).toBe(unassessed(first));
    const gap = second.issues.find((issue) => issue.rule === "it-support.critical-gap");
    expect(gap?.message).toBe('"Renamed" is a business-critical meeting with no IT support.');
  });

  it("updates dangling ends and orphans when a touchpoint goes away and comes back", () => {
    const validator = createJourneyValidator();
    const findings = (map: JourneyMap) =>
      validator
        .validate(map)
        .issues.filter((issue) => issue.rule === "ref.dangling-connection" || issue.rule === "touchpoint.orphan")
        .map((issue) => `${issue.rule} ${issue.touchpointId ?? issue.connectionId}`);
    const without = { ...start, touchpoints: start.touchpoints.filter((tp) => tp.id !== "t1") };
    expect(findings(start)).toEqual(["touchpoint.orphan t2"]);
    expect(findings(without)).toEqual(["ref.dangling-connection c0", "touchpoint.orphan t2"]);
    expect(findings({ ...without, connections: [] })).toEqual(["touchpoint.orphan t0", "touchpoint.orphan t2"]);
    expect(findings(start)).toEqual(["touchpoint.orphan t2"]);
  });

  it("answers the same map with the same report", () => {
    const validator = createJourneyValidator();
    const report = validator.validate(start);
    expect(validator.validate(start)).toBe(report);
    expect(validator.validate(start, { invalidEntries: [] })).toEqual(report);
  });
});
