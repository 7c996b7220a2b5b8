import { useState } from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { validateJourney, type JourneyMap, type Touchpoint, type TouchpointPatch } from "@kundresa/shared";
import { describe, expect, it, vi } from "vitest";
import { fixtureMap } from "../testing/fixtureMaps";
import { Inspector } from "./Inspector";

/** Applies each patch to the map, as the editor does, so the inspector shows what it committed. */
function applyPatch(touchpoint: Touchpoint, patch: TouchpointPatch): Touchpoint {
  const { emotion, ...rest } = patch;
  const next = { ...touchpoint, ...rest } as Touchpoint;
  if (emotion === null) delete next.emotion;
  else if (emotion !== undefined) next.emotion = emotion;
  return next;
}

interface SetupOptions {
  id?: string;
  readOnly?: boolean;
  locale?: "en" | "sv";
  edit?: Partial<Touchpoint>;
}

function setup(options: SetupOptions = {}) {
  const id = options.id ?? "t-visit";
  const base = fixtureMap();
  const initial: JourneyMap = {
    ...base,
    touchpoints: base.touchpoints.map((tp) => (tp.id === id ? { ...tp, ...options.edit } : tp)),
  };
  const onChange = vi.fn<(patch: TouchpointPatch) => void>();
  const onDelete = vi.fn();
  const onConnect = vi.fn<(to: string) => void>();
  const onConnectionLabel = vi.fn<(connectionId: string, label: string) => void>();
  const onDisconnect = vi.fn<(connectionId: string) => void>();

  function Editor() {
    const [map, setMap] = useState(initial);
    const touchpoint = map.touchpoints.find((tp) => tp.id === id);
    if (!touchpoint) throw new Error(`fixture has no touchpoint ${id}`);
    const issues = validateJourney(map).issues.filter((issue) => issue.touchpointId === id);
    return (
      <Inspector
        touchpoint={touchpoint}
        map={map}
        locale={options.locale ?? "en"}
        readOnly={options.readOnly}
        issues={issues}
        onChange={(patch) => {
          onChange(patch);
          setMap((current) => ({
            ...current,
            touchpoints: current.touchpoints.map((tp) => (tp.id === id ? applyPatch(tp, patch) : tp)),
          }));
        }}
        onDelete={onDelete}
        onConnect={onConnect}
        onConnectionLabel={onConnectionLabel}
        onDisconnect={onDisconnect}
      />
    );
  }

  const user = userEvent.setup();
  render(<Editor />);
  return { user, onChange, onDelete, onConnect, onConnectionLabel, onDisconnect };
}

describe("Inspector", () => {
  it("commits the title once on Enter, not on every keystroke", async () => {
    const { user, onChange } = setup();
    const title = screen.getByRole("textbox", { name: "Title" });
    await user.clear(title);
    await user.type(title, "Sales meeting");
    expect(onChange).not.toHaveBeenCalled();
    expect(title).toHaveValue("Sales meeting");
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ title: "Sales meeting" });
  });

  it("commits the title when the field loses focus", async () => {
    const { user, onChange } = setup();
    const title = screen.getByRole("textbox", { name: "Title" });
    await user.type(title, " (B2B)");
    await user.tab();
    expect(onChange).toHaveBeenCalledWith({ title: "Sales visit (B2B)" });
  });

  it("reverts the title on Escape and commits nothing", async () => {
    const { user, onChange } = setup();
    const title = screen.getByRole("textbox", { name: "Title" });
    await user.type(title, " typo");
    await user.keyboard("{Escape}");
    expect(title).toHaveValue("Sales visit");
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("adds a channel by typing and Enter", async () => {
    const { user, onChange } = setup();
    await user.type(screen.getByRole("combobox", { name: "Add a channel" }), "chat");
    expect(screen.getByRole("option", { name: "Chat" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledWith({ channelIds: ["field-sales", "email", "chat"] });
  });

  it("removes the last channel with Backspace and any channel with its × button", async () => {
    const { user, onChange } = setup();
    await user.click(screen.getByRole("combobox", { name: "Add a channel" }));
    await user.keyboard("{Backspace}");
    expect(onChange).toHaveBeenLastCalledWith({ channelIds: ["field-sales"] });
    await user.click(screen.getByRole("button", { name: "Remove Field sales" }));
    expect(onChange).toHaveBeenLastCalledWith({ channelIds: [] });
    expect(screen.getByText("Has no channel yet.")).toBeInTheDocument();
  });

  it("shows a channel id the catalogue lacks as a red chip marked not in catalogue", () => {
    setup({ edit: { channelIds: ["email", "tiktok"] } });
    const chips = screen.getByRole("list", { name: "Selected channels" });
    const unknown = within(chips).getByText("tiktok").closest("li");
    expect(unknown).toHaveClass("chip--invalid");
    expect(unknown).toHaveTextContent("not in catalogue");
    expect(screen.getByText(/Uses channel “tiktok”, which is not in the channel catalogue/)).toBeInTheDocument();
  });

  it("moves IT support with the arrow keys, as a radio group", async () => {
    const { user, onChange } = setup();
    const group = screen.getByRole("radiogroup", { name: "IT support" });
    const integrated = within(group).getByRole("radio", { name: "Integrated" });
    expect(integrated).toHaveAttribute("aria-checked", "true");
    integrated.focus();
    await user.keyboard("{ArrowRight}");
    expect(onChange).toHaveBeenLastCalledWith({ itSupport: "standalone" });
    expect(within(group).getByRole("radio", { name: "Stand-alone" })).toHaveFocus();
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(onChange).toHaveBeenLastCalledWith({ itSupport: "unknown" });
    expect(within(group).getByRole("radio", { name: "Not assessed" })).toHaveAttribute("aria-checked", "true");
  });

  it("sets and clears the emotion, and toggles business-critical", async () => {
    const { user, onChange } = setup();
    await user.click(screen.getByRole("radio", { name: "Very negative" }));
    expect(onChange).toHaveBeenLastCalledWith({ emotion: -2 });
    await user.click(screen.getByRole("radio", { name: "Not rated" }));
    expect(onChange).toHaveBeenLastCalledWith({ emotion: null });
    await user.click(screen.getByRole("switch", { name: "Business-critical customer meeting" }));
    expect(onChange).toHaveBeenLastCalledWith({ critical: true });
  });

  it("adds, edits and removes pain points", async () => {
    const { user, onChange } = setup();
    await user.type(screen.getByRole("textbox", { name: "Add a pain point" }), "No confirmation e-mail{Enter}");
    expect(onChange).toHaveBeenLastCalledWith({ painPoints: ["Long wait for a slot", "No confirmation e-mail"] });
    expect(screen.getByRole("textbox", { name: "Add a pain point" })).toHaveValue("");

    const first = screen.getByRole("textbox", { name: "Pain point 1" });
    await user.clear(first);
    await user.type(first, "Long wait{Enter}");
    expect(onChange).toHaveBeenLastCalledWith({ painPoints: ["Long wait", "No confirmation e-mail"] });

    await user.click(screen.getByRole("button", { name: "Remove pain point 1" }));
    expect(onChange).toHaveBeenLastCalledWith({ painPoints: ["No confirmation e-mail"] });
    expect(screen.getByRole("textbox", { name: "Pain point 1" })).toHaveValue("No confirmation e-mail");
  });

  it("shows the kept vote's dots beside the pain points and opportunities that got them", () => {
    setup({
      edit: {
        painPoints: ["Long wait for a slot", "No reminder"],
        opportunities: ["Online booking"],
        votes: { painPoints: { "Long wait for a slot": 4 }, opportunities: { "Online booking": 1 } },
      },
    });
    const pains = screen.getByRole("list", { name: "Pain points" });
    const [waiting, reminder] = within(pains).getAllByRole("listitem");
    expect(within(waiting as HTMLElement).getByRole("img", { name: "4 dots in the kept vote" })).toBeInTheDocument();
    expect(within(reminder as HTMLElement).queryByRole("img")).toBeNull();
    const ideas = screen.getByRole("list", { name: "Opportunities" });
    expect(within(ideas).getByRole("img", { name: "1 dot in the kept vote" })).toBeInTheDocument();
  });

  it("adds a CRM capability from the catalogue or as free text", async () => {
    const { user, onChange } = setup();
    const box = screen.getByRole("combobox", { name: "Add a CRM capability" });
    await user.type(box, "case man{Enter}");
    expect(onChange).toHaveBeenLastCalledWith({ capabilities: ["Case management"] });
    await user.type(box, "Warranty register");
    expect(screen.getByRole("option", { name: "Add “Warranty register”" })).toBeInTheDocument();
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenLastCalledWith({ capabilities: ["Case management", "Warranty register"] });
    expect(screen.getByRole("list", { name: "Selected CRM capabilities" })).toHaveTextContent(
      "Case managementWarranty register",
    );
  });

  it("moves the touchpoint to another stage and deletes it", async () => {
    const { user, onChange, onDelete } = setup();
    await user.selectOptions(screen.getByRole("combobox", { name: "Stage" }), "stage-after");
    expect(onChange).toHaveBeenLastCalledWith({ stageId: "stage-after" });
    await user.click(screen.getByRole("button", { name: "Delete touchpoint" }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it("lists the touchpoint's own issues at the top and jumps to the field that fixes one", async () => {
    const { user } = setup({ id: "t-install" });
    const issues = screen.getByRole("list", { name: "Problems with this touchpoint" });
    const gap = within(issues).getByRole("button", { name: /Critical gap/ });
    expect(gap).toHaveTextContent("A business-critical customer meeting with no IT support.");
    await user.click(gap);
    expect(screen.getByRole("radio", { name: "No IT" })).toHaveFocus();
  });

  it("shows the customer's path both ways and edits it without a mouse: connect, label, remove", async () => {
    const { user, onConnect, onConnectionLabel, onDisconnect } = setup({ id: "t-install" });
    const leadsTo = screen.getByRole("list", { name: "Leads to" });
    const comesFrom = screen.getByRole("list", { name: "Comes from" });
    expect(within(leadsTo).getByText("Renewal letter")).toBeInTheDocument();
    expect(within(comesFrom).getByText("Sales visit")).toBeInTheDocument();

    // Only touchpoints the path does not lead to yet are offered, grouped by phase and named by stage.
    const add = screen.getByRole("combobox", { name: "Add a path to…" });
    const offered = within(add)
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(offered).toEqual(["Add a path to…", "Before purchase · Sales visit"]);
    add.focus();
    await user.selectOptions(add, "t-visit");
    expect(onConnect).toHaveBeenCalledWith("t-visit");

    const label = screen.getByRole("textbox", { name: "Label of the path to Renewal letter" });
    await user.type(label, "a year later{Enter}");
    expect(onConnectionLabel).toHaveBeenCalledTimes(1);
    expect(onConnectionLabel).toHaveBeenCalledWith("c2", "a year later");

    await user.click(screen.getByRole("button", { name: "Remove the path from Sales visit" }));
    expect(onDisconnect).toHaveBeenCalledWith("c1");
  });

  it("speaks Swedish", () => {
    setup({ id: "t-install", locale: "sv" });
    expect(screen.getByRole("switch", { name: "Affärskritiskt kundmöte" })).toHaveAttribute("aria-checked", "true");
    expect(screen.getByRole("radio", { name: "Inget IT" })).toHaveAttribute("aria-checked", "true");
    expect(screen.getByText("Ett affärskritiskt kundmöte utan IT-stöd.")).toBeInTheDocument();
  });

  it("offers no way to edit on a view link", () => {
    setup({ readOnly: true });
    expect(screen.queryAllByRole("textbox")).toHaveLength(0);
    expect(screen.queryAllByRole("combobox")).toHaveLength(0);
    expect(screen.queryAllByRole("radio")).toHaveLength(0);
    expect(screen.queryAllByRole("switch")).toHaveLength(0);
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.getByRole("heading", { name: "Sales visit" })).toBeInTheDocument();
    expect(screen.getByText("Integrated IT support")).toBeInTheDocument();
    expect(screen.getByText("Long wait for a slot")).toBeInTheDocument();
  });

  it("shows the kept dots on a view link too", () => {
    setup({ readOnly: true, edit: { votes: { painPoints: { "Long wait for a slot": 3 } } } });
    const pains = screen.getByRole("list", { name: "Pain points" });
    expect(within(pains).getByRole("img", { name: "3 dots in the kept vote" })).toBeInTheDocument();
  });
});
