import { describe, expect, it } from "vitest";
import { generateJourney } from "../../bench/generateJourney";
import { PHASES } from "../format/enums";
import { importJourney } from "../io/importJourney";
import { validateJourney } from "./validateJourney";

describe("generateJourney", () => {
  it("makes maps that import unchanged, up to the format's 5,000 touchpoints", () => {
    for (const [count, seed] of [
      [0, 1],
      [1, 2],
      [50, 3],
      [5_000, 4],
    ] as const) {
      const map = generateJourney(count, seed);
      const result = importJourney(JSON.stringify(map));
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
      expect(result.map).toEqual(map);
      expect(map.touchpoints).toHaveLength(count);
    }
  });

  it("is deterministic per seed, and seeds differ", () => {
    expect(generateJourney(200, 7)).toEqual(generateJourney(200, 7));
    expect(generateJourney(200, 7)).not.toEqual(generateJourney(200, 8));
  });

  it("has 6 to 9 stages covering every phase, in phase order", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const stages = generateJourney(10, seed).stages;
      expect(stages.length).toBeGreaterThanOrEqual(6);
      expect(stages.length).toBeLessThanOrEqual(9);
      const phaseRanks = stages.map((stage) => PHASES.indexOf(stage.phase));
      expect(phaseRanks).toEqual([...phaseRanks].sort());
      expect(new Set(phaseRanks).size).toBe(3);
    }
  });

  it("has about 1.2 connections per touchpoint and every kind of finding a real map has", () => {
    const map = generateJourney(2_000, 1);
    expect(map.connections.length).toBe(2_400);
    const used = new Set(map.touchpoints.flatMap((touchpoint) => touchpoint.channelIds));
    expect(used.has("mobile-app") || used.has("store-visit") || used.has("community-forum")).toBe(true);
    const rules = new Set(validateJourney(map).issues.map((issue) => issue.rule));
    for (const rule of [
      "ref.unknown-channel",
      "ref.dangling-connection",
      "it-support.unassessed",
      "it-support.critical-gap",
      "touchpoint.no-channel",
    ] as const) {
      expect(rules).toContain(rule);
    }
    const errors = validateJourney(map).summary.errors;
    expect(errors).toBeLessThan(map.touchpoints.length / 5);
  });

  it("stacks touchpoints of one cell without overlap", () => {
    const map = generateJourney(500, 3);
    const lane = (channelIds: readonly string[]) =>
      channelIds.map((id) => map.channels.find((channel) => channel.id === id)?.category).find(Boolean) ?? "none";
    const seen = new Set<string>();
    for (const touchpoint of map.touchpoints) {
      const key = `${touchpoint.stageId} ${lane(touchpoint.channelIds)} ${touchpoint.position.x} ${touchpoint.position.y}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
});
