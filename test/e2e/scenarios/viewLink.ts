import { expect, it } from "vitest";
import { TEMPLATES } from "@kundresa/shared";
import { EditorPage } from "../pages/EditorPage";
import { StartPage } from "../pages/StartPage";
import type { E2eSuite } from "../support/e2eSuite";
import { canonicalMap } from "../support/testApi";

/** The share dialog's view link: everything live, nothing changeable. */
export function viewLinkScenarios(suite: E2eSuite): void {
  it("a view link shows the map live but cannot change anything, and the server's map stays as it was", async () => {
    // Made on this device from the start page, so the device knows both links (contract §3 gives
    // an edit token no way to learn the view token).
    const template = TEMPLATES.find((candidate) => candidate.id === "magazine-subscription")!.build();
    const ownerPage = await suite.newPerson("Anna Lind");
    await new StartPage(ownerPage, suite.server.url).open().then((start) => start.createFrom("Magazine subscription"));
    const owner = new EditorPage(ownerPage);
    await owner.ready("edit");
    const opened = new URL(ownerPage.url());
    const created = {
      id: opened.pathname.slice("/m/".length),
      editToken: new URLSearchParams(opened.hash.slice(1)).get("token")!,
    };
    const share = await owner.openShareDialog();
    const editLink = await share.getByRole("textbox", { name: "Edit link" }).inputValue();
    const viewLink = await share.getByRole("textbox", { name: "View link" }).inputValue();
    expect(editLink).toBe(`${suite.server.url}/m/${created.id}#token=${created.editToken}`);
    expect(viewLink).toMatch(new RegExp(`^${suite.server.url}/m/${created.id}#token=[\\w-]{22,}$`));
    expect(viewLink).not.toBe(editLink);
    await suite.screenshot(owner.page, "share-dialog");
    await owner.page.keyboard.press("Escape");
    await share.waitFor({ state: "detached" });

    const before = canonicalMap(await suite.serverMap(created.id, created.editToken));
    const viewerPage = await suite.newPerson("Bo Ek");
    await viewerPage.goto(viewLink.replace("#", "?testApi#"));
    const viewer = new EditorPage(viewerPage);
    await viewer.ready("view");
    const { page } = viewer;

    // No editing affordance at all.
    expect(await viewer.addButton.count()).toBe(0);
    expect(await viewer.undoButton.count()).toBe(0);
    expect(await viewer.titleField.count()).toBe(0);
    expect(await viewer.toolButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")))).toEqual(
      ["Zoom in", "Zoom out", "Fit map to screen", "Keyboard shortcuts"],
    );
    expect(await page.locator(".react-flow__node.draggable").count()).toBe(0);
    expect(await page.locator(".react-flow__handle.connectable").count()).toBe(0);

    // Try anyway: double-click a cell, drag a card, the shortcuts (and a copy pasted back) on a selected card.
    // A card of the first stage: the view opens on the start of the map, so it is on screen.
    const firstId = template.touchpoints.find((t) => t.stageId === template.stages[0]!.id)!.id;
    const card = viewer.cardById(firstId);
    await viewer.doubleClickCell(template.stages[0]!.title, "Marketing");
    const at = await viewer.centreOf(card);
    await viewer.dragCard(card, { x: at.x + 240, y: at.y + 40 });
    await card.click();
    const keys = [
      "n",
      "Delete",
      "Backspace",
      "Enter",
      "ArrowRight",
      "ControlOrMeta+c",
      "ControlOrMeta+v",
      "ControlOrMeta+z",
    ];
    for (const key of keys) {
      await page.keyboard.press(key);
    }
    expect(await viewer.titleEditor.count()).toBe(0);

    // The inspector shows the card for reading: no field, no choice, no switch.
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: "Inspector" }).waitFor();
    await viewer.sidePanel.locator(".inspector--read-only").waitFor();
    for (const role of ["textbox", "combobox", "radio", "checkbox", "switch"] as const) {
      expect(await viewer.sidePanel.getByRole(role).count(), role).toBe(0);
    }
    await suite.screenshot(page, "view-mode");

    expect(canonicalMap(await viewer.readMap())).toEqual(before);

    // And yet it is live: the owner's edit shows up on the view. Anything the view had sent went out
    // before that edit was made, so by now the server holds the owner's rename and nothing else.
    await owner.cardById(firstId).dblclick();
    await owner.typeCardTitle("Renamed while someone watches");
    await viewer.card("Renamed while someone watches").waitFor();
    const renamed = before.touchpoints.map((t) =>
      t.id === firstId ? { ...t, title: "Renamed while someone watches" } : t,
    );
    expect(canonicalMap(await suite.serverMap(created.id, created.editToken))).toEqual({
      ...before,
      touchpoints: renamed,
    });
  });
}
