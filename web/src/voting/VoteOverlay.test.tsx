import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useSyncExternalStore } from "react";
import * as Y from "yjs";
import { readJourney, startVote, writeJourney, type JourneyMap } from "@kundresa/shared";
import { describe, expect, it } from "vitest";
import { createLocalUndo } from "../collab/localUndo";
import { I18nProvider } from "../i18n/i18n";
import { fixtureMap } from "../panels/testing/fixtureMaps";
import { useVote } from "./useVote";
import { VoteOverlay } from "./VoteOverlay";
import { deviceKey } from "./voteKeys";

const NOW = 1_800_000_000_000;

function useMap(doc: Y.Doc): JourneyMap {
  return useSyncExternalStore(
    (onChange) => {
      doc.on("update", onChange);
      return () => doc.off("update", onChange);
    },
    () => cached(doc),
  );
}
const snapshots = new WeakMap<Y.Doc, { vector: string; map: JourneyMap }>();
function cached(doc: Y.Doc): JourneyMap {
  const vector = Y.encodeStateVector(doc).join(",");
  const known = snapshots.get(doc);
  if (known?.vector === vector) return known.map;
  const map = readJourney(doc).map;
  snapshots.set(doc, { vector, map });
  return map;
}

function Harness({ doc, undo, readOnly }: { doc: Y.Doc; undo: Y.UndoManager; readOnly: boolean }) {
  return (
    <VoteOverlay doc={doc} undo={undo} map={useMap(doc)} readOnly={readOnly} now={() => NOW} vote={useVote(doc)} />
  );
}

function setup({ facilitator = true, readOnly = false } = {}) {
  const doc = new Y.Doc();
  writeJourney(doc, fixtureMap());
  const undo = createLocalUndo(doc);
  render(
    <I18nProvider>
      <Harness doc={doc} undo={undo} readOnly={readOnly} />
    </I18nProvider>,
  );
  act(() => {
    startVote(doc, {
      id: "v1",
      kind: "touchpoints",
      dotsPerPerson: 2,
      startedBy: "Anna",
      facilitatorKey: facilitator ? deviceKey() : "someone-else",
      startedAt: NOW,
      endsAt: NOW + 90_000,
    });
  });
  return { doc, undo, user: userEvent.setup() };
}

describe("the dot vote over the canvas", () => {
  it("places and takes back dots, stops at the allowance, and shows the time left", async () => {
    const { user } = setup();
    const panel = screen.getByRole("region", { name: "Dot vote" });
    expect(within(panel).getByText("1:30 left")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Give “Installation” a dot" }));
    await user.click(screen.getByRole("button", { name: "Give “Installation” a dot" }));
    expect(within(panel).getByText("You have 0 of 2 dots left")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Give “Sales visit” a dot" })).toBeDisabled();
    expect(screen.getAllByRole("img", { name: "2 of your dots" })).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Take a dot back from “Installation”" }));
    expect(within(panel).getByText("You have 1 of 2 dots left")).toBeInTheDocument();
  });

  it("the facilitator reveals a ranked result and keeps it on the map as one undoable step", async () => {
    const { doc, undo, user } = setup();
    await user.click(screen.getByRole("button", { name: "Give “Renewal letter” a dot" }));
    expect(screen.queryByRole("list", { name: "Result" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reveal result" }));
    const result = screen.getByRole("list", { name: "Result" });
    expect(within(result).getAllByRole("listitem")[0]).toHaveTextContent("#1Renewal letter1 dot");
    await user.click(screen.getByRole("button", { name: "Keep on the map" }));
    expect(screen.getByRole("status")).toHaveTextContent("Kept on the map: 1 touchpoints updated");
    const letter = () => readJourney(doc).map.touchpoints.find((touchpoint) => touchpoint.id === "t-letter");
    expect(letter()?.votes).toEqual({ touchpoint: 1 });
    act(() => undo.undo());
    expect(letter()?.votes).toBeUndefined();
  });

  it("a participant waits for the facilitator, and a view link can only watch", () => {
    setup({ facilitator: false, readOnly: true });
    expect(screen.getByText("You are viewing this map: you can follow the vote, not vote.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Give|Reveal|Take over|End vote/ })).not.toBeInTheDocument();
  });
});
