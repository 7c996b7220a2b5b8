import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { CommentMessage } from "../format/comment";
import { importJourney } from "../io/importJourney";
import { exportJourney } from "../io/exportJourney";
import {
  deleteCommentMessage,
  deleteCommentThread,
  editCommentMessage,
  replyToCommentThread,
  setCommentThreadResolved,
  startCommentThread,
} from "./commentIntents";
import { readJourney } from "./journeyCache";
import { createJourneyReader } from "./journeyReader";
import { ROOT_NAMES } from "./layout";
import { deleteTouchpoints } from "./touchpointIntents";
import { writeJourney } from "./writeJourney";
import { recordUpdates, sampleJourney, syncAll } from "./testing/fixtures";

function message(id: string, minute: number, text = `message ${id}`, author = "Anna"): CommentMessage {
  return { id, author, createdAt: `2026-11-30T09:${String(minute).padStart(2, "0")}:00.000Z`, text };
}

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, sampleJourney());
  return doc;
}

function threadOf(doc: Y.Doc, id: string) {
  return readJourney(doc).map.comments.find((thread) => thread.id === id);
}

describe("comment threads", () => {
  it("start a thread on a card, reply, resolve and delete, each one update carrying the origin", () => {
    const doc = sampleDoc();
    const updates = recordUpdates(doc);
    startCommentThread(doc, { id: "k1", touchpointId: "t2", message: message("m1", 1, "Why two steps?") }, "anna");
    expect(replyToCommentThread(doc, "k1", message("m2", 2, "Legal wants it", "Björn"), "anna")).toBe(true);
    expect(setCommentThreadResolved(doc, "k1", true, "anna")).toBe(true);
    expect(threadOf(doc, "k1")).toEqual({
      id: "k1",
      touchpointId: "t2",
      resolved: true,
      messages: [message("m1", 1, "Why two steps?"), message("m2", 2, "Legal wants it", "Björn")],
    });
    expect(deleteCommentThread(doc, "k1", "anna")).toBe(true);
    expect(threadOf(doc, "k1")).toBeUndefined();
    expect(updates.origins).toEqual(["anna", "anna", "anna", "anna"]);
  });

  it("refuse a thread on a card that does not exist, an empty message or a taken id, writing nothing", () => {
    const doc = sampleDoc();
    const before = Y.encodeStateVector(doc);
    expect(() => startCommentThread(doc, { id: "k1", touchpointId: "ghost", message: message("m1", 1) })).toThrow(
      /touchpoint "ghost" does not exist/,
    );
    expect(() => startCommentThread(doc, { id: "k1", touchpointId: "t1", message: message("m1", 1, "") })).toThrow(
      /message\.text/,
    );
    expect(Y.encodeStateVector(doc)).toEqual(before);
    startCommentThread(doc, { id: "k1", touchpointId: "t1", message: message("m1", 1) });
    expect(() => startCommentThread(doc, { id: "k1", touchpointId: "t1", message: message("m2", 2) })).toThrow(
      /already exists/,
    );
    expect(replyToCommentThread(doc, "gone", message("m3", 3))).toBe(false);
  });

  it("keep both of two replies written at the same moment on different devices, in time order on both", () => {
    const [anna, björn] = [sampleDoc(), new Y.Doc()];
    syncAll([anna, björn]);
    startCommentThread(anna, { id: "k1", touchpointId: "t3", message: message("m1", 1) });
    syncAll([anna, björn]);
    replyToCommentThread(anna, "k1", message("m3", 3, "from Anna"));
    replyToCommentThread(björn, "k1", message("m2", 2, "from Björn", "Björn"));
    syncAll([anna, björn]);
    const ids = (doc: Y.Doc) => threadOf(doc, "k1")?.messages.map((entry) => entry.id);
    expect(ids(anna)).toEqual(["m1", "m2", "m3"]);
    expect(ids(björn)).toEqual(["m1", "m2", "m3"]);
  });

  it("edit a message's text in place, noting when, and keep it through the JSON export", () => {
    const doc = sampleDoc();
    startCommentThread(doc, { id: "k1", touchpointId: "t2", message: message("m1", 1, "Why two stpes?") });
    replyToCommentThread(doc, "k1", message("m2", 2, "Legal wants it", "Björn"));
    const updates = recordUpdates(doc);
    const editedAt = "2026-11-30T09:05:00.000Z";
    expect(editCommentMessage(doc, "k1", "m1", { text: "Why two steps?", editedAt }, "anna")).toBe(true);
    expect(threadOf(doc, "k1")?.messages).toEqual([
      { ...message("m1", 1, "Why two steps?"), editedAt },
      message("m2", 2, "Legal wants it", "Björn"),
    ]);
    expect(updates.origins).toEqual(["anna"]);
    const imported = importJourney(exportJourney(readJourney(doc).map));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.map.comments[0]?.messages[0]).toEqual({ ...message("m1", 1, "Why two steps?"), editedAt });
  });

  it("refuse an empty edit and write nothing for a message or thread that is gone", () => {
    const doc = sampleDoc();
    startCommentThread(doc, { id: "k1", touchpointId: "t2", message: message("m1", 1) });
    const before = Y.encodeStateVector(doc);
    const editedAt = "2026-11-30T09:05:00.000Z";
    expect(() => editCommentMessage(doc, "k1", "m1", { text: "", editedAt })).toThrow(/text/);
    expect(editCommentMessage(doc, "k1", "ghost", { text: "x", editedAt })).toBe(false);
    expect(editCommentMessage(doc, "gone", "m1", { text: "x", editedAt })).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("edit a thread an integration stored with a plain message list in one update, and refuse without writing", () => {
    const doc = sampleDoc();
    startCommentThread(doc, { id: "k1", touchpointId: "t2", message: message("m1", 1, "Why two stpes?") });
    const entry = doc.getMap(ROOT_NAMES.comments).get("k1") as Y.Map<unknown>;
    entry.set("messages", [message("m1", 1, "Why two stpes?")]);
    const before = Y.encodeStateVector(doc);
    expect(() => deleteCommentMessage(doc, "k1", "m1")).toThrow(/opens the thread/);
    expect(editCommentMessage(doc, "k1", "ghost", { text: "x", editedAt: "2026-11-30T09:05:00.000Z" })).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);

    const updates = recordUpdates(doc);
    const edit = { text: "Why two steps?", editedAt: "2026-11-30T09:05:00.000Z" };
    expect(editCommentMessage(doc, "k1", "m1", edit, "anna")).toBe(true);
    expect(updates.origins).toEqual(["anna"]);
    expect(entry.get("messages")).toBeInstanceOf(Y.Array);
    expect(threadOf(doc, "k1")?.messages.map((entry) => entry.text)).toEqual(["Why two steps?"]);
  });

  it("settle one message edited on two devices at once on the later edit, on both, not as a broken thread", () => {
    const [laptop, phone] = [sampleDoc(), new Y.Doc()];
    startCommentThread(laptop, { id: "k1", touchpointId: "t3", message: message("m1", 1, "draft") });
    syncAll([laptop, phone]);
    editCommentMessage(laptop, "k1", "m1", { text: "from the laptop", editedAt: "2026-11-30T09:04:00.000Z" });
    editCommentMessage(phone, "k1", "m1", { text: "from the phone", editedAt: "2026-11-30T09:06:00.000Z" });
    syncAll([laptop, phone]);
    for (const doc of [laptop, phone]) {
      const { map, invalidEntries } = readJourney(doc);
      expect(invalidEntries).toEqual([]);
      expect(map.comments[0]?.messages.map((entry) => entry.text)).toEqual(["from the phone"]);
    }
    // The next edit on either folds the two items back into one.
    editCommentMessage(laptop, "k1", "m1", { text: "agreed", editedAt: "2026-11-30T09:07:00.000Z" });
    syncAll([laptop, phone]);
    const items = (doc: Y.Doc) =>
      ((doc.getMap(ROOT_NAMES.comments).get("k1") as Y.Map<unknown>).get("messages") as Y.Array<unknown>).length;
    expect([items(laptop), items(phone)]).toEqual([1, 1]);
    expect(threadOf(phone, "k1")?.messages[0]?.text).toBe("agreed");
  });

  it("still read two different messages sharing an id as a thread needing repair", () => {
    const doc = sampleDoc();
    startCommentThread(doc, { id: "k1", touchpointId: "t1", message: message("m1", 1) });
    const entry = doc.getMap(ROOT_NAMES.comments).get("k1") as Y.Map<unknown>;
    (entry.get("messages") as Y.Array<unknown>).push([message("m1", 2, "another", "Björn")]);
    expect(readJourney(doc).invalidEntries).toEqual([
      expect.objectContaining({ entryId: "k1", problems: [expect.objectContaining({ path: "messages[1].id" })] }),
    ]);
  });

  it("delete one reply, every item of it, but never the message that opens the thread", () => {
    const [laptop, phone] = [sampleDoc(), new Y.Doc()];
    startCommentThread(laptop, { id: "k1", touchpointId: "t2", message: message("m1", 1, "Why two steps?") });
    replyToCommentThread(laptop, "k1", message("m2", 2, "wrong thread", "Björn"));
    replyToCommentThread(laptop, "k1", message("m3", 3, "Legal wants it", "Cleo"));
    syncAll([laptop, phone]);
    // Two devices correct m2 at once: two items, one message; deleting it takes both.
    editCommentMessage(laptop, "k1", "m2", { text: "a", editedAt: "2026-11-30T09:04:00.000Z" });
    editCommentMessage(phone, "k1", "m2", { text: "b", editedAt: "2026-11-30T09:05:00.000Z" });
    syncAll([laptop, phone]);
    const updates = recordUpdates(phone);
    expect(deleteCommentMessage(phone, "k1", "m2", "bjorn")).toBe(true);
    expect(updates.origins).toEqual(["bjorn"]);
    syncAll([laptop, phone]);
    for (const doc of [laptop, phone]) {
      expect(threadOf(doc, "k1")?.messages.map((entry) => entry.id)).toEqual(["m1", "m3"]);
    }

    const before = Y.encodeStateVector(phone);
    expect(() => deleteCommentMessage(phone, "k1", "m1")).toThrow(/opens the thread/);
    expect(deleteCommentMessage(phone, "k1", "m2")).toBe(false);
    expect(deleteCommentMessage(phone, "gone", "m3")).toBe(false);
    expect(Y.encodeStateVector(phone)).toEqual(before);
  });

  it("reopen a resolved thread when someone replies to it", () => {
    const doc = sampleDoc();
    startCommentThread(doc, { id: "k1", touchpointId: "t1", message: message("m1", 1) });
    setCommentThreadResolved(doc, "k1", true);
    replyToCommentThread(doc, "k1", message("m2", 2, "Not quite"));
    expect(threadOf(doc, "k1")?.resolved).toBe(false);
  });

  it("go with their card when it is deleted, and come back with it on undo", () => {
    const doc = sampleDoc();
    startCommentThread(doc, { id: "k1", touchpointId: "t1", message: message("m1", 1) }, "anna");
    startCommentThread(doc, { id: "k2", touchpointId: "t2", message: message("m2", 2) }, "anna");
    const undo = new Y.UndoManager(
      [ROOT_NAMES.touchpoints, ROOT_NAMES.connections, ROOT_NAMES.comments].map((name) => doc.getMap(name)),
      { trackedOrigins: new Set(["anna"]) },
    );
    deleteTouchpoints(doc, ["t1"], "anna");
    expect(readJourney(doc).map.comments.map((thread) => thread.id)).toEqual(["k2"]);
    undo.undo();
    expect(readJourney(doc).map.comments.map((thread) => thread.id)).toEqual(["k1", "k2"]);
  });

  it("round trip through the JSON export, and a replace keeps a thread's Y.Array so later replies merge", () => {
    const doc = sampleDoc();
    startCommentThread(doc, { id: "k1", touchpointId: "t2", message: message("m1", 1, 'Say "why"; then, why') });
    const text = exportJourney(readJourney(doc).map);
    const imported = importJourney(text);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.map.comments).toEqual(readJourney(doc).map.comments);

    const list = () => (doc.getMap(ROOT_NAMES.comments).get("k1") as Y.Map<unknown>).get("messages");
    const before = list();
    const replaced = { ...imported.map, comments: [{ ...imported.map.comments[0]!, resolved: true }] };
    writeJourney(doc, replaced);
    expect(list()).toBe(before);
    expect(list()).toBeInstanceOf(Y.Array);
    expect(threadOf(doc, "k1")?.resolved).toBe(true);
  });

  it("read a thread someone broke (no messages, a nested shared type) as an entry needing repair", () => {
    const doc = sampleDoc();
    const reader = createJourneyReader(doc);
    startCommentThread(doc, { id: "k1", touchpointId: "t1", message: message("m1", 1) });
    expect(reader.read().map.comments).toHaveLength(1);
    const entry = doc.getMap(ROOT_NAMES.comments).get("k1") as Y.Map<unknown>;
    (entry.get("messages") as Y.Array<unknown>).delete(0, 1);
    const { map, invalidEntries } = reader.read();
    expect(map.comments).toEqual([]);
    expect(invalidEntries).toEqual([
      expect.objectContaining({
        collection: "comments",
        entryId: "k1",
        problems: [expect.objectContaining({ path: "messages" })],
      }),
    ]);
    // The reader followed a change deep inside the thread, as `readJourney` from scratch sees it.
    expect(reader.read()).toEqual(readJourney(doc));
  });
});
