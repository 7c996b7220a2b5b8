import { describe, expect, it } from "vitest";
import { ISSUE_ORDER } from "./issueOrder";
import { coverageMatrix } from "./coverageMatrix";
import type { InvalidEntry } from "./report";
import { cleanMap, connection, stage, testMap, touchpoint } from "./testMap";
import { validateJourney } from "./validateJourney";

describe("validateJourney: the report", () => {
  it("finds nothing wrong with a complete, connected, assessed map", () => {
    const report = validateJourney(cleanMap());
    expect(report.issues).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it("reports only the coverage gaps of an empty map, with all-zero counts", () => {
    const report = validateJourney(testMap());
    expect(report.issues.every((issue) => issue.rule === "coverage.missing")).toBe(true);
    expect(report.summary).toEqual({ errors: 0, warnings: 9, infos: 0 });
    expect(report.coverage).toEqual({
      before: { marketing: 0, sales: 0, service: 0, communication: 0 },
      during: { marketing: 0, sales: 0, service: 0, communication: 0 },
      after: { marketing: 0, sales: 0, service: 0, communication: 0 },
    });
    expect(report.itSupport).toEqual({ integrated: 0, standalone: 0, none: 0, unknown: 0 });
  });

  it("counts issues per severity in the summary", () => {
    const map = testMap({
      coverage: { before: [], during: [], after: [] },
      touchpoints: [
        touchpoint("a", { stageId: "gone", itSupport: "unknown" }),
        touchpoint("b", { critical: true, itSupport: "none" }),
        touchpoint("c"),
      ],
      connections: [connection("ab", "a", "b")],
    });
    expect(validateJourney(map).summary).toEqual({ errors: 2, warnings: 1, infos: 1 });
  });

  it("counts IT-support levels over every touchpoint, wherever it sits", () => {
    const map = testMap({
      touchpoints: [
        touchpoint("a", { itSupport: "integrated" }),
        touchpoint("b", { itSupport: "unknown", stageId: "gone" }),
        touchpoint("c", { itSupport: "unknown", channelIds: [] }),
        touchpoint("d", { itSupport: "none" }),
      ],
    });
    expect(validateJourney(map).itSupport).toEqual({ integrated: 1, standalone: 0, none: 1, unknown: 2 });
  });
});

describe("validateJourney: coverage counts", () => {
  const twoCommunicationChannels = testMap({
    channels: [...testMap().channels, { id: "sms", category: "communication", name: "SMS" }],
    touchpoints: [
      touchpoint("a", { stageId: "s-during", channelIds: ["email", "sms", "shop"] }),
      touchpoint("b", { stageId: "s-during", channelIds: ["pigeon"] }),
      touchpoint("c", { stageId: "gone", channelIds: ["email"] }),
    ],
  });

  it("counts a touchpoint once per distinct category, ignores unknown channels and unknown stages", () => {
    expect(validateJourney(twoCommunicationChannels).coverage).toEqual({
      before: { marketing: 0, sales: 0, service: 0, communication: 0 },
      during: { marketing: 0, sales: 1, service: 0, communication: 1 },
      after: { marketing: 0, sales: 0, service: 0, communication: 0 },
    });
  });

  it("is the coverage matrix", () => {
    expect(validateJourney(twoCommunicationChannels).coverage).toEqual(coverageMatrix(twoCommunicationChannels));
    expect(validateJourney(cleanMap()).coverage).toEqual(coverageMatrix(cleanMap()));
  });

  it("puts a touchpoint in the phase of its stage when a phase has several stages", () => {
    const map = testMap({
      stages: [...testMap().stages, stage("s-after-2", "after")],
      touchpoints: [touchpoint("a", { stageId: "s-after-2", channelIds: ["support"] })],
    });
    expect(validateJourney(map).coverage.after.service).toBe(1);
  });
});

describe("validateJourney: issue order", () => {
  // One of every finding, entered in an order unlike the report's.
  const messy = testMap({
    stages: [stage("s-before", "before"), stage("s-during", "during")],
    coverage: { before: [], during: ["service"], after: [] },
    touchpoints: [
      touchpoint("z", { title: "Zed", itSupport: "unknown", channelIds: [] }),
      touchpoint("y", { title: "Yod", critical: true, itSupport: "standalone", channelIds: ["pigeon"] }),
      touchpoint("x", { title: "Xi", critical: true, itSupport: "none", stageId: "gone" }),
      touchpoint("w", { title: "Waw" }),
    ],
    connections: [connection("c2", "z", "nobody"), connection("c1", "y", "x")],
  });
  const invalidEntries: InvalidEntry[] = [
    { collection: "connections", entryId: "bad", problems: [], raw: null },
    { collection: "meta", entryId: "title", problems: [], raw: 3 },
  ];

  it("is errors, warnings, infos; by rule within a severity; map order within a rule", () => {
    const report = validateJourney(messy, { invalidEntries });
    expect(
      report.issues.map((issue) => [
        issue.rule,
        issue.severity,
        issue.touchpointId ?? issue.connectionId ?? issue.entryId ?? issue.phase,
      ]),
    ).toEqual([
      ["doc.invalid-entry", "error", "title"],
      ["doc.invalid-entry", "error", "bad"],
      ["phase.no-stage", "error", "after"],
      ["ref.unknown-stage", "error", "x"],
      ["ref.unknown-channel", "error", "y"],
      ["ref.dangling-connection", "error", "c2"],
      ["it-support.critical-gap", "error", "x"],
      ["coverage.missing", "warning", "during"],
      ["it-support.critical-gap", "warning", "y"],
      ["it-support.unassessed", "warning", "z"],
      ["touchpoint.no-channel", "warning", "z"],
      ["touchpoint.orphan", "info", "w"],
    ]);
  });

  it("follows ISSUE_ORDER, which lists every rule of the contract", () => {
    const report = validateJourney(messy, { invalidEntries });
    const rank = (rule: string, severity: string) =>
      ISSUE_ORDER.findIndex((entry) => entry.rule === rule && entry.severity === severity);
    const ranks = report.issues.map((issue) => rank(issue.rule, issue.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ISSUE_ORDER.map((entry) => entry.rule)).size).toBe(10);
  });

  it("does not depend on the order invalid entries arrive in", () => {
    const forward = validateJourney(messy, { invalidEntries });
    const backward = validateJourney(messy, { invalidEntries: [...invalidEntries].reverse() });
    expect(backward).toEqual(forward);
  });

  it("gives the same report for the same map every time", () => {
    expect(JSON.stringify(validateJourney(messy))).toBe(JSON.stringify(validateJourney(structuredClone(messy))));
  });
});
