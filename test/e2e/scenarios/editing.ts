import { expect, it } from "vitest";
import { TEMPLATES, layoutJourney } from "@kundresa/shared";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import { neighbourInReadingOrder } from "../../../web/src/canvas/readingOrder";
import { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/** One person editing: by mouse, by keyboard only, the live validation, undo and redo. */
export function editingScenarios(suite: E2eSuite): void {
  async function openNewMap(map = testJourney()): Promise<EditorPage> {
    const created = await suite.createMap(map);
    const page = await suite.newPerson("Anna Lind");
    return EditorPage.open(page, suite.server.url, created.id, created.editToken, "edit");
  }

  it("adds a touchpoint by double-clicking a cell; the coverage gap it fills clears and comes back when it goes", async () => {
    const editor = await openNewMap();
    // A blank map opens framed: all of it in view, none of it behind the side panel.
    expect(await editor.gridFullyInView()).toBe(true);
    const gap = editor.validationIssue("Coverage gap", "After purchase · Service");
    await gap.waitFor();
    await editor.canvasGap("After purchase", "Service").waitFor();
    await editor.page
      .getByRole("button", { name: "After purchase, Service: gap: required, but no touchpoint" })
      .waitFor();

    await editor.doubleClickCell("After purchase", "Service");
    await editor.typeCardTitle("Asks for help after delivery");

    const card = editor.card("Asks for help after delivery");
    await card.waitFor();
    const map = await editor.readMap();
    expect(map.touchpoints).toHaveLength(1);
    const added = map.touchpoints[0]!;
    expect(added).toMatchObject({ title: "Asks for help after delivery", stageId: "stage-after" });
    expect(map.channels.find((channel) => channel.id === added.channelIds[0])?.category).toBe("service");

    // Gone from the list, the matrix and the canvas; the other gaps stay.
    await gap.waitFor({ state: "detached" });
    await editor.canvasGap("After purchase", "Service").waitFor({ state: "detached" });
    await editor.page.getByRole("button", { name: "After purchase, Service: 1 touchpoint" }).waitFor();
    await editor.validationIssue("Coverage gap", "After purchase · Sales").waitFor();
    // Its own finding (IT support not assessed) is marked on the card and listed.
    await card.getByRole("img", { name: "1 validation findings" }).waitFor();
    await editor.validationIssue("Not assessed", "Asks for help after delivery").waitFor();
    await suite.screenshot(editor.page, "validation-panel");

    // Deleting the card (it is still selected) opens the gap again.
    await editor.page.keyboard.press("Delete");
    await card.waitFor({ state: "detached" });
    await gap.waitFor();
    await editor.canvasGap("After purchase", "Service").waitFor();
  });

  it("adds and edits a touchpoint by keyboard only: N, a title, Enter, Shift+Enter, Tab to IT support, arrows", async () => {
    const editor = await openNewMap();
    const { page } = editor;
    const isFocused = (locator: typeof editor.cards) =>
      locator.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));

    await page.keyboard.press("n");
    await editor.titleEditor.waitFor();
    expect(await isFocused(editor.titleEditor)).toBe(true);
    await page.keyboard.type("Calls the help line");
    await page.keyboard.press("Enter");
    const card = editor.card("Calls the help line");
    await card.waitFor();
    // Focus stays with the card just named, so the keyboard can go on from there.
    await eventually(() => isFocused(card)).toBe(true);

    await page.keyboard.press("Shift+Enter");
    await editor.page.locator('[role="tab"][aria-selected="true"]', { hasText: "Inspector" }).waitFor();
    for (let presses = 0; !(await isFocused(editor.itSupport)); presses++) {
      if (presses === 25) throw new Error("Tab never reached the inspector's IT support");
      await page.keyboard.press("Tab");
    }
    // "Not assessed" is last; the arrow wraps to "Integrated", then on to "Stand-alone".
    await page.keyboard.press("ArrowRight");
    await eventually(async () => (await editor.readMap()).touchpoints[0]?.itSupport).toBe("integrated");
    await page.keyboard.press("ArrowRight");
    await eventually(async () => (await editor.readMap()).touchpoints[0]?.itSupport).toBe("standalone");
    await card.locator(".TouchpointNode-it", { hasText: "Stand-alone" }).waitFor();
    expect((await editor.readMap()).touchpoints).toMatchObject([{ title: "Calls the help line" }]);
  });

  it("walks every card with Tab, those off screen too, and draws a labelled path without a mouse", async () => {
    const map = TEMPLATES.find((template) => template.id === "broadband-subscription")!.build();
    const editor = await openNewMap(map);
    const { page } = editor;
    const focusedCard = () =>
      page.evaluate(() => document.activeElement?.closest(".react-flow__node")?.getAttribute("data-id") ?? null);

    // Close up, as on a big screen: most cards are off screen and not drawn at all.
    for (let press = 0; press < 4; press++) {
      await page.keyboard.press("+");
      await editor.settled();
    }
    expect(await editor.cards.count()).toBeLessThan(map.touchpoints.length);

    const layout = layoutJourney(map);
    const expectFocusOn = (id: string) => eventually(focusedCard).toBe(id);
    // From a card on screen, Shift+Tab back to the map's first card, then Tab through all of them.
    const start = await editor.cards.first().getAttribute("data-id");
    await editor.cardById(start!).focus();
    let first = start!;
    for (let previous = neighbourInReadingOrder(layout, first, -1); previous;) {
      await page.keyboard.press("Shift+Tab");
      await expectFocusOn(previous);
      first = previous;
      previous = neighbourInReadingOrder(layout, first, -1);
    }
    const reached = [first];
    for (;;) {
      const from = reached.at(-1)!;
      await page.keyboard.press("Tab");
      const next = neighbourInReadingOrder(layout, from, 1);
      if (!next) break;
      await expectFocusOn(next);
      reached.push(next);
    }
    // Past the last card, Tab leaves the canvas.
    await eventually(focusedCard).toBe(null);
    expect(new Set(reached).size).toBe(map.touchpoints.length);

    // Back to the last card (still on screen), into the inspector, down to "Add a path to…", and
    // pick with the arrow keys.
    const from = reached.at(-1)!;
    await editor.cardById(from).focus();
    await page.keyboard.press("Shift+Enter");
    const add = page.getByRole("combobox", { name: "Add a path to…" });
    for (let presses = 0; !(await add.evaluate((element) => element === document.activeElement)); presses++) {
      if (presses === 60) throw new Error("Tab never reached “Add a path to…”");
      await page.keyboard.press("Tab");
    }
    const target = await add.evaluate((element) => (element as HTMLSelectElement).options[1]!.value);
    const connectionTo = async () =>
      (await editor.readMap()).connections.find((connection) => connection.from === from && connection.to === target);
    expect(await connectionTo()).toBeUndefined();
    await page.keyboard.press("ArrowDown");
    await eventually(async () => (await connectionTo())?.label).toBe("");

    const targetTitle = map.touchpoints.find((candidate) => candidate.id === target)!.title;
    const label = page.getByRole("textbox", { name: `Label of the path to ${targetTitle}` });
    for (let presses = 0; !(await label.evaluate((element) => element === document.activeElement)); presses++) {
      if (presses === 60) throw new Error("Tab never reached the new path's label");
      await page.keyboard.press("Shift+Tab");
    }
    await page.keyboard.type("asks again");
    await page.keyboard.press("Enter");
    await eventually(async () => (await connectionTo())?.label).toBe("asks again");
    await suite.screenshot(page, "inspector-paths");
  });

  it("undoes and redoes a title edit and a drag as one step each (Ctrl+Z, Ctrl+Shift+Z)", async () => {
    const editor = await openNewMap(
      testJourney({ touchpoints: [touchpoint({ id: "t1", title: "Reads the offer", stageId: "stage-before" })] }),
    );
    const { page } = editor;
    const title = async () => (await editor.touchpoint("t1"))?.title;
    const card = editor.cardById("t1");

    await card.dblclick();
    await editor.typeCardTitle("Reads the welcome offer");
    await eventually(title).toBe("Reads the welcome offer");
    await page.keyboard.press("ControlOrMeta+z");
    await eventually(title).toBe("Reads the offer");
    await page.keyboard.press("ControlOrMeta+Shift+z");
    await eventually(title).toBe("Reads the welcome offer");

    // Drag the card one stage to the right: one document update on drop, however long the drag.
    const before = (await editor.touchpoint("t1"))!;
    const from = await editor.cellCentre("Before purchase", "Communication");
    const to = await editor.cellCentre("During purchase", "Communication");
    const updates = await editor.countLocalUpdates();
    const start = await editor.centreOf(card);
    await editor.dragCard(card, { x: start.x + (to.x - from.x), y: start.y });
    await eventually(async () => (await editor.touchpoint("t1"))?.stageId).toBe("stage-during");
    expect(await updates()).toBe(1);
    const dropped = (await editor.touchpoint("t1"))!;

    await page.keyboard.press("ControlOrMeta+z");
    await eventually(async () => (await editor.touchpoint("t1"))?.stageId).toBe("stage-before");
    expect(await editor.touchpoint("t1")).toEqual(before);
    await page.keyboard.press("ControlOrMeta+Shift+z");
    await eventually(async () => (await editor.touchpoint("t1"))?.stageId).toBe("stage-during");
    expect(await editor.touchpoint("t1")).toEqual(dropped);
    expect(await title()).toBe("Reads the welcome offer");
  });
}
