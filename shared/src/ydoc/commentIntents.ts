import * as Y from "yjs";
import { z } from "zod";
import { commentMessageSchema, commentThreadSchema, type CommentMessage, type CommentThread } from "../format/comment";
import { LIMITS } from "../format/limits";
import { idSchema } from "../format/primitives";
import { invalidInput, parseInput } from "./intentInput";
import { latestMessageVersions, writtenOrder } from "./parseEntry";
import { entryMap, journeyRoots, type JourneyRoots } from "./layout";
import { plainEqual } from "./plainValues";
import { fieldsOf, newEntry, updateEntry } from "./writeFields";

/*
 * Comment threads on touchpoints (format version 2). A thread is a Y.Map of plain fields plus a
 * `messages` Y.Array: replies are appended, never written as a whole list, so two people answering
 * at the same moment both keep theirs. Ids come from the caller (the editor makes them unguessable),
 * as for every other entry.
 */

/** The thread as a fresh entry: its fields, and its messages in a Y.Array. */
export function commentThreadEntry(thread: CommentThread): Y.Map<unknown> {
  const { messages, ...fields } = thread;
  const entry = newEntry(fieldsOf(fields));
  const list = new Y.Array<unknown>();
  list.push(messages.map((message) => fieldsOf(message)));
  entry.set("messages", list);
  return entry;
}

/**
 * Brings a stored thread to `thread` with as little churn as it can: fields that differ are set,
 * messages it no longer has are deleted and new ones appended, so a reply added concurrently survives
 * a replace that does not mention it only if the replace keeps the thread (as for any entry).
 */
export function updateCommentThread(entry: Y.Map<unknown>, thread: CommentThread): void {
  const { messages, ...fields } = thread;
  const plain = fieldsOf(fields);
  updateEntry(entry, plain, { removeOthers: false });
  for (const field of [...entry.keys()]) if (!Object.hasOwn(plain, field) && field !== "messages") entry.delete(field);
  const stored = entry.get("messages");
  if (!(stored instanceof Y.Array)) {
    const list = new Y.Array<unknown>();
    list.push(messages.map((message) => fieldsOf(message)));
    entry.set("messages", list);
    return;
  }
  const wanted = new Map(messages.map((message) => [message.id, fieldsOf(message)]));
  const kept = new Set<string>();
  const items = (stored as Y.Array<unknown>).toArray();
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index] as { id?: unknown } | null;
    const id = typeof item?.id === "string" ? item.id : undefined;
    const target = id === undefined ? undefined : wanted.get(id);
    if (id !== undefined && target !== undefined && !kept.has(id) && plainEqual(item, target)) kept.add(id);
    else stored.delete(index, 1);
  }
  const missing = messages.filter((message) => !kept.has(message.id)).map((message) => fieldsOf(message));
  if (missing.length > 0) stored.push(missing);
}

const newThreadSchema = z.object({
  id: idSchema,
  touchpointId: idSchema,
  message: commentMessageSchema,
});

/**
 * Opens a thread on a touchpoint with its first message. Throws, writing nothing, on invalid input,
 * when the touchpoint does not exist (a comment on nothing helps nobody) or the id is taken.
 */
export function startCommentThread(
  doc: Y.Doc,
  input: { id: string; touchpointId: string; message: CommentMessage },
  origin?: unknown,
): CommentThread {
  const parsed = parseInput(newThreadSchema, input, "startCommentThread: the thread");
  const roots = journeyRoots(doc);
  if (!roots.touchpoints.has(parsed.touchpointId)) {
    throw invalidInput("startCommentThread: the thread", [
      { path: "touchpointId", message: `touchpoint "${parsed.touchpointId}" does not exist` },
    ]);
  }
  if (roots.comments.has(parsed.id)) throw new Error(`startCommentThread: thread "${parsed.id}" already exists`);
  if (roots.comments.size >= LIMITS.maxCommentThreads) {
    throw new Error(`startCommentThread: a map holds at most ${LIMITS.maxCommentThreads} comment threads`);
  }
  const thread = commentThreadSchema.parse({
    id: parsed.id,
    touchpointId: parsed.touchpointId,
    resolved: false,
    messages: [parsed.message],
  });
  doc.transact(() => roots.comments.set(thread.id, commentThreadEntry(thread)), origin);
  return thread;
}

/** The thread's messages array, made a Y.Array if a repair or an integration stored a plain list. */
function messageList(entry: Y.Map<unknown>): Y.Array<unknown> {
  const stored = entry.get("messages");
  if (stored instanceof Y.Array) return stored as Y.Array<unknown>;
  const list = new Y.Array<unknown>();
  if (Array.isArray(stored)) list.push(stored.map((item: unknown) => item));
  entry.set("messages", list);
  return list;
}

/**
 * Adds a reply at the end of a thread; replying reopens a resolved thread, as a new question about
 * it means it is not settled. False, writing nothing, when the thread is gone (deleted elsewhere).
 */
export function replyToCommentThread(doc: Y.Doc, threadId: string, message: CommentMessage, origin?: unknown): boolean {
  const parsed = parseInput(commentMessageSchema, message, "replyToCommentThread: the message");
  const entry = entryMap(journeyRoots(doc).comments, threadId);
  if (entry === undefined) return false;
  doc.transact(() => {
    const list = messageList(entry);
    if (list.length >= LIMITS.maxMessagesPerThread) {
      throw new Error(`replyToCommentThread: a thread holds at most ${LIMITS.maxMessagesPerThread} messages`);
    }
    list.push([fieldsOf(parsed)]);
    if (entry.get("resolved") === true) entry.set("resolved", false);
  }, origin);
  return true;
}

/**
 * The thread's stored messages that parse, with their places in the array (one message has several
 * while concurrent edits are unfolded). Reads only: a plain list is made a Y.Array (`messageList`)
 * inside the change that needs it, in the same order, so these indexes hold there.
 */
function storedMessages(entry: Y.Map<unknown>): { index: number; message: CommentMessage }[] {
  const stored = entry.get("messages");
  const items: unknown[] = stored instanceof Y.Array ? stored.toArray() : Array.isArray(stored) ? stored : [];
  return items.flatMap((item, index) => {
    const message = commentMessageSchema.safeParse(item);
    return message.success ? [{ index, message: message.data }] : [];
  });
}

/** Deletes the items at `indexes` (ascending) from the thread's array, last first so each stays put. */
function deleteItems(list: Y.Array<unknown>, indexes: readonly number[]): void {
  for (const index of [...indexes].reverse()) list.delete(index, 1);
}

const messageEditSchema = z.object({
  text: commentMessageSchema.shape.text,
  editedAt: z.iso.datetime({ offset: true }),
});

/**
 * Changes a message's text, noting when. The message's item is replaced in the array (its other
 * fields kept); every item with its id goes, so versions two replicas wrote at once (which readers
 * fold into the latest, `latestMessageVersions`) become one again. False, writing nothing, when the
 * thread or the message is gone; throws, writing nothing, on an empty or overlong text.
 */
export function editCommentMessage(
  doc: Y.Doc,
  threadId: string,
  messageId: string,
  edit: { text: string; editedAt: string },
  origin?: unknown,
): boolean {
  const parsed = parseInput(messageEditSchema, edit, "editCommentMessage: the edit");
  const entry = entryMap(journeyRoots(doc).comments, threadId);
  if (entry === undefined) return false;
  const items = storedMessages(entry).filter(({ message }) => message.id === messageId);
  const current = latestMessageVersions(items.map(({ message }) => message))[0];
  if (current === undefined) return false;
  if (current.text === parsed.text && items.length === 1) return true;
  const edited: CommentMessage = { ...current, text: parsed.text, editedAt: parsed.editedAt };
  const indexes = items.map(({ index }) => index);
  doc.transact(() => {
    const list = messageList(entry);
    deleteItems(list, indexes);
    list.insert(indexes[0] as number, [fieldsOf(edited)]);
  }, origin);
  return true;
}

/**
 * Takes one reply out of a thread. The opening message is the thread's question and goes only with
 * the thread, so deleting it throws (writing nothing): delete the thread instead. False when the
 * thread or the message is already gone. A device that edited the message meanwhile wrote a new
 * item, which the merge keeps: a correction made at the same moment outlives the deletion.
 */
export function deleteCommentMessage(doc: Y.Doc, threadId: string, messageId: string, origin?: unknown): boolean {
  const entry = entryMap(journeyRoots(doc).comments, threadId);
  if (entry === undefined) return false;
  const stored = storedMessages(entry);
  const indexes = stored.filter(({ message }) => message.id === messageId).map(({ index }) => index);
  if (indexes.length === 0) return false;
  const opener = stored.map(({ message }) => message).sort(writtenOrder)[0];
  if (opener?.id === messageId) {
    throw new Error("deleteCommentMessage: the first message opens the thread; delete the thread instead");
  }
  doc.transact(() => deleteItems(messageList(entry), indexes), origin);
  return true;
}

/** Marks a thread resolved or open again. False when the thread is gone. */
export function setCommentThreadResolved(doc: Y.Doc, threadId: string, resolved: boolean, origin?: unknown): boolean {
  const entry = entryMap(journeyRoots(doc).comments, threadId);
  if (entry === undefined) return false;
  if (entry.get("resolved") !== resolved) doc.transact(() => entry.set("resolved", resolved), origin);
  return true;
}

/** Deletes a whole thread. False when it was already gone. */
export function deleteCommentThread(doc: Y.Doc, threadId: string, origin?: unknown): boolean {
  const { comments } = journeyRoots(doc);
  if (!comments.has(threadId)) return false;
  doc.transact(() => comments.delete(threadId), origin);
  return true;
}

/** Deletes the threads on any of `touchpointIds`, inside the caller's transaction (a card taking its talk with it). */
export function deleteThreadsOn(roots: JourneyRoots, touchpointIds: ReadonlySet<string>): number {
  let deleted = 0;
  for (const [key, stored] of [...roots.comments.entries()]) {
    if (!(stored instanceof Y.Map)) continue;
    const touchpointId: unknown = stored.get("touchpointId");
    if (typeof touchpointId === "string" && touchpointIds.has(touchpointId)) {
      roots.comments.delete(key);
      deleted++;
    }
  }
  return deleted;
}
