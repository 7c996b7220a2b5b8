import { createJourney, type JourneyMap, type Touchpoint } from "@kundresa/shared";

/*
 * Small maps for the panels' tests: a fresh map (one stage per phase, the default catalogue) with a
 * few touchpoints, so each test reads as the situation it is about.
 */

export function touchpoint(id: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    title: id,
    stageId: "stage-before",
    channelIds: [],
    itSupport: "unknown",
    critical: false,
    owner: "",
    notes: "",
    painPoints: [],
    opportunities: [],
    capabilities: [],
    position: { x: 0, y: 0 },
    ...fields,
  };
}

/**
 * Three touchpoints: a sales visit before purchase (integrated), a critical installation during
 * purchase (no IT) and a renewal letter after purchase (not assessed), with a path between them.
 */
export function fixtureMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
  const map = createJourney({ title: "Fixture journey" });
  return {
    ...map,
    touchpoints: [
      touchpoint("t-visit", {
        title: "Sales visit",
        stageId: "stage-before",
        channelIds: ["field-sales", "email"],
        itSupport: "integrated",
        emotion: 1,
        owner: "Sales",
        painPoints: ["Long wait for a slot"],
      }),
      touchpoint("t-install", {
        title: "Installation",
        stageId: "stage-during",
        channelIds: ["installation-team"],
        itSupport: "none",
        critical: true,
        emotion: -1,
      }),
      touchpoint("t-letter", {
        title: "Renewal letter",
        stageId: "stage-after",
        channelIds: ["letter"],
      }),
    ],
    connections: [
      { id: "c1", from: "t-visit", to: "t-install", label: "" },
      { id: "c2", from: "t-install", to: "t-letter", label: "" },
    ],
    ...overrides,
  };
}
