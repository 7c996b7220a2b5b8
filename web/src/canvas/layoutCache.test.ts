import { describe, expect, it } from "vitest";
import { TEMPLATES, layoutJourney, type JourneyMap, type Touchpoint } from "@kundresa/shared";
import { createLayoutCache } from "./layoutCache";

const base: JourneyMap = TEMPLATES[1]!.build();

function withTouchpoint(map: JourneyMap, index: number, patch: Partial<Touchpoint>): JourneyMap {
  return {
    ...map,
    touchpoints: map.touchpoints.map((touchpoint, at) => (at === index ? { ...touchpoint, ...patch } : touchpoint)),
  };
}

describe("the editor's layout cache", () => {
  it("keeps the same layout through edits that cannot move anything: titles, notes, IT support, labels", () => {
    const layoutOf = createLayoutCache();
    const first = layoutOf(base);
    let map = withTouchpoint(base, 0, { title: "Renamed", notes: "New notes", itSupport: "none", critical: true });
    map = { ...map, connections: map.connections.map((connection) => ({ ...connection, label: "relabelled" })) };
    expect(layoutOf(map)).toBe(first);
    expect(layoutOf(map)).toEqual(layoutJourney(map));
  });

  it("lays out again, as from scratch, when a card's place, stage, channels or emotion change", () => {
    const layoutOf = createLayoutCache();
    const stageIds = base.stages.map((stage) => stage.id);
    const changes: JourneyMap[] = [
      withTouchpoint(base, 2, { position: { x: 900, y: 40 } }),
      withTouchpoint(base, 2, { stageId: stageIds.at(-1)! }),
      withTouchpoint(base, 2, { channelIds: [] }),
      withTouchpoint(base, 2, { emotion: -2 }),
      {
        ...base,
        stages: base.stages.map((stage, at) => (at === 0 ? { ...stage, title: "A much longer stage title" } : stage)),
      },
      { ...base, connections: base.connections.slice(1) },
      { ...base, touchpoints: base.touchpoints.slice(1) },
    ];
    let previous = layoutOf(base);
    for (const map of changes) {
      const next = layoutOf(map);
      expect(next).not.toBe(previous);
      expect(next).toEqual(layoutJourney(map));
      previous = next;
    }
  });
});
