import * as Y from "yjs";
import type { z } from "zod";
import { channelSchema, type Channel } from "../format/channel";
import { commentThreadSchema, type CommentMessage, type CommentThread } from "../format/comment";
import { connectionSchema, type Connection } from "../format/connection";
import { stageSchema, type Stage } from "../format/stage";
import { touchpointSchema, type Touchpoint } from "../format/touchpoint";
import { problemsFromZod, type ImportProblem } from "../io/problems";
import type { DocCollection, InvalidEntry } from "../validation/report";
import { exportCost } from "./sizeBudget";
import { describeStoredValue, isSharedType, toRawJson, withoutUndefined } from "./plainValues";

/** A valid entry: its parsed value and what it adds to the exported file's size. */
export interface ValidEntry<T> {
  ok: true;
  /** The map key (keyed collections) or the array index as text (stages). */
  key: string;
  value: T;
  cost: number;
}
export interface RejectedEntry {
  ok: false;
  invalid: InvalidEntry;
}
export type ParsedEntry<T> = ValidEntry<T> | RejectedEntry;

/** How one collection's entries are checked: the format's schema plus what a single entry cannot show. */
export interface EntrySpec<T> {
  collection: DocCollection;
  schema: z.ZodType<T>;
  /** Entries of a keyed collection must carry their key as `id`. */
  keyed: boolean;
  /** Fields stored as a Y.Array (of plain values) rather than a plain value; read as its items. */
  arrayFields?: readonly string[];
  extraProblems?: (value: T) => ImportProblem[];
  /** Puts a valid value in its canonical form (what every replica reads alike). */
  normalise?: (value: T) => T;
}

/** A touchpoint naming one channel twice would make the export fail import (contract §2). */
function duplicateChannelProblems(touchpoint: Touchpoint): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  touchpoint.channelIds.forEach((channelId, index) => {
    if (seen.has(channelId)) {
      problems.push({ path: `channelIds[${index}]`, message: `channel "${channelId}" is listed twice` });
    }
    seen.add(channelId);
  });
  return problems;
}

export const STAGE_SPEC: EntrySpec<Stage> = { collection: "stages", schema: stageSchema, keyed: false };
export const CHANNEL_SPEC: EntrySpec<Channel> = { collection: "channels", schema: channelSchema, keyed: true };
export const TOUCHPOINT_SPEC: EntrySpec<Touchpoint> = {
  collection: "touchpoints",
  schema: touchpointSchema,
  keyed: true,
  extraProblems: duplicateChannelProblems,
};
export const CONNECTION_SPEC: EntrySpec<Connection> = {
  collection: "connections",
  schema: connectionSchema,
  keyed: true,
};

/**
 * An edit replaces a message's item in the thread's array, so two replicas editing one message at
 * once leave two items with its id: versions of the same message (same author and time written).
 * Readers keep the latest edit (then the greater text, so every replica picks the same one), as a
 * field of a Y.Map keeps one writer's value.
 */
function isVersionOf(a: CommentMessage, b: CommentMessage): boolean {
  return a.id === b.id && a.author === b.author && a.createdAt === b.createdAt;
}
function laterVersion(a: CommentMessage, b: CommentMessage): CommentMessage {
  const editedA = a.editedAt === undefined ? -Infinity : Date.parse(a.editedAt);
  const editedB = b.editedAt === undefined ? -Infinity : Date.parse(b.editedAt);
  if (editedA !== editedB) return editedA > editedB ? a : b;
  return a.text >= b.text ? a : b;
}

/** The thread's messages with each message's versions folded into its latest. */
export function latestMessageVersions(messages: readonly CommentMessage[]): CommentMessage[] {
  const kept: CommentMessage[] = [];
  for (const message of messages) {
    const index = kept.findIndex((other) => isVersionOf(other, message));
    if (index === -1) kept.push(message);
    else kept[index] = laterVersion(kept[index] as CommentMessage, message);
  }
  return kept;
}

/** Two messages with one id are a problem unless they are versions of one message (above). */
function duplicateMessageProblems(thread: CommentThread): ImportProblem[] {
  const seen = new Map<string, CommentMessage>();
  const problems: ImportProblem[] = [];
  thread.messages.forEach((message, index) => {
    const earlier = seen.get(message.id);
    if (earlier !== undefined && !isVersionOf(earlier, message)) {
      problems.push({ path: `messages[${index}].id`, message: `duplicate message id "${message.id}"` });
    }
    if (earlier === undefined) seen.set(message.id, message);
  });
  return problems;
}

/**
 * The order messages were written in, whatever order replicas inserted them in: by time (an
 * instant, so offsets compare right), then by id for two written in the same millisecond.
 */
export function writtenOrder(a: CommentMessage, b: CommentMessage): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function chronological(thread: CommentThread): CommentThread {
  const sorted = latestMessageVersions(thread.messages).sort(writtenOrder);
  return sorted.length === thread.messages.length &&
    sorted.every((message, index) => message === thread.messages[index])
    ? thread
    : { ...thread, messages: sorted };
}

export const COMMENT_SPEC: EntrySpec<CommentThread> = {
  collection: "comments",
  schema: commentThreadSchema,
  keyed: true,
  arrayFields: ["messages"],
  extraProblems: duplicateMessageProblems,
  normalise: chronological,
};

export function rejected(
  collection: DocCollection,
  entryId: string,
  problems: ImportProblem[],
  raw: unknown,
): RejectedEntry {
  return { ok: false, invalid: { collection, entryId, problems, raw } };
}

/**
 * The fields of a stored entry as a plain object for the schema, plus a problem for every field that
 * holds a shared type (the layout stores plain values only; a Y.Text title would not survive export
 * the way its author expects, and the intents would silently replace it).
 */
function plainFields(
  entry: Y.Map<unknown>,
  arrayFields: readonly string[] = [],
): { fields: Record<string, unknown>; problems: ImportProblem[] } {
  const fields: Record<string, unknown> = {};
  const problems: ImportProblem[] = [];
  entry.forEach((stored, field) => {
    let value = stored;
    if (stored instanceof Y.Array && arrayFields.includes(field)) {
      const items = (stored as Y.Array<unknown>).toArray();
      items.forEach((item, index) => {
        if (isSharedType(item)) {
          problems.push({
            path: `${field}[${index}]`,
            message: `must be a plain value, not ${describeStoredValue(item)}`,
          });
        }
      });
      value = items.map((item) => (isSharedType(item) ? toRawJson(item) : item));
    } else if (isSharedType(stored)) {
      problems.push({ path: field, message: `must be a plain value, not ${describeStoredValue(stored)}` });
      value = toRawJson(stored);
    }
    // defineProperty, so that a field named "__proto__" is a field and cannot change the prototype.
    if (field === "__proto__") Object.defineProperty(fields, field, { value, enumerable: true, writable: true });
    else fields[field] = value;
  });
  return { fields, problems };
}

/**
 * Parses one stored entry with the format's schema. Never throws: anything a client wrote comes back
 * either as the entry's value (unknown fields dropped, defaults filled, as import does) or as an
 * `InvalidEntry` naming every problem by its path inside the entry.
 */
export function parseEntry<T extends object>(spec: EntrySpec<T>, key: string, stored: unknown): ParsedEntry<T> {
  try {
    if (!(stored instanceof Y.Map)) {
      const problem = {
        path: "",
        message: `must be a shared map (Y.Map) of fields, not ${describeStoredValue(stored)}`,
      };
      return rejected(spec.collection, key, [problem], toRawJson(stored));
    }
    const { fields, problems } = plainFields(stored as Y.Map<unknown>, spec.arrayFields);
    const parsed = spec.schema.safeParse(fields, { reportInput: true });
    if (!parsed.success) problems.push(...problemsFromZod(parsed.error));
    else {
      const id = (parsed.data as { id?: unknown }).id;
      if (spec.keyed && id !== key) {
        problems.push({ path: "id", message: `must equal the entry's key "${key}" in ${spec.collection}` });
      }
      problems.push(...(spec.extraProblems?.(parsed.data) ?? []));
    }
    if (!parsed.success || problems.length > 0) return rejected(spec.collection, key, problems, toRawJson(fields));
    const parsedValue = withoutUndefined(parsed.data);
    const value = spec.normalise ? spec.normalise(parsedValue) : parsedValue;
    return { ok: true, key, value, cost: exportCost(value) };
  } catch (error) {
    const message = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return rejected(spec.collection, key, [{ path: "", message }], toRawJson(stored));
  }
}
