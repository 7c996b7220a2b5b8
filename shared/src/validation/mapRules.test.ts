import { describe, expect, it } from "vitest";
import type { JourneyMap } from "../format/journeyMap";
import type { RuleId } from "./report";
import { cleanMap, connection, stage, testMap, touchpoint } from "./testMap";
import { validateJourney } from "./validateJourney";

function issues(map: JourneyMap, rule: RuleId) {
  return validateJourney(map).issues.filter((issue) => issue.rule === rule);
}

describe("coverage.missing", () => {
  it("warns for a required category with no touchpoint in a phase, naming phase and category", () => {
    const map = cleanMap();
    const withoutAfterService = { ...map, touchpoints: map.touchpoints.filter((t) => t.id !== "t7") };
    const withoutAfterServiceLinked = {
      ...withoutAfterService,
      connections: [...map.connections.filter((c) => c.from !== "t7" && c.to !== "t7"), connection("skip", "t6", "t8")],
    };
    expect(validateJourney(withoutAfterServiceLinked).issues).toEqual([
      {
        rule: "coverage.missing",
        severity: "warning",
        phase: "after",
        category: "service",
        message: "No touchpoint in After purchase uses a Service channel.",
      },
    ]);
  });

  it("lists every gap of an empty map, phases then categories in catalogue order", () => {
    const map = testMap({ coverage: { before: ["communication", "sales"], during: [], after: ["marketing"] } });
    expect(issues(map, "coverage.missing").map((issue) => [issue.phase, issue.category])).toEqual([
      ["before", "sales"],
      ["before", "communication"],
      ["after", "marketing"],
    ]);
  });

  it("is silent when a phase requires nothing", () => {
    const map = testMap({ coverage: { before: [], during: [], after: [] } });
    expect(issues(map, "coverage.missing")).toEqual([]);
  });

  it("is satisfied by a touchpoint whose first channel is unknown but a later one is of the category", () => {
    const map = testMap({
      coverage: { before: ["service"], during: [], after: [] },
      touchpoints: [touchpoint("a", { channelIds: ["pigeon", "support"] })],
    });
    expect(issues(map, "coverage.missing")).toEqual([]);
  });

  it("is not satisfied by a touchpoint in an unknown stage", () => {
    const map = testMap({
      coverage: { before: ["communication"], during: [], after: [] },
      touchpoints: [touchpoint("a", { stageId: "gone", channelIds: ["email"] })],
    });
    expect(issues(map, "coverage.missing").map((issue) => issue.category)).toEqual(["communication"]);
  });
});

describe("phase.no-stage", () => {
  it("is an error per phase without a stage, naming the phase", () => {
    const map = testMap({ stages: [stage("s-during", "during")] });
    expect(issues(map, "phase.no-stage")).toEqual([
      {
        rule: "phase.no-stage",
        severity: "error",
        phase: "before",
        message: "Before purchase has no stage, so no touchpoint can sit in it.",
      },
      {
        rule: "phase.no-stage",
        severity: "error",
        phase: "after",
        message: "After purchase has no stage, so no touchpoint can sit in it.",
      },
    ]);
  });

  it("is satisfied by a stage anywhere in the list, even out of phase order", () => {
    const map = testMap({ stages: [stage("x", "after"), stage("y", "before"), stage("z", "during")] });
    expect(issues(map, "phase.no-stage")).toEqual([]);
  });
});

describe("ref.dangling-connection", () => {
  const base = cleanMap();
  const withConnection = (from: string, to: string): JourneyMap => ({
    ...base,
    connections: [...base.connections, connection("loose", from, to)],
  });

  it("is one error naming the missing start", () => {
    expect(validateJourney(withConnection("ghost", "t0")).issues).toEqual([
      {
        rule: "ref.dangling-connection",
        severity: "error",
        connectionId: "loose",
        message: 'The connection "loose" starts at touchpoint "ghost", which does not exist.',
      },
    ]);
  });

  it("is one error naming the missing end", () => {
    expect(issues(withConnection("t0", "ghost"), "ref.dangling-connection")).toEqual([
      {
        rule: "ref.dangling-connection",
        severity: "error",
        connectionId: "loose",
        message: 'The connection "loose" ends at touchpoint "ghost", which does not exist.',
      },
    ]);
  });

  it("is still one error when both ends dangle, naming both", () => {
    const found = issues(withConnection("ghost", "phantom"), "ref.dangling-connection");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'The connection "loose" starts at touchpoint "ghost" and ends at touchpoint "phantom", neither of which exists.',
    );
  });

  it("keeps a touchpoint that only a dangling connection reaches from being an orphan", () => {
    expect(issues(withConnection("t0", "ghost"), "touchpoint.orphan")).toEqual([]);
  });
});

describe("doc.invalid-entry", () => {
  it("is one error per entry, naming collection and entry, sorted by collection then id", () => {
    const report = validateJourney(cleanMap(), {
      invalidEntries: [
        {
          collection: "touchpoints",
          entryId: "tp-9",
          problems: [{ path: "itSupport", message: 'must be one of "integrated", "standalone", "none", "unknown"' }],
          raw: { title: "Welcome call", itSupport: "great" },
        },
        { collection: "stages", entryId: "2", problems: [{ path: "phase", message: "is required" }], raw: {} },
        { collection: "touchpoints", entryId: "tp-1", problems: [], raw: 42 },
      ],
    });
    expect(report.issues).toEqual([
      {
        rule: "doc.invalid-entry",
        severity: "error",
        collection: "stages",
        entryId: "2",
        message: 'The stage "2" needs repair: phase is required.',
      },
      {
        rule: "doc.invalid-entry",
        severity: "error",
        collection: "touchpoints",
        entryId: "tp-1",
        message: 'The touchpoint "tp-1" needs repair: it does not fit the journey-map format.',
      },
      {
        rule: "doc.invalid-entry",
        severity: "error",
        collection: "touchpoints",
        entryId: "tp-9",
        message:
          'The touchpoint "Welcome call" ("tp-9") needs repair: itSupport must be one of "integrated", "standalone", "none", "unknown".',
      },
    ]);
    expect(report.summary).toEqual({ errors: 3, warnings: 0, infos: 0 });
  });

  it("lists at most three problems of one entry", () => {
    const problems = ["a", "b", "c", "d", "e"].map((path) => ({ path, message: "is required" }));
    const [issue] = validateJourney(cleanMap(), {
      invalidEntries: [{ collection: "connections", entryId: "c9", problems, raw: {} }],
    }).issues;
    expect(issue?.message).toBe(
      'The connection "c9" needs repair: a is required; b is required; c is required; and 2 more.',
    );
  });
});
