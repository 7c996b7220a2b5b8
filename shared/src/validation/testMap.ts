import { CURRENT_VERSION, FORMAT_ID, defaultCoverage, type JourneyMap } from "../format/journeyMap";
import type { Channel } from "../format/channel";
import type { Connection } from "../format/connection";
import type { Stage } from "../format/stage";
import type { Touchpoint } from "../format/touchpoint";

/**
 * Small builders for validation tests: a hand-made map says exactly what a test is about, where a
 * template would hide it among fifty touchpoints. Not part of the public API.
 */

/** One stage per phase (`s-before`, `s-during`, `s-after`) and one channel per category. */
export function testMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: "Test journey",
    description: "",
    coverage: defaultCoverage(),
    stages: [stage("s-before", "before"), stage("s-during", "during"), stage("s-after", "after")],
    channels: [
      channel("club", "marketing"),
      channel("shop", "sales"),
      channel("support", "service"),
      channel("email", "communication"),
    ],
    touchpoints: [],
    connections: [],
    ...overrides,
  };
}

export function stage(id: string, phase: Stage["phase"], title = id): Stage {
  return { id, phase, title };
}

export function channel(id: string, category: Channel["category"], name = id): Channel {
  return { id, category, name };
}

/** A well-formed touchpoint in `s-before` on the `email` channel, integrated, not critical. */
export function touchpoint(id: string, overrides: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    title: `Touchpoint ${id}`,
    stageId: "s-before",
    channelIds: ["email"],
    itSupport: "integrated",
    critical: false,
    owner: "",
    notes: "",
    painPoints: [],
    opportunities: [],
    capabilities: [],
    position: { x: 0, y: 0 },
    ...overrides,
  };
}

export function connection(id: string, from: string, to: string): Connection {
  return { id, from, to, label: "" };
}

/**
 * A map where every required category of every phase has an integrated touchpoint, all connected in a
 * chain: it has no issue at all, so a test can add one flaw and expect exactly one finding.
 */
export function cleanMap(): JourneyMap {
  const cells = [
    ["s-before", "shop"],
    ["s-before", "support"],
    ["s-before", "email"],
    ["s-during", "shop"],
    ["s-during", "support"],
    ["s-during", "email"],
    ["s-after", "shop"],
    ["s-after", "support"],
    ["s-after", "email"],
  ] as const;
  const touchpoints = cells.map(([stageId, channelId], index) =>
    touchpoint(`t${index}`, { stageId, channelIds: [channelId] }),
  );
  const connections = touchpoints
    .slice(1)
    .map((next, index) => connection(`c${index}`, touchpoints[index]?.id ?? "", next.id));
  return testMap({ touchpoints, connections });
}
