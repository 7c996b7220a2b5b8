import { allCapabilities } from "../src/catalogue/capabilities";
import { defaultChannels } from "../src/catalogue/channels";
import type { Channel } from "../src/format/channel";
import type { CommentThread } from "../src/format/comment";
import type { Connection } from "../src/format/connection";
import { MARKETS, PHASES, type Category, type ItSupport, type Phase } from "../src/format/enums";
import { CURRENT_VERSION, FORMAT_ID, defaultCoverage, type JourneyMap } from "../src/format/journeyMap";
import type { Stage } from "../src/format/stage";
import type { Touchpoint } from "../src/format/touchpoint";
import { stackedPosition } from "../src/layout/metrics";

/** mulberry32: small, fast, and the same sequence on every engine, so a seed names one map forever. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof randomSource>;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** A value by weight: `[[value, weight], …]`. */
function weighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return pick(random, options)[0];
}

const STAGE_TITLES: Record<Phase, readonly string[]> = {
  before: ["Awareness", "Research", "Compare offers", "First contact", "Consideration"],
  during: ["Quote", "Order", "Contract", "Delivery", "Installation"],
  after: ["Onboarding", "Everyday use", "Support", "Invoicing", "Renewal"],
};

const TITLES: Record<Category | "none", readonly string[]> = {
  marketing: ["Sees a campaign", "Joins the customer club", "Reads the customer magazine", "Gets a loyalty offer"],
  sales: ["Asks for a quote", "Compares prices", "Places an order", "Signs the contract", "Meets a sales rep"],
  service: ["Books installation", "Reports a fault", "Technician visit", "Checks order status", "Asks support"],
  communication: [
    "Order confirmation e-mail",
    "SMS reminder",
    "Calls customer service",
    "Chats with an agent",
    "Invoice letter",
  ],
  none: ["Word of mouth", "Thinks it over", "Asks a friend"],
};

const CUSTOM_CHANNELS: readonly Channel[] = [
  { id: "mobile-app", category: "communication", name: "Mobile app" },
  { id: "store-visit", category: "sales", name: "Store visit" },
  { id: "community-forum", category: "service", name: "Community forum" },
];

const OWNERS = ["Marketing", "Sales", "Customer service", "Field service", "Billing", ""];
const IT_SUPPORT_MIX: readonly (readonly [ItSupport, number])[] = [
  ["integrated", 35],
  ["standalone", 25],
  ["none", 15],
  ["unknown", 25],
];

/** 6–9 stages, at least two per phase, phases in order. */
function generateStages(random: Random): Stage[] {
  const perPhase: Record<Phase, number> = { before: 2, during: 2, after: 2 };
  const extra = Math.floor(random() * 4);
  for (let index = 0; index < extra; index++) perPhase[pick(random, PHASES)] += 1;
  return PHASES.flatMap((phase) =>
    STAGE_TITLES[phase]
      .slice(0, perPhase[phase])
      .map((title, index) => ({ id: `${phase}-${index + 1}`, phase, title })),
  );
}

function generateChannelIds(random: Random, channels: readonly Channel[], index: number): string[] {
  const count = weighted(random, [
    [1, 78],
    [2, 19],
    [0, 3],
  ] as const);
  const ids = new Set<string>();
  while (ids.size < count) ids.add(pick(random, channels).id);
  // A channel the team later removed from its catalogue: a reference error validation must report.
  if (random() < 0.015) ids.add(`retired-channel-${index}`);
  return [...ids];
}

/**
 * A deterministic, realistic journey map for benches and tests: 6–9 stages over the three phases,
 * the default catalogue plus a few custom channels, `touchpointCount` touchpoints spread over the
 * stages in journey order and stacked in their cells (stage × lane, `layout/metrics.ts`), a mix of
 * IT-support levels, emotions and critical meetings, about 1.2 connections per touchpoint (mostly
 * the path from one touchpoint to the next), and at a low rate unknown channels and dangling
 * connections. Always passes `importJourney` for up to 5,000 touchpoints; the same arguments give
 * the same map.
 */
export function generateJourney(touchpointCount: number, seed = 1): JourneyMap {
  const random = randomSource(seed);
  const stages = generateStages(random);
  const channels = [...defaultChannels("en"), ...CUSTOM_CHANNELS];
  const categoryOf = new Map(channels.map((channel) => [channel.id, channel.category]));
  const capabilities = allCapabilities();
  const cellSizes = new Map<string, number>();

  const touchpoints: Touchpoint[] = [];
  for (let index = 0; index < touchpointCount; index++) {
    const stage = stages[Math.floor((index * stages.length) / touchpointCount)] ?? stages[0];
    if (stage === undefined) throw new Error("no stages");
    const channelIds = generateChannelIds(random, channels, index);
    const lane = channelIds.map((id) => categoryOf.get(id)).find((category) => category !== undefined) ?? "none";
    const cell = `${stage.id} ${lane}`;
    const inCell = cellSizes.get(cell) ?? 0;
    cellSizes.set(cell, inCell + 1);
    const touchpoint: Touchpoint = {
      id: `tp-${index + 1}`,
      title: pick(random, TITLES[lane]),
      stageId: stage.id,
      channelIds,
      itSupport: weighted(random, IT_SUPPORT_MIX),
      critical: random() < 0.15,
      owner: pick(random, OWNERS),
      notes: random() < 0.1 ? "Discussed in the workshop; follow up with the process owner." : "",
      painPoints: random() < 0.2 ? ["Has to repeat the same details"] : [],
      opportunities: random() < 0.15 ? ["Pre-fill from the customer record"] : [],
      capabilities: random() < 0.5 ? [pick(random, capabilities)] : [],
      position: stackedPosition(inCell % 4, Math.floor(inCell / 4)),
    };
    // One in five is not rated: the emotion curve must skip it.
    if (random() < 0.8) touchpoint.emotion = pick(random, [-2, -1, 0, 1, 2] as const);
    touchpoints.push(touchpoint);
  }

  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: `Generated journey (${touchpointCount} touchpoints, seed ${seed})`,
    description: "Made by generateJourney for benches and tests.",
    market: pick(random, MARKETS),
    coverage: defaultCoverage(),
    stages,
    channels,
    touchpoints,
    connections: generateConnections(random, touchpoints),
    // Drawn last, so the rest of a seed's map is what it was before maps had comments.
    comments: generateComments(random, touchpoints),
  };
}

/** A workshop's talk: about one touchpoint in ten has a thread of one to three messages. */
function generateComments(random: Random, touchpoints: readonly Touchpoint[]): CommentThread[] {
  const threads: CommentThread[] = [];
  const start = Date.parse("2026-11-30T09:00:00.000Z");
  for (const touchpoint of touchpoints) {
    if (random() >= 0.1) continue;
    const id = `k${threads.length + 1}`;
    const count = 1 + Math.floor(random() * 3);
    const messages = Array.from({ length: count }, (_, index) => ({
      id: `${id}-m${index + 1}`,
      author: pick(random, OWNERS),
      createdAt: new Date(start + threads.length * 60_000 + index * 5_000).toISOString(),
      text: index === 0 ? "Who owns the follow-up here?" : "We take it in the next sprint.",
    }));
    threads.push({ id, touchpointId: touchpoint.id, resolved: random() < 0.3, messages });
  }
  return threads;
}

/** The path from each touchpoint to the next (most of the time), plus cross links: about 1.2 per touchpoint. */
function generateConnections(random: Random, touchpoints: readonly Touchpoint[]): Connection[] {
  const connections: Connection[] = [];
  const add = (from: string, to: string): void => {
    connections.push({ id: `c-${connections.length + 1}`, from, to, label: random() < 0.1 ? "then" : "" });
  };
  const idAt = (index: number): string => touchpoints[index]?.id ?? "";
  for (let index = 0; index + 1 < touchpoints.length; index++) {
    if (random() < 0.9) add(idAt(index), idAt(index + 1));
  }
  const target = Math.round(touchpoints.length * 1.2);
  while (touchpoints.length >= 2 && connections.length < target) {
    const from = Math.floor(random() * touchpoints.length);
    // A touchpoint deleted after it was linked to: a dangling end validation must report.
    if (random() < 0.02) add(idAt(from), `deleted-touchpoint-${connections.length}`);
    else add(idAt(from), idAt((from + 1 + Math.floor(random() * (touchpoints.length - 1))) % touchpoints.length));
  }
  return connections;
}
