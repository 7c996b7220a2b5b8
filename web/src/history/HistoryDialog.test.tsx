import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { JourneyMap, Locale, VersionInfo } from "@kundresa/shared";
import { I18nProvider } from "../i18n/i18n";
import { touchpoint } from "../panels/testing/fixtureMaps";
import { createJourney } from "@kundresa/shared";
import { HistoryDialog } from "./HistoryDialog";
import type { VersionsApi } from "./versionsApi";

function mapWith(titles: Record<string, string>, fields: Partial<JourneyMap> = {}): JourneyMap {
  return {
    ...createJourney({ title: "Workshop" }),
    touchpoints: Object.entries(titles).map(([id, title]) => touchpoint(id, { title })),
    ...fields,
  };
}

const morning = mapWith({ t1: "Sees an ad", t2: "Orders online" });
const now = mapWith({ t1: "Sees a TV ad", t3: "Calls support" });

const VERSIONS: VersionInfo[] = [
  { id: "2", kind: "auto", name: "", createdAt: "2026-12-01T11:40:00.000Z", touchpoints: 2 },
  {
    id: "1",
    kind: "named",
    name: "Before lunch",
    author: "Anna Lind",
    createdAt: "2026-12-01T11:00:00.000Z",
    touchpoints: 2,
  },
];

/** A server's history in memory: what the dialog asks and what it saved. */
function fakeApi(versions: VersionInfo[] = VERSIONS) {
  const saved: { name: string; author?: string }[] = [];
  const api: VersionsApi = {
    list: vi.fn(async () => [...versions]),
    save: vi.fn(async (name: string, author?: string) => {
      saved.push(author === undefined ? { name } : { name, author });
      return { id: "3", kind: "named" as const, name, author, createdAt: new Date().toISOString(), touchpoints: 2 };
    }),
    read: vi.fn(async (id: string) => (id === "1" ? morning : now)),
  };
  return { api, saved };
}

function setup({ readOnly = false, locale = "en" as Locale, api = fakeApi().api } = {}) {
  const restored: JourneyMap[] = [];
  const onClose = vi.fn();
  render(
    <I18nProvider locale={locale}>
      <HistoryDialog
        mapId="map-1"
        token="token"
        readOnly={readOnly}
        current={now}
        author="Bo Ek"
        onRestore={(map) => restored.push(map)}
        onClose={onClose}
        api={api}
      />
    </I18nProvider>,
  );
  return { restored, onClose, user: userEvent.setup() };
}

describe("the History dialog", () => {
  it("lists the versions newest first, named ones by name with author, automatic ones as Automatic", async () => {
    setup();
    const list = await screen.findByRole("list", { name: "Versions, newest first" });
    const items = within(list).getAllByRole("button");
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Automatic.*2 touchpoints$/),
      expect.stringMatching(/^Before lunchNamed.*by Anna Lind.*2 touchpoints$/),
    ]);
    // The newest is shown until another is picked.
    expect(items[0]).toHaveAttribute("aria-pressed", "true");
  });

  it("shows a picked version beside the map now, with what changed since by title and field", async () => {
    const { user } = setup();
    await user.click(await screen.findByRole("button", { name: /Before lunch/ }));
    const pictures = await screen.findByRole("group", { name: "This version beside the map as it is now" });
    const images = within(pictures).getAllByRole("img");
    expect(images.map((image) => image.getAttribute("alt"))).toEqual([
      "The map as it was in “Before lunch”",
      "The map as it is now",
    ]);
    for (const image of images) expect(image.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    const changes = screen.getByRole("region", { name: "Changes since this version" });
    expect(within(changes).getByText("Added (1)").nextSibling?.textContent).toBe("Calls support");
    expect(within(changes).getByText("Removed (1)").nextSibling?.textContent).toBe("Orders online");
    const edited = within(changes).getByText("Edited (1)").nextSibling;
    expect(edited?.textContent).toBe("Sees a TV ad was “Sees an ad”Changed: title");
  });

  it("saves a named version with the person's name, and puts it on top", async () => {
    const { api, saved } = fakeApi();
    const { user } = setup({ api });
    const name = await screen.findByRole("textbox", { name: "Name a version of the map as it is now" });
    const submit = screen.getByRole("button", { name: "Save version" });
    expect(submit).toBeDisabled();
    await user.type(name, "  After the exercise {Enter}");
    expect(saved).toEqual([{ name: "After the exercise", author: "Bo Ek" }]);
    await screen.findByText("Saved “After the exercise”.");
    const items = within(screen.getByRole("list")).getAllByRole("button");
    expect(items[0]).toHaveTextContent("After the exercise");
    expect(items[0]).toHaveAttribute("aria-pressed", "true");
    expect(name).toHaveValue("");
  });

  it("restores only after asking, hands the version to the editor and closes", async () => {
    const { user, restored, onClose } = setup();
    await user.click(await screen.findByRole("button", { name: /Before lunch/ }));
    await user.click(await screen.findByRole("button", { name: "Restore this version" }));
    expect(restored).toEqual([]);
    const question = screen.getByRole("group", { name: "Restore this version" });
    expect(question).toHaveTextContent("Put the map back as “Before lunch” has it, for everyone?");
    await user.click(within(question).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("group", { name: "Restore this version" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Restore this version" }));
    // The confirming button has focus: Enter restores, for keyboard users.
    expect(screen.getByRole("button", { name: "Restore" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(restored).toEqual([morning]);
    expect(onClose).toHaveBeenCalled();
  });

  it("offers no restore for a version the map already matches", async () => {
    const { user } = setup();
    await user.click(await screen.findByRole("button", { name: /Automatic/ }));
    await screen.findByText("No changes: the map is as this version has it.");
    expect(screen.queryByRole("button", { name: "Restore this version" })).toBeNull();
  });

  it("for a view link: list and compare, no saving or restoring", async () => {
    const { user } = setup({ readOnly: true });
    await user.click(await screen.findByRole("button", { name: /Before lunch/ }));
    await screen.findByRole("region", { name: "Changes since this version" });
    expect(screen.getByText(/you can look through its versions and compare them/)).toBeInTheDocument();
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.queryByRole("button", { name: /Save version|Restore/ })).toBeNull();
  });

  it("moves between versions with the arrow keys", async () => {
    const { user } = setup();
    const [first, second] = within(await screen.findByRole("list")).getAllByRole("button");
    act(() => first?.focus());
    await user.keyboard("{ArrowDown}");
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute("aria-pressed", "true");
    await user.keyboard("{Home}");
    expect(first).toHaveFocus();
  });

  it("says so when the history cannot be loaded, and tries again on request", async () => {
    const { api } = fakeApi();
    vi.mocked(api.list).mockRejectedValueOnce(new Error("the server is shutting down"));
    const { user } = setup({ api });
    await screen.findByText("The versions could not be loaded: the server is shutting down");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("list", { name: "Versions, newest first" });
  });

  it("speaks Swedish", async () => {
    setup({ locale: "sv" });
    await screen.findByRole("heading", { name: "Versionshistorik" });
    const list = await screen.findByRole("list", { name: "Versioner, nyaste först" });
    expect(within(list).getAllByRole("button")[0]).toHaveTextContent("Automatisk");
    await screen.findByRole("button", { name: "Spara version" });
  });
});
