import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useSyncExternalStore } from "react";
import * as Y from "yjs";
import {
  deleteCommentMessage,
  deleteCommentThread,
  editCommentMessage,
  readJourney,
  replyToCommentThread,
  setCommentThreadResolved,
  startCommentThread,
  writeJourney,
} from "@kundresa/shared";
import { describe, expect, it } from "vitest";
import { fixtureMap } from "../testing/fixtureMaps";
import { CommentsTab } from "./CommentsTab";

let ids = 0;
const message = (text: string, author = "Anna") => ({
  id: `m${++ids}`,
  author,
  createdAt: new Date().toISOString(),
  text,
});

/** The tab on a real document, wired to the real intents as the editor wires it. */
function Harness({ doc, readOnly, selected }: { doc: Y.Doc; readOnly: boolean; selected: string | undefined }) {
  const map = useSyncExternalStore(
    (onChange) => {
      doc.on("update", onChange);
      return () => doc.off("update", onChange);
    },
    () => cached(doc),
  );
  return (
    <CommentsTab
      map={map}
      locale="en"
      readOnly={readOnly}
      author="Anna"
      selectedTouchpointId={selected}
      onStart={(touchpointId, text) =>
        startCommentThread(doc, { id: `k${++ids}`, touchpointId, message: message(text) })
      }
      onReply={(threadId, text) => replyToCommentThread(doc, threadId, message(text, "Björn"))}
      onResolve={(threadId, resolved) => setCommentThreadResolved(doc, threadId, resolved)}
      onDelete={(threadId) => deleteCommentThread(doc, threadId)}
      onDeleteMessage={(threadId, messageId) => deleteCommentMessage(doc, threadId, messageId)}
      onEdit={(threadId, messageId, text) =>
        editCommentMessage(doc, threadId, messageId, { text, editedAt: new Date().toISOString() })
      }
      onFocusTouchpoint={() => {}}
    />
  );
}

// Keyed by the update count, not the state vector: a deletion changes no clock, only the delete set.
const updateCounts = new WeakMap<Y.Doc, number>();
const snapshots = new WeakMap<Y.Doc, { count: number; map: ReturnType<typeof readJourney>["map"] }>();
function cached(doc: Y.Doc) {
  if (!updateCounts.has(doc)) {
    updateCounts.set(doc, 0);
    doc.on("update", () => updateCounts.set(doc, (updateCounts.get(doc) ?? 0) + 1));
  }
  const count = updateCounts.get(doc) ?? 0;
  const known = snapshots.get(doc);
  if (known && known.count === count) return known.map;
  const map = readJourney(doc).map;
  snapshots.set(doc, { count, map });
  return map;
}

function setup({ readOnly = false, selected = "t-install" as string | undefined } = {}) {
  const doc = new Y.Doc();
  writeJourney(doc, fixtureMap());
  render(<Harness doc={doc} readOnly={readOnly} selected={selected} />);
  return { doc, user: userEvent.setup() };
}

describe("CommentsTab", () => {
  it("starts a thread on the selected card with Ctrl+Enter, then lists it under the card", async () => {
    const { doc, user } = setup();
    const box = screen.getByRole("textbox", { name: "New comment on “Installation”" });
    await user.type(box, "  Who books the technician?  ");
    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(box).toHaveValue("");
    const [thread] = readJourney(doc).map.comments;
    expect(thread).toMatchObject({ touchpointId: "t-install", resolved: false });
    expect(thread?.messages.map((entry) => entry.text)).toEqual(["Who books the technician?"]);
    expect(screen.getByRole("button", { name: "Show “Installation” on the map" })).toBeInTheDocument();
    expect(screen.getByText("Who books the technician?")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Open (1)" })).toBeChecked();
  });

  it("replies, resolves (the thread moves to Resolved) and reopens", async () => {
    const { doc, user } = setup();
    act(() => {
      startCommentThread(doc, { id: "k1", touchpointId: "t-visit", message: message("Slots are scarce") });
    });
    await user.type(screen.getByRole("textbox", { name: "Reply to Anna" }), "Add a booking page");
    await user.click(screen.getByRole("button", { name: "Reply" }));
    expect(readJourney(doc).map.comments[0]?.messages.map((entry) => entry.author)).toEqual(["Anna", "Björn"]);

    await user.click(screen.getByRole("button", { name: "Resolve" }));
    expect(readJourney(doc).map.comments[0]?.resolved).toBe(true);
    expect(screen.queryByText("Slots are scarce")).not.toBeInTheDocument();
    expect(screen.getByText(/No open threads/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Resolved (1)" }));
    const thread = screen.getByRole("article");
    expect(within(thread).getByText("Resolved")).toBeInTheDocument();
    await user.click(within(thread).getByRole("button", { name: "Reopen" }));
    expect(readJourney(doc).map.comments[0]?.resolved).toBe(false);
  });

  it("asks before deleting a thread, and Keep leaves it", async () => {
    const { doc, user } = setup();
    act(() => {
      startCommentThread(doc, { id: "k1", touchpointId: "t-visit", message: message("Slots are scarce") });
    });
    await user.click(screen.getByRole("button", { name: "Delete thread" }));
    await user.click(screen.getByRole("button", { name: "Keep" }));
    expect(readJourney(doc).map.comments).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Delete thread" }));
    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(readJourney(doc).map.comments).toHaveLength(0);
  });

  it("shows a colleague's new thread as it arrives, the selected card's threads first", () => {
    const { doc } = setup({ selected: "t-letter" });
    act(() => {
      startCommentThread(doc, { id: "k1", touchpointId: "t-visit", message: message("First") });
      startCommentThread(doc, { id: "k2", touchpointId: "t-letter", message: message("Second") });
    });
    const headings = screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(["Renewal letter", "Sales visit"]);
  });

  it("on a view link shows every thread and no way to write, resolve or delete", () => {
    const doc = new Y.Doc();
    writeJourney(doc, fixtureMap());
    startCommentThread(doc, { id: "k1", touchpointId: "t-visit", message: message("Slots are scarce") });
    render(<Harness doc={doc} readOnly selected="t-visit" />);
    expect(screen.getByText("Slots are scarce")).toBeInTheDocument();
    expect(screen.getByText(/you can read the comments, not write them/)).toBeInTheDocument();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Resolve|Delete|Reply|Comment|Edit/ })).not.toBeInTheDocument();
  });

  it("lets you correct your own message, not a colleague's, and marks it edited for everyone", async () => {
    const { doc, user } = setup();
    act(() => {
      startCommentThread(doc, { id: "k1", touchpointId: "t-visit", message: message("Slots are scarse") });
      replyToCommentThread(doc, "k1", message("Agreed", "Björn"));
    });
    expect(screen.getAllByRole("button", { name: "Edit your message" })).toHaveLength(1);
    expect(screen.queryByText(/edited/)).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Edit your message" }));
    const box = screen.getByRole("textbox", { name: "Edit your message from just now" });
    expect(box).toHaveValue("Slots are scarse");
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, "Slots are scarce");
    await user.keyboard("{Control>}{Enter}{/Control}");

    const [first, second] = readJourney(doc).map.comments[0]?.messages ?? [];
    expect(first).toMatchObject({ author: "Anna", text: "Slots are scarce" });
    expect(first?.editedAt).toBeDefined();
    expect(second).toMatchObject({ author: "Björn", text: "Agreed" });
    expect(second?.editedAt).toBeUndefined();
    expect(screen.queryByRole("textbox", { name: /Edit your message/ })).not.toBeInTheDocument();
    expect(screen.getByText("Slots are scarce")).toBeInTheDocument();
    expect(screen.getAllByText(/edited/)).toHaveLength(1);
  });

  it("takes back your own reply after asking, never the thread's opening message or a colleague's", async () => {
    const { doc, user } = setup();
    act(() => {
      startCommentThread(doc, { id: "k1", touchpointId: "t-visit", message: message("Slots are scarce") });
      replyToCommentThread(doc, "k1", message("Agreed", "Björn"));
      replyToCommentThread(doc, "k1", message("Wrong card, sorry"));
    });
    // Three messages, two of them Anna's, one of those a reply: one delete button.
    expect(screen.getAllByRole("button", { name: "Edit your message" })).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Delete your reply" }));
    expect(screen.getByRole("group", { name: "Delete this reply for everyone?" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Keep" }));
    expect(readJourney(doc).map.comments[0]?.messages).toHaveLength(3);

    await user.click(screen.getByRole("button", { name: "Delete your reply" }));
    await user.click(screen.getByRole("button", { name: "Delete" }));
    const texts = readJourney(doc).map.comments[0]?.messages.map((entry) => entry.text);
    expect(texts).toEqual(["Slots are scarce", "Agreed"]);
    expect(screen.queryByText("Wrong card, sorry")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Delete your reply" })).not.toBeInTheDocument();
  });

  it("gives up an edit on Escape or Cancel, and will not save an empty message", async () => {
    const { doc, user } = setup();
    act(() => {
      startCommentThread(doc, { id: "k1", touchpointId: "t-visit", message: message("Slots are scarce") });
    });
    await user.click(screen.getByRole("button", { name: "Edit your message" }));
    await user.type(screen.getByRole("textbox", { name: /Edit your message/ }), " (maybe)");
    await user.keyboard("{Escape}");
    await user.click(screen.getByRole("button", { name: "Edit your message" }));
    await user.clear(screen.getByRole("textbox", { name: /Edit your message/ }));
    expect(screen.getByRole("button", { name: "Save" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Cancel" }));

    const messages = readJourney(doc).map.comments[0]?.messages ?? [];
    expect(messages.map((entry) => [entry.text, entry.editedAt])).toEqual([["Slots are scarce", undefined]]);
    expect(screen.getByText("Slots are scarce")).toBeInTheDocument();
    expect(screen.queryByText(/edited/)).not.toBeInTheDocument();
  });
});
