// Test support only (imported by `*.test.ts` files, never by the library), hence fast-check.
import fc from "fast-check";
import * as Y from "yjs";
import type { Channel } from "../../format/channel";
import type { Connection } from "../../format/connection";
import type { JourneyMap } from "../../format/journeyMap";
import type { Stage } from "../../format/stage";
import type { Position, Touchpoint } from "../../format/touchpoint";
import { addChannel, deleteChannel, updateChannel, type ChannelPatch } from "../channelIntents";
import { connect, deleteConnections, updateConnection, type ConnectionPatch } from "../connectionIntents";
import { journeyRoots } from "../layout";
import { setMeta, type MetaPatch } from "../metaIntents";
import { addStage, deleteStage, reorderStage, repairJourney, updateStage, type StagePatch } from "../stageIntents";
import {
  addTouchpoint,
  deleteTouchpoints,
  moveTouchpoint,
  updateTouchpoint,
  type TouchpointPatch,
} from "../touchpointIntents";
import { writeJourney } from "../writeJourney";
import {
  CHANNEL_IDS,
  CONNECTION_IDS,
  STAGE_IDS,
  TOUCHPOINT_IDS,
  channelArb,
  channelPatchArb,
  connectionArb,
  connectionPatchArb,
  garbageCommandArb,
  journeyArb,
  metaPatchArb,
  stageArb,
  stagePatchArb,
  touchpointArb,
  touchpointPatchArb,
  type GarbageCommand,
  type GarbageValue,
} from "./arbitraries";

/** One thing a user (or a misbehaving client) does to a replica. */
export type Command =
  | { kind: "addTouchpoint"; touchpoint: Touchpoint }
  | { kind: "updateTouchpoint"; id: string; patch: TouchpointPatch }
  | { kind: "moveTouchpoint"; id: string; stageId: string | undefined; position: Position }
  | { kind: "deleteTouchpoints"; ids: string[] }
  | { kind: "connect"; connection: Connection }
  | { kind: "updateConnection"; id: string; patch: ConnectionPatch }
  | { kind: "deleteConnections"; ids: string[] }
  | { kind: "addStage"; stage: Stage; index: number | undefined }
  | { kind: "updateStage"; id: string; patch: StagePatch }
  | { kind: "reorderStage"; id: string; toIndex: number }
  | { kind: "deleteStage"; id: string; moveTouchpointsTo: string | undefined }
  | { kind: "addChannel"; channel: Channel }
  | { kind: "updateChannel"; id: string; patch: ChannelPatch }
  | { kind: "deleteChannel"; id: string; stripFromTouchpoints: boolean }
  | { kind: "setMeta"; patch: MetaPatch }
  | { kind: "writeJourney"; map: JourneyMap }
  | { kind: "repairJourney" }
  | GarbageCommand;

const touchpointId = fc.constantFrom(...TOUCHPOINT_IDS);
const stageId = fc.constantFrom(...STAGE_IDS);
const channelId = fc.constantFrom(...CHANNEL_IDS);
const connectionId = fc.constantFrom(...CONNECTION_IDS);
const position = fc.record({ x: fc.integer({ min: -50, max: 500 }), y: fc.integer({ min: -50, max: 500 }) });

function command<K extends Command["kind"], R extends object>(
  kind: K,
  fields: { [F in keyof R]: fc.Arbitrary<R[F]> },
): fc.Arbitrary<{ kind: K } & R> {
  return fc.record(fields).map((record) => ({ kind, ...(record as R) }));
}

/** Intents weighted towards the conflicting ones; `garbage` adds raw writes of anything. */
export function commandArb(options: { garbage: boolean }): fc.Arbitrary<Command> {
  const intents: fc.WeightedArbitrary<Command>[] = [
    { weight: 3, arbitrary: command("addTouchpoint", { touchpoint: touchpointArb }) },
    { weight: 4, arbitrary: command("updateTouchpoint", { id: touchpointId, patch: touchpointPatchArb }) },
    {
      weight: 2,
      arbitrary: command("moveTouchpoint", {
        id: touchpointId,
        stageId: fc.option(stageId, { nil: undefined }),
        position,
      }),
    },
    { weight: 2, arbitrary: command("deleteTouchpoints", { ids: fc.uniqueArray(touchpointId, { maxLength: 2 }) }) },
    { weight: 2, arbitrary: command("connect", { connection: connectionArb }) },
    { weight: 1, arbitrary: command("updateConnection", { id: connectionId, patch: connectionPatchArb }) },
    { weight: 1, arbitrary: command("deleteConnections", { ids: fc.uniqueArray(connectionId, { maxLength: 2 }) }) },
    { weight: 2, arbitrary: command("addStage", { stage: stageArb, index: fc.option(fc.nat(5), { nil: undefined }) }) },
    { weight: 2, arbitrary: command("updateStage", { id: stageId, patch: stagePatchArb }) },
    { weight: 4, arbitrary: command("reorderStage", { id: stageId, toIndex: fc.nat(4) }) },
    {
      weight: 2,
      arbitrary: command("deleteStage", { id: stageId, moveTouchpointsTo: fc.option(stageId, { nil: undefined }) }),
    },
    { weight: 1, arbitrary: command("addChannel", { channel: channelArb }) },
    { weight: 1, arbitrary: command("updateChannel", { id: channelId, patch: channelPatchArb }) },
    { weight: 1, arbitrary: command("deleteChannel", { id: channelId, stripFromTouchpoints: fc.boolean() }) },
    { weight: 1, arbitrary: command("setMeta", { patch: metaPatchArb }) },
    { weight: 1, arbitrary: command("writeJourney", { map: journeyArb }) },
    { weight: 1, arbitrary: fc.constant({ kind: "repairJourney" as const }) },
  ];
  if (options.garbage) intents.push({ weight: 3, arbitrary: garbageCommandArb });
  return fc.oneof(...intents);
}

/** Builds a stored value; shared types are created here because each can be inserted only once. */
export function buildGarbage(value: GarbageValue): unknown {
  if ("plain" in value) return value.plain;
  if (value.shared === "text") return new Y.Text(value.content);
  if (value.shared === "array") return Y.Array.from([value.content]);
  const map = new Y.Map<unknown>();
  map.set("x", value.content);
  return map;
}

function applyGarbage(doc: Y.Doc, garbage: GarbageCommand, origin: unknown): void {
  const roots = journeyRoots(doc);
  doc.transact(() => {
    switch (garbage.kind) {
      case "garbageEntry":
        roots[garbage.collection].set(garbage.key, buildGarbage(garbage.value));
        return;
      case "garbageField": {
        const entry = roots[garbage.collection].get(garbage.key);
        if (entry instanceof Y.Map) entry.set(garbage.field, buildGarbage(garbage.value));
        return;
      }
      case "garbageStage": {
        // Y.Array refuses `undefined` (it throws mid-transaction), so a client can only store null there.
        const value = buildGarbage(garbage.value) ?? null;
        roots.stages.insert(Math.min(garbage.index, roots.stages.length), [value]);
        return;
      }
      case "garbageStageField": {
        const entry = garbage.index < roots.stages.length ? roots.stages.get(garbage.index) : undefined;
        if (entry instanceof Y.Map) entry.set(garbage.field, buildGarbage(garbage.value));
        return;
      }
      case "garbageMeta":
        roots.meta.set(garbage.field, buildGarbage(garbage.value));
        return;
    }
  }, origin);
}

function applyIntent(doc: Y.Doc, command: Exclude<Command, GarbageCommand>, origin: unknown): void {
  switch (command.kind) {
    case "addTouchpoint":
      addTouchpoint(doc, command.touchpoint, origin);
      return;
    case "updateTouchpoint":
      updateTouchpoint(doc, command.id, command.patch, origin);
      return;
    case "moveTouchpoint": {
      const { stageId: target, position: to } = command;
      moveTouchpoint(
        doc,
        command.id,
        target === undefined ? { position: to } : { stageId: target, position: to },
        origin,
      );
      return;
    }
    case "deleteTouchpoints":
      deleteTouchpoints(doc, command.ids, origin);
      return;
    case "connect":
      connect(doc, command.connection, origin);
      return;
    case "updateConnection":
      updateConnection(doc, command.id, command.patch, origin);
      return;
    case "deleteConnections":
      deleteConnections(doc, command.ids, origin);
      return;
    case "addStage":
      addStage(doc, command.stage, command.index, origin);
      return;
    case "updateStage":
      updateStage(doc, command.id, command.patch, origin);
      return;
    case "reorderStage":
      reorderStage(doc, command.id, command.toIndex, origin);
      return;
    case "deleteStage":
      deleteStage(doc, command.id, { moveTouchpointsTo: command.moveTouchpointsTo }, origin);
      return;
    case "addChannel":
      addChannel(doc, command.channel, origin);
      return;
    case "updateChannel":
      updateChannel(doc, command.id, command.patch, origin);
      return;
    case "deleteChannel":
      deleteChannel(doc, command.id, { stripFromTouchpoints: command.stripFromTouchpoints }, origin);
      return;
    case "setMeta":
      setMeta(doc, command.patch, origin);
      return;
    case "writeJourney":
      writeJourney(doc, command.map, origin);
      return;
    case "repairJourney":
      repairJourney(doc, origin);
      return;
  }
}

/** Refusals a random command may legitimately meet (an id already taken, a target stage missing). */
const EXPECTED_REFUSAL = /already exists|names no stage|cannot move the touchpoints/;

/**
 * Applies a command. An intent may refuse (an add whose id is taken…): then it must have thrown
 * before writing anything, which this checks by counting the document's updates. Any other error
 * is rethrown: the command generator only builds valid input.
 */
export function applyCommand(doc: Y.Doc, command: Command, origin: unknown = null): void {
  if (command.kind.startsWith("garbage")) {
    applyGarbage(doc, command as GarbageCommand, origin);
    return;
  }
  let updates = 0;
  const count = (): void => {
    updates++;
  };
  doc.on("update", count);
  try {
    applyIntent(doc, command as Exclude<Command, GarbageCommand>, origin);
  } catch (error) {
    if (!(error instanceof Error) || !EXPECTED_REFUSAL.test(error.message)) throw error;
    if (updates > 0) throw new Error(`${command.kind} refused but wrote ${updates} update(s): ${error.message}`);
  } finally {
    doc.off("update", count);
  }
}
