import { describe, expect, it } from "vitest";
import type { JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import type { RuleId } from "./report";
import { cleanMap, connection, touchpoint } from "./testMap";
import { validateJourney } from "./validateJourney";

/** The clean map with one touchpoint edited or added: every issue in the report comes from the edit. */
function withTouchpoint(id: string, fields: Partial<Touchpoint> = {}): JourneyMap {
  const map = cleanMap();
  const index = map.touchpoints.findIndex((existing) => existing.id === id);
  const touchpoints = [...map.touchpoints];
  const existing = touchpoints[index];
  if (existing) touchpoints[index] = { ...existing, ...fields };
  else touchpoints.push(touchpoint(id, fields));
  return { ...map, touchpoints };
}

function issues(map: JourneyMap, rule: RuleId) {
  return validateJourney(map).issues.filter((issue) => issue.rule === rule);
}

describe("it-support.unassessed", () => {
  it("warns about a touchpoint whose IT support is not assessed, naming it", () => {
    const map = withTouchpoint("t0", { title: "Welcome call", itSupport: "unknown" });
    expect(validateJourney(map).issues).toEqual([
      {
        rule: "it-support.unassessed",
        severity: "warning",
        touchpointId: "t0",
        message: '"Welcome call" has not been assessed for IT support yet.',
      },
    ]);
  });

  it("is the only IT finding for a critical touchpoint that is not assessed", () => {
    const map = withTouchpoint("t0", { title: "Welcome call", itSupport: "unknown", critical: true });
    expect(validateJourney(map).issues.map((issue) => issue.rule)).toEqual(["it-support.unassessed"]);
  });

  it("says nothing about assessed levels", () => {
    for (const itSupport of ["integrated", "standalone", "none"] as const) {
      expect(issues(withTouchpoint("t0", { itSupport }), "it-support.unassessed")).toEqual([]);
    }
  });
});

describe("it-support.critical-gap", () => {
  it("is an error for a business-critical meeting with no IT support", () => {
    const map = withTouchpoint("t0", { title: "Technician visit", itSupport: "none", critical: true });
    expect(validateJourney(map).issues).toEqual([
      {
        rule: "it-support.critical-gap",
        severity: "error",
        touchpointId: "t0",
        message: '"Technician visit" is a business-critical meeting with no IT support.',
      },
    ]);
  });

  it("is a warning for a business-critical meeting with stand-alone IT support", () => {
    const map = withTouchpoint("t0", { title: "Technician visit", itSupport: "standalone", critical: true });
    const [issue, ...rest] = validateJourney(map).issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ rule: "it-support.critical-gap", severity: "warning", touchpointId: "t0" });
    expect(issue?.message).toContain('"Technician visit"');
    expect(issue?.message).toContain("stand-alone");
  });

  it("says nothing about a critical touchpoint with integrated support", () => {
    const map = withTouchpoint("t0", { itSupport: "integrated", critical: true });
    expect(validateJourney(map).issues).toEqual([]);
  });

  it("says nothing about a gap in a touchpoint that is not critical", () => {
    const map = withTouchpoint("t0", { itSupport: "none", critical: false });
    expect(validateJourney(map).issues).toEqual([]);
  });
});

describe("touchpoint.no-channel", () => {
  it("warns about a touchpoint without channels, naming it", () => {
    const map = connectExtra(withTouchpoint("extra", { title: "Gut feeling", channelIds: [] }));
    expect(validateJourney(map).issues).toEqual([
      {
        rule: "touchpoint.no-channel",
        severity: "warning",
        touchpointId: "extra",
        message: '"Gut feeling" has no channel.',
      },
    ]);
  });

  it("does not fire when the channels are unknown: that is a reference error instead", () => {
    const map = connectExtra(withTouchpoint("extra", { channelIds: ["pigeon"] }));
    expect(validateJourney(map).issues.map((issue) => issue.rule)).toEqual(["ref.unknown-channel"]);
  });
});

describe("touchpoint.orphan", () => {
  it("notes a touchpoint in no connection, naming it", () => {
    const map = withTouchpoint("extra", { title: "Lost letter" });
    expect(validateJourney(map).issues).toEqual([
      {
        rule: "touchpoint.orphan",
        severity: "info",
        touchpointId: "extra",
        message: '"Lost letter" is in no connection, so the customer\'s path never reaches it.',
      },
    ]);
  });

  it("counts a connection either way: only as its start or only as its end is enough", () => {
    const map = withTouchpoint("extra");
    const asStart = { ...map, connections: [...map.connections, connection("x", "extra", "t0")] };
    const asEnd = { ...map, connections: [...map.connections, connection("x", "t0", "extra")] };
    expect(issues(asStart, "touchpoint.orphan")).toEqual([]);
    expect(issues(asEnd, "touchpoint.orphan")).toEqual([]);
  });

  it("does not fire for the only touchpoint of a map", () => {
    const map = { ...cleanMap(), touchpoints: [touchpoint("alone")], connections: [] };
    expect(issues(map, "touchpoint.orphan")).toEqual([]);
  });

  it("fires for both touchpoints of a two-touchpoint map without connections", () => {
    const map = { ...cleanMap(), touchpoints: [touchpoint("a"), touchpoint("b")], connections: [] };
    expect(issues(map, "touchpoint.orphan").map((issue) => issue.touchpointId)).toEqual(["a", "b"]);
  });
});

describe("ref.unknown-stage", () => {
  it("is an error naming the touchpoint and the missing stage", () => {
    const map = withTouchpoint("t0", { title: "Welcome call", stageId: "gone" });
    expect(issues(map, "ref.unknown-stage")).toEqual([
      {
        rule: "ref.unknown-stage",
        severity: "error",
        touchpointId: "t0",
        message: '"Welcome call" sits in stage "gone", which this map does not have.',
      },
    ]);
  });
});

describe("ref.unknown-channel", () => {
  it("is one error per unknown channel, in the touchpoint's channel order, known ones ignored", () => {
    const map = withTouchpoint("t0", { title: "Welcome call", channelIds: ["pigeon", "shop", "smoke-signal"] });
    expect(issues(map, "ref.unknown-channel")).toEqual([
      {
        rule: "ref.unknown-channel",
        severity: "error",
        touchpointId: "t0",
        channelId: "pigeon",
        message: '"Welcome call" uses channel "pigeon", which is not in this map\'s channel list.',
      },
      {
        rule: "ref.unknown-channel",
        severity: "error",
        touchpointId: "t0",
        channelId: "smoke-signal",
        message: '"Welcome call" uses channel "smoke-signal", which is not in this map\'s channel list.',
      },
    ]);
  });

  it("reports a channel that was removed from the catalogue", () => {
    const map = cleanMap();
    const withoutEmail = { ...map, channels: map.channels.filter((channel) => channel.id !== "email") };
    expect(issues(withoutEmail, "ref.unknown-channel").map((issue) => issue.touchpointId)).toEqual(["t2", "t5", "t8"]);
  });
});

describe("touchpoint names in messages", () => {
  it("falls back to the id for an untitled touchpoint", () => {
    const map = withTouchpoint("t0", { title: "  ", itSupport: "unknown" });
    expect(issues(map, "it-support.unassessed")[0]?.message).toBe(
      'The untitled touchpoint "t0" has not been assessed for IT support yet.',
    );
  });

  it("shortens a very long title", () => {
    const map = withTouchpoint("t0", { title: "x".repeat(5000), itSupport: "unknown" });
    const message = issues(map, "it-support.unassessed")[0]?.message ?? "";
    expect(message.length).toBeLessThan(150);
    expect(message).toContain(`"${"x".repeat(79)}…"`);
  });
});

/** Connects the touchpoint `extra` into the chain, so a test about it sees no orphan note. */
function connectExtra(map: JourneyMap): JourneyMap {
  return { ...map, connections: [...map.connections, connection("to-extra", "t8", "extra")] };
}
