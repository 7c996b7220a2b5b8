import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, useSyncExternalStore } from "react";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  journeyRoots,
  readJourney,
  removeEntry,
  replaceEntry,
  writeJourney,
  type InvalidEntry,
  type Locale,
} from "@kundresa/shared";
import { fixtureMap } from "../testing/fixtureMaps";
import { RepairEntryDialog } from "./RepairEntryDialog";

/** A real document with one touchpoint broken the way a rogue client might break it. */
function brokenDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeJourney(doc, fixtureMap());
  (journeyRoots(doc).touchpoints.get("t-visit") as Y.Map<unknown>).set("itSupport", "excellent");
  return doc;
}

function invalidVisit(doc: Y.Doc): InvalidEntry | undefined {
  return readJourney(doc).invalidEntries.find((entry) => entry.entryId === "t-visit");
}

/** The dialog wired to the document as the editor wires it, re-rendering as the document changes. */
function Harness({ doc, readOnly, locale }: { doc: Y.Doc; readOnly: boolean; locale: Locale }) {
  const current = useSyncExternalStore(
    (notify) => {
      doc.on("update", notify);
      return () => doc.off("update", notify);
    },
    () => JSON.stringify(invalidVisit(doc) ?? null),
  );
  const [opened] = useState(() => invalidVisit(doc));
  if (!opened) return <p>closed</p>;
  return (
    <RepairEntryDialog
      shown={opened}
      current={JSON.parse(current) ?? undefined}
      readOnly={readOnly}
      locale={locale}
      onReplace={(value) => replaceEntry(doc, opened, value)}
      onRemove={() => removeEntry(doc, opened)}
      onReload={() => {}}
      onClose={() => closes.push(true)}
    />
  );
}

let closes: boolean[] = [];

function setup({ readOnly = false, locale = "en" as Locale } = {}) {
  closes = [];
  const doc = brokenDoc();
  render(<Harness doc={doc} readOnly={readOnly} locale={locale} />);
  return {
    doc,
    user: userEvent.setup(),
    json: () => screen.getByRole("textbox", { name: /as stored|som den är sparad/ }),
  };
}

describe("RepairEntryDialog", () => {
  it("names what is wrong by path and saves a correction onto the map", async () => {
    const { doc, user, json } = setup();
    expect(screen.getByRole("dialog", { name: "Repair Touchpoint entry “t-visit”" })).toBeInTheDocument();
    expect(screen.getByText("itSupport")).toBeInTheDocument();
    expect(json()).toHaveValue(JSON.stringify(invalidVisit(doc)?.raw, null, 2));

    const fixed = JSON.stringify({ ...(invalidVisit(doc)?.raw as object), itSupport: "standalone" });
    await user.clear(json());
    await user.click(json());
    await user.paste(fixed);
    await user.click(screen.getByRole("button", { name: "Save repair" }));

    expect(readJourney(doc).invalidEntries).toEqual([]);
    expect(readJourney(doc).map.touchpoints.find(({ id }) => id === "t-visit")?.itSupport).toBe("standalone");
    expect(closes).toEqual([true]);
  });

  it("keeps the dialog open with the remaining problem when the correction is still wrong", async () => {
    const { doc, user, json } = setup();
    const before = Y.encodeStateAsUpdate(doc);
    await user.clear(json());
    await user.click(json());
    await user.paste(JSON.stringify({ ...(invalidVisit(doc)?.raw as object), itSupport: "integrated", emotion: 9 }));
    await user.click(screen.getByRole("button", { name: "Save repair" }));

    expect(screen.getByRole("alert")).toHaveTextContent("emotion");
    expect(json()).toHaveAttribute("aria-invalid", "true");
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(closes).toEqual([]);

    await user.type(json(), "{{");
    await user.click(screen.getByRole("button", { name: "Save repair" }));
    expect(screen.getByRole("alert")).toHaveTextContent("This is not valid JSON");
  });

  it("removes the entry only after asking", async () => {
    const { doc, user } = setup();
    await user.click(screen.getByRole("button", { name: "Remove entry" }));
    expect(invalidVisit(doc)).toBeDefined();
    expect(screen.getByText(/Its connections go with it/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove it for everyone" }));

    expect(invalidVisit(doc)).toBeUndefined();
    expect(journeyRoots(doc).touchpoints.has("t-visit")).toBe(false);
  });

  it("says so, and offers nothing to overwrite, when someone changes the entry meanwhile", () => {
    const { doc } = setup();
    act(() => (journeyRoots(doc).touchpoints.get("t-visit") as Y.Map<unknown>).set("title", "Sales call"));

    expect(screen.getByRole("status")).toHaveTextContent("Someone changed this entry meanwhile");
    expect(screen.queryByRole("button", { name: "Save repair" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove entry" })).not.toBeInTheDocument();
  });

  it("shows a view-only person the problem without any way to change it, in Swedish too", () => {
    const { json } = setup({ readOnly: true, locale: "sv" });
    expect(screen.getByRole("dialog", { name: /^Laga/ })).toBeInTheDocument();
    expect(screen.getByText(/bara den som har redigeringslänken/)).toBeInTheDocument();
    expect(json()).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Spara lagningen" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ta bort posten" })).not.toBeInTheDocument();
  });
});
