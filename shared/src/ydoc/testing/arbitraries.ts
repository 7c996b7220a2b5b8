// Test support only (imported by `*.test.ts` files, never by the library), hence fast-check.
import fc from "fast-check";
import { CATEGORIES, IT_SUPPORT_LEVELS, MARKETS, PHASES } from "../../format/enums";
import { CURRENT_VERSION, FORMAT_ID, type JourneyMap } from "../../format/journeyMap";
import type { Channel } from "../../format/channel";
import type { CommentThread } from "../../format/comment";
import type { Connection } from "../../format/connection";
import type { Stage } from "../../format/stage";
import type { Touchpoint } from "../../format/touchpoint";
import type { ChannelPatch } from "../channelIntents";
import type { ConnectionPatch } from "../connectionIntents";
import type { MetaPatch } from "../metaIntents";
import type { StagePatch } from "../stageIntents";
import type { TouchpointPatch } from "../touchpointIntents";

/* Small id pools, so that random commands collide: the same card edited and deleted, one stage moved twice. */
export const STAGE_IDS = ["s1", "s2", "s3", "s4"] as const;
export const CHANNEL_IDS = ["email", "web", "phone", "chat"] as const;
export const TOUCHPOINT_IDS = ["t1", "t2", "t3", "t4", "t5"] as const;
export const CONNECTION_IDS = ["c1", "c2", "c3", "c4"] as const;
export const THREAD_IDS = ["k1", "k2", "k3"] as const;

const shortText = fc.string({ maxLength: 6 });
const textList = fc.array(shortText, { maxLength: 2 });
const position = fc.record({ x: fc.integer({ min: -50, max: 500 }), y: fc.integer({ min: -50, max: 500 }) });
const channelIdList = fc.uniqueArray(fc.constantFrom(...CHANNEL_IDS, "gone"), { maxLength: 3 });

export const stageArb: fc.Arbitrary<Stage> = fc.record({
  id: fc.constantFrom(...STAGE_IDS),
  phase: fc.constantFrom(...PHASES),
  title: shortText,
});
export const channelArb: fc.Arbitrary<Channel> = fc.record({
  id: fc.constantFrom(...CHANNEL_IDS),
  category: fc.constantFrom(...CATEGORIES),
  name: shortText,
});
export const touchpointArb: fc.Arbitrary<Touchpoint> = fc
  .record({
    id: fc.constantFrom(...TOUCHPOINT_IDS),
    title: shortText,
    stageId: fc.constantFrom(...STAGE_IDS, "gone"),
    channelIds: channelIdList,
    itSupport: fc.constantFrom(...IT_SUPPORT_LEVELS),
    emotion: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
    critical: fc.boolean(),
    owner: shortText,
    notes: shortText,
    painPoints: textList,
    opportunities: textList,
    capabilities: textList,
    votes: fc.option(
      fc.record(
        { touchpoint: fc.nat({ max: 9 }), painPoints: fc.dictionary(shortText, fc.nat({ max: 9 }), { maxKeys: 2 }) },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    position,
  })
  .map((touchpoint) => {
    const { emotion, votes, ...rest } = touchpoint;
    return {
      ...rest,
      ...(emotion === undefined ? {} : { emotion }),
      ...(votes === undefined ? {} : { votes }),
    };
  });
export const connectionArb: fc.Arbitrary<Connection> = fc.record({
  id: fc.constantFrom(...CONNECTION_IDS),
  from: fc.constantFrom(...TOUCHPOINT_IDS),
  to: fc.constantFrom(...TOUCHPOINT_IDS),
  label: shortText,
});

const messageArb = fc.record({
  id: fc.constantFrom("m1", "m2", "m3", "m4"),
  author: shortText,
  createdAt: fc.integer({ min: 0, max: 5 }).map((minute) => `2026-11-30T09:0${minute}:00.000Z`),
  text: fc.string({ minLength: 1, maxLength: 6 }),
});
export const commentThreadArb: fc.Arbitrary<CommentThread> = fc.record({
  id: fc.constantFrom(...THREAD_IDS),
  touchpointId: fc.constantFrom(...TOUCHPOINT_IDS, "gone"),
  resolved: fc.boolean(),
  // Sorted as the reader gives them: by time, then id.
  messages: fc
    .uniqueArray(messageArb, { selector: (message) => message.id, minLength: 1, maxLength: 3 })
    .map((messages) =>
      [...messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    ),
});

const coverageArb = fc.record({
  before: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
  during: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
  after: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
});

/** Small valid maps drawing on the id pools. */
export const journeyArb: fc.Arbitrary<JourneyMap> = fc
  .record({
    title: shortText,
    description: shortText,
    market: fc.option(fc.constantFrom(...MARKETS), { nil: undefined }),
    coverage: coverageArb,
    stages: fc.uniqueArray(stageArb, { selector: (stage) => stage.id, maxLength: 4 }),
    channels: fc.uniqueArray(channelArb, { selector: (channel) => channel.id, maxLength: 4 }),
    touchpoints: fc.uniqueArray(touchpointArb, { selector: (touchpoint) => touchpoint.id, maxLength: 5 }),
    connections: fc.uniqueArray(connectionArb, { selector: (connection) => connection.id, maxLength: 4 }),
    comments: fc.uniqueArray(commentThreadArb, { selector: (thread) => thread.id, maxLength: 3 }),
  })
  .map(({ market, ...rest }) => ({
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    ...rest,
    ...(market === undefined ? {} : { market }),
  }));

export const touchpointPatchArb: fc.Arbitrary<TouchpointPatch> = fc.record(
  {
    title: shortText,
    stageId: fc.constantFrom(...STAGE_IDS),
    channelIds: channelIdList,
    itSupport: fc.constantFrom(...IT_SUPPORT_LEVELS),
    emotion: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
    critical: fc.boolean(),
    notes: shortText,
    painPoints: textList,
    position,
  },
  { requiredKeys: [] },
);
export const stagePatchArb: fc.Arbitrary<StagePatch> = fc.record(
  { title: shortText, phase: fc.constantFrom(...PHASES) },
  { requiredKeys: [] },
);
export const channelPatchArb: fc.Arbitrary<ChannelPatch> = fc.record(
  { name: shortText, category: fc.constantFrom(...CATEGORIES) },
  { requiredKeys: [] },
);
export const connectionPatchArb: fc.Arbitrary<ConnectionPatch> = fc.record(
  { from: fc.constantFrom(...TOUCHPOINT_IDS), to: fc.constantFrom(...TOUCHPOINT_IDS), label: shortText },
  { requiredKeys: [] },
);
export const metaPatchArb: fc.Arbitrary<MetaPatch> = fc.record(
  {
    title: shortText,
    description: shortText,
    market: fc.option(fc.constantFrom(...MARKETS), { nil: null }),
    coverage: coverageArb,
  },
  { requiredKeys: [] },
);

/** A value a misbehaving client might store; shared types are described and built when applied. */
export type GarbageValue = { plain: unknown } | { shared: "text" | "map" | "array"; content: string };
export const garbageValueArb: fc.Arbitrary<GarbageValue> = fc.oneof(
  fc.record({ plain: fc.anything({ maxDepth: 2 }) }),
  fc.record({ plain: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ shared: fc.constantFrom("text" as const, "map" as const, "array" as const), content: shortText }),
);

const anyKey = fc.oneof(
  fc.constantFrom(...TOUCHPOINT_IDS, ...CHANNEL_IDS, ...CONNECTION_IDS, ...STAGE_IDS),
  fc.string({ maxLength: 4 }),
);
const fieldName = fc.oneof(
  fc.constantFrom("id", "title", "stageId", "channelIds", "position", "phase", "category", "from", "emotion"),
  fc.string({ maxLength: 4 }),
);

export type GarbageCommand =
  | { kind: "garbageEntry"; collection: "channels" | "touchpoints" | "connections"; key: string; value: GarbageValue }
  | {
      kind: "garbageField";
      collection: "channels" | "touchpoints" | "connections";
      key: string;
      field: string;
      value: GarbageValue;
    }
  | { kind: "garbageStage"; index: number; value: GarbageValue }
  | { kind: "garbageStageField"; index: number; field: string; value: GarbageValue }
  | { kind: "garbageMeta"; field: string; value: GarbageValue };

const keyedCollection = fc.constantFrom("channels" as const, "touchpoints" as const, "connections" as const);
export const garbageCommandArb: fc.Arbitrary<GarbageCommand> = fc.oneof(
  fc.record({
    kind: fc.constant("garbageEntry" as const),
    collection: keyedCollection,
    key: anyKey,
    value: garbageValueArb,
  }),
  fc.record({
    kind: fc.constant("garbageField" as const),
    collection: keyedCollection,
    key: anyKey,
    field: fieldName,
    value: garbageValueArb,
  }),
  fc.record({ kind: fc.constant("garbageStage" as const), index: fc.nat(6), value: garbageValueArb }),
  fc.record({
    kind: fc.constant("garbageStageField" as const),
    index: fc.nat(6),
    field: fieldName,
    value: garbageValueArb,
  }),
  fc.record({
    kind: fc.constant("garbageMeta" as const),
    field: fc.oneof(fc.constantFrom("title", "description", "market", "coverage"), fc.string({ maxLength: 4 })),
    value: garbageValueArb,
  }),
);
