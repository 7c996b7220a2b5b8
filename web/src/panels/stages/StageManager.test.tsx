import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JourneyMap, Stage } from "@kundresa/shared";
import { describe, expect, it, vi } from "vitest";
import { fixtureMap } from "../testing/fixtureMaps";
import { StageManager } from "./StageManager";

/** The fixture plus a second "before" stage, so a stage has a neighbour to move past. */
function mapWithTwoBeforeStages(): JourneyMap {
  const map = fixtureMap();
  const compare: Stage = { id: "stage-compare", phase: "before", title: "Compare" };
  const [first, ...rest] = map.stages;
  return { ...map, stages: first ? [first, compare, ...rest] : [compare] };
}

function setup(map: JourneyMap = mapWithTwoBeforeStages(), readOnly = false) {
  const callbacks = { onAdd: vi.fn(), onRename: vi.fn(), onReorder: vi.fn(), onDelete: vi.fn() };
  render(<StageManager map={map} locale="en" readOnly={readOnly} {...callbacks} />);
  return { user: userEvent.setup(), ...callbacks };
}

describe("StageManager", () => {
  it("asks where a deleted stage's touchpoints go and passes on the chosen stage", async () => {
    const { user, onDelete } = setup();
    await user.click(screen.getByRole("button", { name: "Delete stage “Before purchase”" }));
    const dialog = screen.getByRole("dialog", { name: "Delete the stage “Before purchase”?" });
    expect(dialog).toHaveTextContent("1 touchpoint sits in this stage. What should happen to it?");
    const target = within(dialog).getByRole("combobox", { name: "Stage to move the touchpoints to" });
    // The neighbour in the same phase is suggested first.
    expect(target).toHaveValue("stage-compare");
    await user.selectOptions(target, "stage-during");
    await user.click(within(dialog).getByRole("button", { name: "Delete stage" }));
    expect(onDelete).toHaveBeenCalledWith("stage-before", "stage-during");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("deletes the touchpoints with the stage when asked to", async () => {
    const { user, onDelete } = setup();
    await user.click(screen.getByRole("button", { name: "Delete stage “During purchase”" }));
    const dialog = screen.getByRole("dialog");
    await user.click(within(dialog).getByRole("radio", { name: /Delete with the stage \(1 touchpoint\)/ }));
    expect(dialog).toHaveTextContent("This is the last stage of During purchase.");
    await user.click(within(dialog).getByRole("button", { name: "Delete stage" }));
    expect(onDelete).toHaveBeenCalledWith("stage-during", undefined);
  });

  it("deletes an empty stage after a plain confirmation, and Cancel changes nothing", async () => {
    const { user, onDelete } = setup();
    await user.click(screen.getByRole("button", { name: "Delete stage “Compare”" }));
    expect(screen.getByRole("dialog")).toHaveTextContent("No touchpoint sits in this stage");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onDelete).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Delete stage “Compare”" }));
    await user.click(screen.getByRole("button", { name: "Delete stage" }));
    expect(onDelete).toHaveBeenCalledWith("stage-compare", undefined);
  });

  it("moves a stage within its phase with the keyboard", async () => {
    const { user, onReorder } = setup();
    expect(screen.getByRole("button", { name: "Move “Before purchase” up" })).toBeDisabled();
    screen.getByRole("button", { name: "Move “Before purchase” down" }).focus();
    await user.keyboard("{Enter}");
    expect(onReorder).toHaveBeenCalledWith("stage-before", 1);
    screen.getByRole("button", { name: "Move “Compare” up" }).focus();
    await user.keyboard(" ");
    expect(onReorder).toHaveBeenLastCalledWith("stage-compare", 0);
  });

  it("renames in place on Enter and adds a stage to a phase", async () => {
    const { user, onRename, onAdd } = setup();
    const name = screen.getByRole("textbox", { name: "Name of stage 2 in Before purchase" });
    await user.clear(name);
    await user.type(name, "Compare offers{Enter}");
    expect(onRename).toHaveBeenCalledWith("stage-compare", "Compare offers");

    const after = screen.getByRole("region", { name: "After purchase" });
    await user.click(within(after).getByRole("button", { name: "Add stage" }));
    await user.type(screen.getByRole("textbox", { name: "Name of the new stage in After purchase" }), "Renewal{Enter}");
    expect(onAdd).toHaveBeenCalledWith("after", "Renewal");
  });

  it("shows the stages and their touchpoint counts without any control on a view link", () => {
    setup(mapWithTwoBeforeStages(), true);
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.queryAllByRole("textbox")).toHaveLength(0);
    const before = screen.getByRole("region", { name: "Before purchase" });
    expect(
      within(before)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["1Before purchase11 touchpoint", "2Compare00 touchpoints"]);
  });
});
