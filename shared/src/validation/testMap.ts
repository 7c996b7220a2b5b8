import type { JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import { channel, connection, stage, testJourney, touchpoint as sharedTouchpoint } from "../testing/journeyFixtures";

/**
 * Small builders for validation tests: a hand-made map says exactly what a test is about, where a
 * template would hide it among fifty touchpoints. Not part of the public API.
 */

export { channel, connection, stage };

/** One stage per phase (`s-before`, `s-during`, `s-after`) and one channel per category. */
export function testMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
  return testJourney({
    stages: [stage("s-before", "before"), stage("s-during", "during"), stage("s-after", "after")],
    channels: [
      channel("club", "marketing"),
      channel("shop", "sales"),
      channel("support", "service"),
      channel("email", "communication"),
    ],
    ...overrides,
  });
}

/** A well-formed touchpoint in `s-before` on the `email` channel, integrated, not critical. */
export function touchpoint(id: string, overrides: Partial<Touchpoint> = {}): Touchpoint {
  return sharedTouchpoint({ id, stageId: "s-before", itSupport: "integrated", ...overrides });
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
