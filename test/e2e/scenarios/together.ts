import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import type { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";
import { canonicalMap } from "../support/testApi";

/** Two people on one map: live edits, cursors, selections, and an offline spell. */
export function togetherScenarios(suite: E2eSuite): void {
  async function twoPeople(
    map = testJourney(),
  ): Promise<{ anna: EditorPage; bo: EditorPage; id: string; token: string }> {
    const created = await suite.createMap(map);
    const [anna, bo] = await Promise.all([
      suite.openAsEditor("Anna Lind", created),
      suite.openAsEditor("Bo Ek", created),
    ]);
    return { anna, bo, id: created.id, token: created.editToken };
  }

  /** Whether a point on screen lies inside an element's box (a pixel of slack for rounding). */
  async function inside(page: Page, point: { x: number; y: number }, selector: string): Promise<boolean> {
    const box = await page.locator(selector).boundingBox();
    if (!box) return false;
    return (
      point.x >= box.x - 1 &&
      point.x <= box.x + box.width + 1 &&
      point.y >= box.y - 1 &&
      point.y <= box.y + box.height + 1
    );
  }

  it("two people edit one map: each sees the other's change, cursor and selection", async () => {
    const { anna, bo } = await twoPeople();
    await anna.person("Bo Ek").waitFor();
    await bo.person("Anna Lind").waitFor();

    await anna.doubleClickCell("Before purchase", "Sales");
    await anna.typeCardTitle("Asks for a quote");
    await bo.card("Asks for a quote").waitFor();
    await bo.doubleClickCell("During purchase", "Service");
    await bo.typeCardTitle("Books an installer");
    await anna.card("Books an installer").waitFor();

    // Anna looks at the map at another zoom: cursors are placed in map coordinates, not pixels.
    await anna.page.keyboard.press("-");
    await anna.settled();
    const quoteId = (await anna.readMap()).touchpoints.find((t) => t.title === "Asks for a quote")!.id;
    const onBosScreen = await bo.centreOf(bo.cardById(quoteId));
    await bo.page.mouse.move(onBosScreen.x, onBosScreen.y, { steps: 4 });
    const bosCursor = anna.remoteCursor("Bo Ek").locator("svg");
    await bosCursor.waitFor();
    await eventually(async () => {
      const tip = await bosCursor.boundingBox();
      return tip !== null && (await inside(anna.page, tip, `.react-flow__node[data-id="${quoteId}"]`));
    }).toBe(true);

    // Bo selects the card: Anna sees it outlined with his name.
    await bo.page.mouse.click(onBosScreen.x, onBosScreen.y);
    await anna.cardById(quoteId).locator(".TouchpointNode-remote", { hasText: "Bo Ek" }).waitFor();
    await suite.screenshot(anna.page, "two-user-presence");

    const onAnnasScreen = await anna.centreOf(anna.card("Books an installer"));
    await anna.page.mouse.move(onAnnasScreen.x, onAnnasScreen.y, { steps: 4 });
    await bo.remoteCursor("Anna Lind").waitFor();
  });

  it("one person goes offline, edits, comes back online: both end with the same map", async () => {
    const { anna, bo, id, token } = await twoPeople(
      testJourney({ touchpoints: [touchpoint({ id: "t1", title: "Reads the offer", stageId: "stage-before" })] }),
    );
    await anna.page.context().setOffline(true);
    await anna.connection("offline");
    expect(await anna.connectionBadge.textContent()).toContain("edits kept on this device");

    await anna.cardById("t1").dblclick();
    await anna.typeCardTitle("Reads the offer offline");
    await anna.page.keyboard.press("n");
    await anna.typeCardTitle("Added offline");
    await bo.doubleClickCell("After purchase", "Service");
    await bo.typeCardTitle("Added online");

    // The server has Bo's edit and none of Anna's, and Anna has not seen Bo's.
    const titles = (map: { touchpoints: { title: string }[] }) => map.touchpoints.map((t) => t.title).sort();
    await eventually(async () => titles(await suite.serverMap(id, token))).toEqual(["Added online", "Reads the offer"]);
    expect(titles(await anna.readMap())).toEqual(["Added offline", "Reads the offer offline"]);
    await suite.screenshot(anna.page, "offline");

    await anna.page.context().setOffline(false);
    await anna.connection("live");
    const merged = ["Added offline", "Added online", "Reads the offer offline"];
    await eventually(async () => titles(await anna.readMap())).toEqual(merged);
    await eventually(async () => titles(await bo.readMap())).toEqual(merged);
    const bosMap = canonicalMap(await bo.readMap());
    await eventually(async () => canonicalMap(await anna.readMap())).toEqual(bosMap);
    await eventually(async () => canonicalMap(await suite.serverMap(id, token))).toEqual(
      canonicalMap(await bo.readMap()),
    );
    await anna.card("Added online").waitFor();
    await bo.card("Added offline").waitFor();
  });
}
