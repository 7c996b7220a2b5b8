import { describe, expect, it } from "vitest";
import { allCapabilities } from "../catalogue/capabilities";
import { DEFAULT_CHANNELS } from "../catalogue/channels";
import { RELATIONSHIP_LADDER } from "../catalogue/relationshipLadder";
import { MARKETS, PHASES, type Category, type Phase } from "../format/enums";
import type { JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import { exportJourney } from "../io/exportJourney";
import { importJourney } from "../io/importJourney";
import { CARD_HEIGHT, CARD_WIDTH } from "../layout/metrics";
import { TEMPLATES, templateById } from "./index";

/** Every broken reference in a map, written out here so this test does not lean on the validation engine. */
function referenceErrors(map: JourneyMap): string[] {
  const stageIds = new Set(map.stages.map((stage) => stage.id));
  const channelIds = new Set(map.channels.map((channel) => channel.id));
  const touchpointIds = new Set(map.touchpoints.map((touchpoint) => touchpoint.id));
  const errors: string[] = [];
  for (const touchpoint of map.touchpoints) {
    if (!stageIds.has(touchpoint.stageId)) errors.push(`${touchpoint.id}: unknown stage ${touchpoint.stageId}`);
    if (touchpoint.channelIds.length === 0) errors.push(`${touchpoint.id}: no channel`);
    for (const channelId of touchpoint.channelIds) {
      if (!channelIds.has(channelId)) errors.push(`${touchpoint.id}: unknown channel ${channelId}`);
    }
  }
  for (const connection of map.connections) {
    for (const end of [connection.from, connection.to]) {
      if (!touchpointIds.has(end)) errors.push(`${connection.id}: unknown touchpoint ${end}`);
    }
  }
  return errors;
}

function laneOf(map: JourneyMap, touchpoint: Touchpoint): Category | "none" {
  const first = touchpoint.channelIds[0];
  return map.channels.find((channel) => channel.id === first)?.category ?? "none";
}

function phaseOf(map: JourneyMap, touchpointId: string): Phase | undefined {
  const touchpoint = map.touchpoints.find((candidate) => candidate.id === touchpointId);
  return map.stages.find((stage) => stage.id === touchpoint?.stageId)?.phase;
}

/** Pairs of cards whose rectangles intersect within one cell (same stage, same lane). */
function overlappingCards(map: JourneyMap): string[] {
  const overlaps: string[] = [];
  map.touchpoints.forEach((a, index) => {
    for (const b of map.touchpoints.slice(index + 1)) {
      if (a.stageId !== b.stageId || laneOf(map, a) !== laneOf(map, b)) continue;
      const apart =
        Math.abs(a.position.x - b.position.x) >= CARD_WIDTH || Math.abs(a.position.y - b.position.y) >= CARD_HEIGHT;
      if (!apart) overlaps.push(`${a.id} and ${b.id}`);
    }
  });
  return overlaps;
}

describe("the template list", () => {
  it("offers at least six templates with unique ids, each named and summarised in both languages", () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(TEMPLATES.map((template) => template.id)).size).toBe(TEMPLATES.length);
    for (const template of TEMPLATES) {
      for (const text of [template.name.en, template.name.sv, template.summary.en, template.summary.sv]) {
        expect(text.trim(), template.id).not.toBe("");
      }
      expect(template.name.sv, template.id).not.toBe(template.name.en);
    }
  });

  it("covers every market", () => {
    expect(new Set(TEMPLATES.map((template) => template.market))).toEqual(new Set(MARKETS));
  });

  it("finds a template by id and nothing for an unknown id", () => {
    for (const template of TEMPLATES) expect(templateById(template.id)).toBe(template);
    expect(templateById("no-such-template")).toBeUndefined();
  });
});

describe.each(TEMPLATES.map((template) => [template.id, template] as const))("template %s", (_id, template) => {
  const map = template.build();

  it("is a valid journey map that survives an export/import round trip unchanged", () => {
    const imported = importJourney(map);
    expect(imported.ok ? [] : imported.problems).toEqual([]);
    const text = exportJourney(map);
    const reimported = importJourney(text);
    if (!reimported.ok) throw new Error(JSON.stringify(reimported.problems));
    expect(exportJourney(reimported.map)).toBe(text);
  });

  it("has its template's market, a title and a description naming a rung of the relationship ladder", () => {
    expect(map.market).toBe(template.market);
    expect(map.title.trim()).not.toBe("");
    const description = map.description.toLowerCase();
    const rungs = RELATIONSHIP_LADDER.map((rung) => rung.label.en.toLowerCase());
    expect(
      rungs.some((rung) => description.includes(rung)),
      map.description,
    ).toBe(true);
  });

  it("has 5–8 stages covering all three phases, in phase order", () => {
    expect(map.stages.length).toBeGreaterThanOrEqual(5);
    expect(map.stages.length).toBeLessThanOrEqual(8);
    const phases = map.stages.map((stage) => stage.phase);
    expect(new Set(phases)).toEqual(new Set(PHASES));
    const ranks = phases.map((phase) => PHASES.indexOf(phase));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("has 12–30 touchpoints and no broken reference or channel-less touchpoint", () => {
    expect(map.touchpoints.length).toBeGreaterThanOrEqual(12);
    expect(map.touchpoints.length).toBeLessThanOrEqual(30);
    expect(referenceErrors(map)).toEqual([]);
  });

  it("uses the default catalogue plus at most two custom channels", () => {
    const defaults = new Set(DEFAULT_CHANNELS.map((channel) => channel.id));
    const custom = map.channels.filter((channel) => !defaults.has(channel.id));
    expect(custom.length).toBeLessThanOrEqual(2);
    expect(map.channels.length - custom.length).toBe(DEFAULT_CHANNELS.length);
    for (const channel of custom) expect(channel.name.trim()).not.toBe("");
  });

  it("gives every touchpoint an owner, an emotion, 1–3 channels and catalogue capabilities", () => {
    const catalogue = new Set(allCapabilities());
    for (const touchpoint of map.touchpoints) {
      expect(touchpoint.owner.trim(), touchpoint.id).not.toBe("");
      expect(touchpoint.emotion, touchpoint.id).toBeTypeOf("number");
      expect(touchpoint.channelIds.length, touchpoint.id).toBeLessThanOrEqual(3);
      expect(touchpoint.capabilities.length, touchpoint.id).toBeGreaterThan(0);
      for (const capability of touchpoint.capabilities) expect(catalogue, touchpoint.id).toContain(capability);
      expect(touchpoint.painPoints.length + touchpoint.opportunities.length, touchpoint.id).toBeGreaterThan(0);
    }
  });

  it("has an emotion curve with both dips and highs", () => {
    const emotions = map.touchpoints.map((touchpoint) => touchpoint.emotion ?? 0);
    expect(Math.min(...emotions)).toBeLessThan(0);
    expect(Math.max(...emotions)).toBeGreaterThan(0);
  });

  it("marks 2–4 business-critical meetings, none of them without IT support", () => {
    const critical = map.touchpoints.filter((touchpoint) => touchpoint.critical);
    expect(critical.length).toBeGreaterThanOrEqual(2);
    expect(critical.length).toBeLessThanOrEqual(4);
    expect(critical.filter((touchpoint) => touchpoint.itSupport === "none").map((t) => t.id)).toEqual([]);
  });

  it("leaves a few honest gaps to discuss: some touchpoints not assessed, some not integrated", () => {
    const count = (level: Touchpoint["itSupport"]) => map.touchpoints.filter((t) => t.itSupport === level).length;
    expect(count("unknown")).toBeGreaterThanOrEqual(1);
    expect(count("unknown")).toBeLessThanOrEqual(map.touchpoints.length / 3);
    expect(count("standalone") + count("none")).toBeGreaterThanOrEqual(1);
    expect(count("integrated")).toBeGreaterThan(map.touchpoints.length / 3);
  });

  it("connects every touchpoint along the customer's path, about one to one and a half links each", () => {
    const connected = new Set(map.connections.flatMap((connection) => [connection.from, connection.to]));
    expect(map.touchpoints.filter((touchpoint) => !connected.has(touchpoint.id)).map((t) => t.id)).toEqual([]);
    const ratio = map.connections.length / map.touchpoints.length;
    expect(ratio).toBeGreaterThanOrEqual(1);
    expect(ratio).toBeLessThanOrEqual(1.6);
    const branching = map.touchpoints.some((t) => map.connections.filter((c) => c.from === t.id).length > 1);
    const merging = map.touchpoints.some((t) => map.connections.filter((c) => c.to === t.id).length > 1);
    expect(branching && merging).toBe(true);
  });

  it("closes the loop with a labelled connection from after the purchase back to before it", () => {
    const loops = map.connections.filter(
      (connection) => phaseOf(map, connection.from) === "after" && phaseOf(map, connection.to) === "before",
    );
    expect(loops.length).toBeGreaterThan(0);
    expect(loops.some((connection) => connection.label.trim() !== "")).toBe(true);
  });

  it("lays out cards so that none overlaps another in its cell", () => {
    expect(overlappingCards(map)).toEqual([]);
  });

  it("builds a fresh map each time, so editing one leaves the next untouched", () => {
    const first = template.build();
    const pristine = exportJourney(template.build());
    const [stage] = first.stages;
    const [channel] = first.channels;
    const [touchpoint] = first.touchpoints;
    const [connection] = first.connections;
    if (!stage || !channel || !touchpoint || !connection) throw new Error("the template built an empty map");
    first.title = "Edited";
    stage.title = "Edited stage";
    channel.name = "Edited channel";
    touchpoint.painPoints.push("edited");
    touchpoint.position.x += 500;
    connection.label = "edited";
    first.coverage.before.push("marketing");
    first.touchpoints.pop();
    expect(exportJourney(template.build())).toBe(pristine);
  });
});
