import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { TEMPLATES } from "@kundresa/shared";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/**
 * More of one person's editing and of two people's: offline edits kept on the device, undo that
 * touches only your own changes, a path drawn with the mouse, copy and paste, a PNG worth showing,
 * and the screens the other scenarios do not photograph (side panel tabs, cheat-sheet, Swedish).
 */
export function editingDetailsScenarios(suite: E2eSuite): void {
  /** Two cards in neighbouring stages of one lane (the `email` channel: communication). */
  const twoCards = () =>
    testJourney({
      touchpoints: [
        touchpoint({ id: "t1", title: "Reads the offer", stageId: "stage-before" }),
        touchpoint({ id: "t2", title: "Signs the contract", stageId: "stage-during" }),
      ],
    });

  async function openAs(name: string, map = twoCards()): Promise<{ editor: EditorPage; id: string; token: string }> {
    const created = await suite.createMap(map);
    return { editor: await suite.openAsEditor(name, created), id: created.id, token: created.editToken };
  }

  const template = (id: string) => TEMPLATES.find((candidate) => candidate.id === id)!.build();

  // The tab is closed and the map opened again: the edit must outlive the page, not just a reload
  // (reloading offline, served by the editor's service worker, is offlineReload.ts).
  it("an edit made offline stays on this device after the tab is closed and reaches the server when back online", async () => {
    const { editor, id, token } = await openAs("Anna Lind");
    const { page } = editor;
    const context = page.context();
    const title = async (map: { touchpoints: { id: string; title: string }[] }) =>
      map.touchpoints.find((candidate) => candidate.id === "t1")?.title;

    await context.setOffline(true);
    await editor.connection("offline");
    const stored = await editor.storedUpdates(id);
    await editor.cardById("t1").dblclick();
    await editor.typeCardTitle("Reads the offer on the train");
    await editor.card("Reads the offer on the train").waitFor();
    // Kept in IndexedDB before the tab goes (a person does not close it within milliseconds).
    await eventually(() => editor.storedUpdates(id)).toBeGreaterThan(stored);
    await page.close();
    expect(await title(await suite.serverMap(id, token))).toBe("Reads the offer");

    await context.setOffline(false);
    // suite.newPerson's pages report uncaught errors to the suite; this page is the test's own.
    const again = await context.newPage();
    const errors: string[] = [];
    again.on("pageerror", (error) => errors.push(error.message));
    const reopened = await EditorPage.open(again, suite.server.url, id, token, "edit");
    await reopened.card("Reads the offer on the train").waitFor();
    expect(await title(await reopened.readMap())).toBe("Reads the offer on the train");
    await eventually(async () => title(await suite.serverMap(id, token))).toBe("Reads the offer on the train");
    expect((await suite.serverMap(id, token)).touchpoints).toHaveLength(2);
    expect(errors, "uncaught errors in the reopened page").toEqual([]);
  });

  it("Ctrl+Z undoes only your own change: Anna's rename goes back everywhere, Bo's stays", async () => {
    const created = await suite.createMap(twoCards());
    const [anna, bo] = await Promise.all([
      suite.openAsEditor("Anna Lind", created),
      suite.openAsEditor("Bo Ek", created),
    ]);
    const titles = async (map: Promise<{ touchpoints: { id: string; title: string }[] }>) =>
      Object.fromEntries((await map).touchpoints.map((candidate) => [candidate.id, candidate.title]));

    await anna.cardById("t1").dblclick();
    await anna.typeCardTitle("Reads the offer twice");
    await bo.card("Reads the offer twice").waitFor();
    await bo.cardById("t2").dblclick();
    await bo.typeCardTitle("Signs the contract online");
    await anna.card("Signs the contract online").waitFor();
    // Bo's rename is the latest change in Anna's document, but hers is the one she can undo.
    expect(await anna.undoButton.isEnabled()).toBe(true);

    // On the canvas (the card she just named), not in a text field.
    const focus = await anna.page.evaluate(() => ({
      onCanvas: document.activeElement?.closest(".react-flow") !== null,
      tag: document.activeElement?.tagName,
    }));
    expect(focus).toEqual({ onCanvas: true, tag: "DIV" });
    await anna.page.keyboard.press("ControlOrMeta+z");

    const expected = { t1: "Reads the offer", t2: "Signs the contract online" };
    await eventually(() => titles(anna.readMap())).toEqual(expected);
    await eventually(() => titles(bo.readMap())).toEqual(expected);
    await eventually(() => titles(suite.serverMap(created.id, created.editToken))).toEqual(expected);
    for (const editor of [anna, bo]) {
      await editor.card("Reads the offer").waitFor();
      await editor.card("Signs the contract online").waitFor();
    }
    expect(await anna.card("Reads the offer twice").count()).toBe(0);
    expect(await bo.card("Reads the offer twice").count()).toBe(0);
    // Nothing of Anna's is left to undo; Bo can still undo his.
    await eventually(() => anna.undoButton.isDisabled()).toBe(true);
    expect(await bo.undoButton.isEnabled()).toBe(true);
  });

  it("draws a path by dragging from one card's handle to another card: it is kept, sent and drawn", async () => {
    const { editor, id, token } = await openAs("Anna Lind");
    const from = editor.cardById("t1");
    const to = editor.cardById("t2");
    expect(await editor.edges.count()).toBe(0);

    await editor.dragPath(from, to);

    await eventually(async () => (await editor.readMap()).connections.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: "t1", to: "t2" },
    ]);
    const [connection] = (await editor.readMap()).connections;
    await eventually(async () => (await suite.serverMap(id, token)).connections).toEqual([connection]);
    await eventually(() => editor.edges.count()).toBe(1);
    // Drawn between the two cards: from the first one's middle onwards, ending before the second's
    // (polled: the path takes its route once React Flow has placed the handles). The cards are
    // measured in the same poll as the path, so a viewport still settling moves all three alike,
    // and a failure says which of the three conditions did not hold.
    await eventually(async () => {
      const start = await editor.centreOf(from);
      const end = await editor.centreOf(to);
      const edge = await editor.edges.first().boundingBox();
      return {
        startsPastTheFirstCardsMiddle: edge !== null && edge.x > start.x,
        endsBeforeTheSecondCardsMiddle: edge !== null && edge.x + edge.width < end.x,
        visiblyLong: edge !== null && edge.width > 10,
      };
    }).toEqual({ startsPastTheFirstCardsMiddle: true, endsBeforeTheSecondCardsMiddle: true, visiblyLong: true });
  });

  it("copies a selected card with Ctrl+C and pastes it with Ctrl+V: a second card, same title, new id", async () => {
    const { editor, id, token } = await openAs("Anna Lind");
    const { page } = editor;

    await editor.cardById("t1").click();
    await editor.cardById("t1").and(page.locator(".selected")).waitFor();
    await page.keyboard.press("ControlOrMeta+c");
    await page.keyboard.press("ControlOrMeta+v");

    await eventually(() => editor.card("Reads the offer").count()).toBe(2);
    const copies = (await editor.readMap()).touchpoints.filter((candidate) => candidate.title === "Reads the offer");
    expect(copies).toHaveLength(2);
    const pasted = copies.find((candidate) => candidate.id !== "t1")!;
    expect(pasted.id).not.toBe("t2");
    expect(pasted).toMatchObject({ stageId: "stage-before", channelIds: ["email"] });
    const served = async () => (await suite.serverMap(id, token)).touchpoints.map((candidate) => candidate.id).sort();
    await eventually(served).toEqual([pasted.id, "t1", "t2"].sort());
    expect((await suite.serverMap(id, token)).touchpoints.find((t) => t.id === pasted.id)?.title).toBe(
      "Reads the offer",
    );
  });

  it("exports a PNG that is a real picture: the map's colours and text, not a blank page", async () => {
    const { editor } = await openAs("Anna Lind", template("broadband-subscription"));
    const png = await editor.exportAs("png");
    const bytes = readFileSync(await png.path());

    // Decoded by the browser as any image viewer would, then counted pixel by pixel.
    const picture = await editor.page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      const tiles = new Array<number>(16).fill(0);
      let inked = 0;
      let dark = 0;
      for (let index = 0; index < data.length; index += 4) {
        const [red, green, blue, alpha] = [data[index]!, data[index + 1]!, data[index + 2]!, data[index + 3]!];
        colours.add(((red * 256 + green) * 256 + blue) * 256 + alpha);
        if (alpha > 16 && Math.min(red, green, blue) < 240) {
          inked += 1;
          const pixel = index / 4;
          const column = Math.floor(((pixel % canvas.width) / canvas.width) * 4);
          const row = Math.floor((Math.floor(pixel / canvas.width) / canvas.height) * 4);
          tiles[row * 4 + column]! += 1;
        }
        if (alpha > 200 && red + green + blue < 240) dark += 1;
      }
      const pixels = data.length / 4;
      return {
        width: image.naturalWidth,
        height: image.naturalHeight,
        colours: colours.size,
        inked: inked / pixels,
        dark: dark / pixels,
        tiles: tiles.map((count) => count / (pixels / 16)),
      };
    }, bytes.toString("base64"));

    expect(picture.width).toBe(bytes.readUInt32BE(16));
    expect(picture.height).toBe(bytes.readUInt32BE(20));
    expect(picture.width).toBeGreaterThan(1000);
    expect(picture.colours).toBeGreaterThan(200);
    // Ink (anything darker than a faint tint) over much of it and in every part of it, and dark text.
    expect(picture.inked).toBeGreaterThan(0.05);
    expect(Math.min(...picture.tiles)).toBeGreaterThan(0.005);
    expect(picture.dark).toBeGreaterThan(0.002);
  });

  it("shows the cheat-sheet, the Stages, Channels and Map tabs, and the editor in Swedish", async () => {
    const map = template("broadband-subscription");
    const { editor } = await openAs("Anna Lind", map);
    const { page } = editor;

    await page.keyboard.press("?");
    const cheatSheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await cheatSheet.waitFor();
    await cheatSheet.getByRole("cell", { name: "Undo your last change" }).waitFor();
    await suite.screenshot(page, "shortcuts-dialog");
    await page.keyboard.press("Escape");
    await cheatSheet.waitFor({ state: "detached" });

    const selectedTab = (name: string) => page.locator('[role="tab"][aria-selected="true"]', { hasText: name });
    await editor.tab("Stages").click();
    await selectedTab("Stages").waitFor();
    await editor.sidePanel.getByRole("heading", { name: /^Before purchase/ }).waitFor();
    await editor.sidePanel.getByRole("heading", { name: /^After purchase/ }).waitFor();
    await editor.sidePanel.getByText(map.stages[0]!.title, { exact: true }).waitFor();
    await suite.screenshot(page, "stages-tab");

    await editor.tab("Channels").click();
    await selectedTab("Channels").waitFor();
    await editor.sidePanel.getByRole("searchbox", { name: "Filter channels" }).waitFor();
    for (const category of ["Marketing", "Sales", "Service", "Communication"]) {
      await editor.sidePanel.getByRole("heading", { name: new RegExp(`^${category}`) }).waitFor();
    }
    await suite.screenshot(page, "channels-tab");

    await editor.tab("Map").click();
    await selectedTab("Map").waitFor();
    await editor.sidePanel.getByRole("heading", { name: "About this map" }).waitFor();
    await editor.sidePanel.getByRole("heading", { name: "Coverage requirements" }).waitFor();
    expect(await editor.sidePanel.getByRole("textbox", { name: "Title" }).inputValue()).toBe(map.title);
    await suite.screenshot(page, "map-settings-tab");

    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Svenska" }).click();
    const panel = page.getByRole("complementary", { name: "Kartans paneler" });
    await panel.waitFor();
    const tabs = await panel.getByRole("tab").locator(".side-panel-tab-label").allTextContents();
    expect(tabs).toEqual(["Validering", "Inspektör", "Kommentarer", "Steg", "Kanaler", "Karta"]);
    // Six tabs share the panel's width: every label shows whole, none cut to an ellipsis.
    const cut = await panel
      .locator(".side-panel-tab-label")
      .evaluateAll((labels) => labels.filter((label) => label.scrollWidth > label.clientWidth).length);
    expect(cut).toBe(0);
    await panel.getByRole("heading", { name: "Om kartan" }).waitFor();
    await page.getByRole("button", { name: "Exportera" }).waitFor();
    await page.getByRole("button", { name: "Dela" }).waitFor();
    await page.getByRole("button", { name: "Ångra", exact: true }).waitFor();
    await page.locator("text.GridLayer-laneLabel", { hasText: "Kommunikation" }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");
    await suite.screenshot(page, "editor-swedish");
  });
}
