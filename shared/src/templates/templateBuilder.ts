import { defaultChannels } from "../catalogue/channels";
import type { Localized } from "../catalogue/locale";
import type { Channel } from "../format/channel";
import type { Category, Emotion, ItSupport, Market, Phase } from "../format/enums";
import {
  CURRENT_VERSION,
  FORMAT_ID,
  defaultCoverage,
  journeyMapSchema,
  type Coverage,
  type JourneyMap,
} from "../format/journeyMap";
import type { Stage } from "../format/stage";
import { stackedPosition } from "../layout/metrics";

/** A starter map the editor offers on "New from template". */
export interface JourneyTemplate {
  /** Stable and unique across `TEMPLATES`: links and tests name a template by it. */
  id: string;
  name: Localized;
  summary: Localized;
  market: Market;
  /** A fresh, complete map on every call, so the editor may mutate what it gets. */
  build(): JourneyMap;
}

/** A touchpoint as a template writes it: the format's fields, with owner and emotion required. */
export interface TouchpointDetails {
  stageId: string;
  channelIds: readonly string[];
  itSupport: ItSupport;
  owner: string;
  emotion: Emotion;
  critical?: boolean;
  notes?: string;
  painPoints?: readonly string[];
  opportunities?: readonly string[];
  capabilities?: readonly string[];
}

export interface TouchpointRow {
  id: string;
  title: string;
  details: TouchpointDetails;
}

/** One step of the customer's path: from, to and an optional label ("re-purchase"). */
export type PathStep = readonly [from: string, to: string, label?: string];

export interface JourneySpec {
  title: string;
  description: string;
  market: Market;
  /** Defaults to the format's default coverage (sales, service, communication in every phase). */
  coverage?: Coverage;
  stages: readonly Stage[];
  /** Added after the default catalogue; ids must not clash with it. */
  customChannels?: readonly Channel[];
  /** Within a cell (stage × lane of the first channel) cards stack top to bottom in this order. */
  touchpoints: readonly TouchpointRow[];
  /** Connection ids are `c-1`, `c-2`… in this order, so they stay stable between builds. */
  path: readonly PathStep[];
}

/** One column; list a template's stages in phase order. */
export function stage(id: string, phase: Phase, title: string): Stage {
  return { id, phase, title };
}

/** One touchpoint row; its position is left to `buildJourney`. */
export function tp(id: string, title: string, details: TouchpointDetails): TouchpointRow {
  return { id, title, details };
}

/**
 * The map a spec describes. Every card gets `stackedPosition(n)` for the n-th card in its cell (the
 * lane is the category of its first channel, or a "no channel" lane), so no two cards of a template
 * overlap. The result is parsed by the format schema, which fills defaults and returns new objects:
 * two calls never share an array or object. Throws if the spec breaks the format (a duplicate id, an
 * emotion out of range), a template author's mistake the template tests catch; broken references are
 * not checked here, the tests check them.
 */
export function buildJourney(spec: JourneySpec): JourneyMap {
  const channels: Channel[] = [...defaultChannels("en"), ...(spec.customChannels ?? []).map((c) => ({ ...c }))];
  const categoryOf = new Map<string, Category>(channels.map((channel) => [channel.id, channel.category]));
  const cardsInCell = new Map<string, number>();

  const touchpoints = spec.touchpoints.map((row) => {
    const { details } = row;
    const firstChannel = details.channelIds[0];
    const lane = (firstChannel === undefined ? undefined : categoryOf.get(firstChannel)) ?? "none";
    const cell = `${details.stageId}\u0000${lane}`;
    const index = cardsInCell.get(cell) ?? 0;
    cardsInCell.set(cell, index + 1);
    return {
      id: row.id,
      title: row.title,
      stageId: details.stageId,
      channelIds: [...details.channelIds],
      itSupport: details.itSupport,
      emotion: details.emotion,
      critical: details.critical ?? false,
      owner: details.owner,
      notes: details.notes ?? "",
      painPoints: [...(details.painPoints ?? [])],
      opportunities: [...(details.opportunities ?? [])],
      capabilities: [...(details.capabilities ?? [])],
      position: stackedPosition(index),
    };
  });

  return journeyMapSchema.parse({
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: spec.title,
    description: spec.description,
    market: spec.market,
    coverage: spec.coverage ?? defaultCoverage(),
    stages: spec.stages.map((s) => ({ ...s })),
    channels,
    touchpoints,
    connections: spec.path.map(([from, to, label], index) => ({ id: `c-${index + 1}`, from, to, label: label ?? "" })),
  });
}

/** A template whose `build()` makes a fresh map from `spec` each time. */
export function defineTemplate(
  meta: { id: string; name: Localized; summary: Localized },
  spec: JourneySpec,
): JourneyTemplate {
  return { ...meta, market: spec.market, build: () => buildJourney(spec) };
}
