import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fixtureMap } from "../testing/fixtureMaps";
import { ChannelCatalogueEditor } from "./ChannelCatalogueEditor";
import { channelIdFor } from "./channelId";

function setup(readOnly = false) {
  const map = fixtureMap();
  const callbacks = { onAdd: vi.fn(), onUpdate: vi.fn(), onDelete: vi.fn() };
  render(
    <ChannelCatalogueEditor
      channels={map.channels}
      touchpoints={map.touchpoints}
      locale="en"
      readOnly={readOnly}
      {...callbacks}
    />,
  );
  return { user: userEvent.setup(), ...callbacks };
}

describe("ChannelCatalogueEditor", () => {
  it("adds a custom channel with an id made from its name, unique in the catalogue", async () => {
    const { user, onAdd } = setup();
    await user.type(screen.getByRole("textbox", { name: "Name" }), "Chat");
    await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), "service");
    await user.click(screen.getByRole("button", { name: "Add channel" }));
    // "chat" is taken by the default catalogue.
    expect(onAdd).toHaveBeenCalledWith({ id: "chat-2", category: "service", name: "Chat" });
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("");

    await user.type(screen.getByRole("textbox", { name: "Name" }), "Kundträff på plats{Enter}");
    expect(onAdd).toHaveBeenLastCalledWith({
      id: "kundtraff-pa-plats",
      category: "service",
      name: "Kundträff på plats",
    });
  });

  it("says how many touchpoints use a channel before deleting it, and what happens to them", async () => {
    const { user, onDelete } = setup();
    await user.click(screen.getByRole("button", { name: "Delete E-mail" }));
    const dialog = screen.getByRole("dialog", { name: "Delete the channel “E-mail”?" });
    expect(dialog).toHaveTextContent("1 touchpoint uses this channel.");
    await user.click(within(dialog).getByRole("radio", { name: /Keep it on the touchpoints/ }));
    await user.click(within(dialog).getByRole("button", { name: "Delete channel" }));
    expect(onDelete).toHaveBeenCalledWith("email", { stripFromTouchpoints: false });
  });

  it("strips an unused or chosen channel from the touchpoints by default", async () => {
    const { user, onDelete } = setup();
    await user.click(screen.getByRole("button", { name: "Delete Fax" }));
    expect(screen.getByRole("dialog")).toHaveTextContent("No touchpoint uses it");
    await user.click(screen.getByRole("button", { name: "Delete channel" }));
    expect(onDelete).toHaveBeenCalledWith("fax", { stripFromTouchpoints: true });
  });

  it("renames a channel and moves it to another category", async () => {
    const { user, onUpdate } = setup();
    const name = screen.getByRole("textbox", { name: "Name of Letter" });
    await user.clear(name);
    await user.type(name, "Paper letter{Enter}");
    expect(onUpdate).toHaveBeenCalledWith("letter", { name: "Paper letter" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Category of SMS" }), "marketing");
    expect(onUpdate).toHaveBeenLastCalledWith("sms", { category: "marketing" });
  });

  it("filters the catalogue and shows usage per channel", async () => {
    const { user } = setup();
    await user.type(screen.getByRole("searchbox", { name: "Filter channels" }), "sales");
    expect(screen.getByRole("textbox", { name: "Name of Field sales" }).closest("li")).toHaveTextContent(
      "1 touchpoint",
    );
    expect(screen.queryByRole("textbox", { name: "Name of E-mail" })).not.toBeInTheDocument();
  });

  it("has no controls on a view link", () => {
    setup(true);
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.queryAllByRole("textbox")).toHaveLength(0);
    expect(screen.queryAllByRole("combobox")).toHaveLength(0);
    expect(screen.getByText("Field sales")).toBeInTheDocument();
  });
});

describe("channelIdFor", () => {
  it("makes readable ids that stay unique and within the format's limit", () => {
    expect(channelIdFor("Instagram DM", new Set())).toBe("instagram-dm");
    expect(channelIdFor("Instagram DM", new Set(["instagram-dm", "instagram-dm-2"]))).toBe("instagram-dm-3");
    expect(channelIdFor("!!!", new Set())).toBe("channel");
    expect(channelIdFor("x".repeat(200), new Set(["x".repeat(56)])).length).toBeLessThanOrEqual(64);
  });
});
