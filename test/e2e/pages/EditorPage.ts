import type { Download, Locator, Page } from "playwright-core";
import type { JourneyMap } from "@kundresa/shared";
import "../support/testApi";

export type ExportKind = "json" | "svg" | "svg-comments" | "png";
type Mode = "edit" | "view";
interface Point {
  x: number;
  y: number;
}

const EXPORT_ITEM: Record<ExportKind, string> = {
  json: "Journey map (.json)",
  svg: "Picture (.svg)",
  "svg-comments": "Picture with comments (.svg)",
  png: "Image (.png)",
};

const exactly = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** `/m/<id>#token=…`: the editor on one map, as a person sees and drives it. */
export class EditorPage {
  constructor(readonly page: Page) {}

  /** Opens a map with the test handle on (`?testApi`) and waits until it is live and drawn. */
  static async open(page: Page, serverUrl: string, mapId: string, token: string, mode: Mode): Promise<EditorPage> {
    await page.goto(`${serverUrl}/m/${mapId}?testApi#token=${token}`);
    const editor = new EditorPage(page);
    await editor.ready(mode);
    return editor;
  }

  /**
   * Live, access known (edit tools shown, or "View only"), the document's cards all drawn and the
   * first framing of the view done, so screen positions hold still.
   */
  async ready(mode: Mode): Promise<void> {
    await this.connection("live");
    await (mode === "edit" ? this.addButton : this.viewOnlyLabel).waitFor();
    // Without the test handle (a map opened by the app's own navigation) the caller checks the cards.
    if (!new URL(this.page.url()).searchParams.has("testApi")) return this.settled();
    await this.page.waitForFunction(() => {
      const api = window.__kundresa;
      return api !== undefined && api.renderedMap().touchpoints.length === api.readMap().touchpoints.length;
    });
    await this.settled();
  }

  /** Waits until the canvas viewport has not moved for a few frames (framing, zoom animations). */
  async settled(): Promise<void> {
    // No named helper functions inside: the page gets this function's source as written.
    await this.page.waitForFunction(async () => {
      const before = document.querySelector(".react-flow__viewport")?.getAttribute("style");
      for (let frame = 0; frame < 4; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (document.querySelector(".react-flow__viewport")?.getAttribute("style") !== before) return false;
      }
      return true;
    });
  }

  // --- What the document holds -------------------------------------------------------------

  readMap(): Promise<JourneyMap> {
    return this.page.evaluate(() => window.__kundresa!.readMap());
  }

  async touchpoint(id: string) {
    return (await this.readMap()).touchpoints.find((touchpoint) => touchpoint.id === id);
  }

  /** Starts counting this tab's own document updates (what it sends to the server). */
  async countLocalUpdates(): Promise<() => Promise<number>> {
    await this.page.evaluate(() => {
      window.__kundresaUpdates = 0;
      window.__kundresa!.doc.on("update", (_update, origin) => {
        if ((origin as { name?: string } | null)?.name === "kundresa.local-edit") window.__kundresaUpdates! += 1;
      });
    });
    return () => this.page.evaluate(() => window.__kundresaUpdates ?? 0);
  }

  // --- Top bar -----------------------------------------------------------------------------

  get connectionBadge(): Locator {
    return this.page.locator(".ConnectionBadge");
  }

  /** Waits for the badge to say `state` (live, reconnecting, offline, …). */
  async connection(state: string): Promise<void> {
    await this.page.locator(`.ConnectionBadge[data-state="${state}"]`).waitFor();
  }

  get titleField(): Locator {
    return this.page.getByRole("textbox", { name: "Map title" });
  }

  get viewOnlyLabel(): Locator {
    return this.page.getByRole("banner").getByText("View only", { exact: true });
  }

  get undoButton(): Locator {
    return this.page.getByRole("button", { name: "Undo", exact: true });
  }

  /** Everyone here, you first ("Anna (you)", "Bo"). */
  get people(): Locator {
    return this.page.getByRole("list", { name: /people here$/ }).getByRole("listitem");
  }

  /** One avatar, by the name it announces. */
  person(name: string): Locator {
    return this.page.getByRole("list", { name: /people here$/ }).getByRole("listitem", { name, exact: true });
  }

  async exportAs(kind: ExportKind): Promise<Download> {
    await this.page.getByRole("button", { name: "Export" }).click();
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("menuitem", { name: EXPORT_ITEM[kind] }).click();
    return download;
  }

  async openShareDialog(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Share" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Share this map" });
    await dialog.waitFor();
    return dialog;
  }

  // --- Tool rail ---------------------------------------------------------------------------

  get addButton(): Locator {
    return this.page.getByRole("navigation", { name: "Tools" }).getByRole("button", { name: "Add touchpoint" });
  }

  get toolButtons(): Locator {
    return this.page.getByRole("navigation", { name: "Tools" }).getByRole("button");
  }

  // --- Canvas ------------------------------------------------------------------------------

  get canvas(): Locator {
    return this.page.getByRole("application", { name: "Journey map canvas" });
  }

  get cards(): Locator {
    return this.page.locator(".react-flow__node");
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.locator(".TouchpointNode-title", { hasText: exactly(title) }) });
  }

  cardById(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** The inline title editor on a card (double-click, N, or Enter on a focused card). */
  get titleEditor(): Locator {
    return this.page.getByRole("textbox", { name: "Touchpoint title" });
  }

  /** The dashed coverage-gap marking over a phase's cells of one category's lane. */
  canvasGap(phase: string, category: string): Locator {
    return this.page
      .locator("g.GridLayer-gap")
      .filter({ hasText: `No ${category} touchpoint` })
      .filter({ hasText: phase });
  }

  remoteCursor(name: string): Locator {
    return this.page.locator(".RemoteCursor", { hasText: name });
  }

  /** Whether the whole grid (phases, stages, lanes, emotion chart) is on screen, inside the canvas. */
  async gridFullyInView(): Promise<boolean> {
    const grid = await this.page.locator("svg.GridLayer").boundingBox();
    const pane = await this.canvas.boundingBox();
    if (!grid || !pane) return false;
    return (
      grid.x >= pane.x &&
      grid.y >= pane.y &&
      grid.x + grid.width <= pane.x + pane.width &&
      grid.y + grid.height <= pane.y + pane.height
    );
  }

  /** The middle of a cell on screen, found the way a person finds it: stage header above, lane label left. */
  async cellCentre(stageTitle: string, laneLabel: string): Promise<Point> {
    const grid = this.page.locator("svg.GridLayer");
    const stage = grid.locator("g", {
      has: this.page.locator("text.GridLayer-stageTitle", { hasText: exactly(stageTitle) }),
    });
    const lane = grid.locator("g", {
      has: this.page.locator("text.GridLayer-laneLabel", { hasText: exactly(laneLabel) }),
    });
    const column = await stage.locator("rect.GridLayer-stageHeader").boundingBox();
    const row = await lane.locator("rect").first().boundingBox();
    const pane = await this.canvas.boundingBox();
    if (!column || !row || !pane) throw new Error(`no cell for stage "${stageTitle}" and lane "${laneLabel}"`);
    const centre = { x: column.x + column.width / 2, y: row.y + row.height / 2 };
    const visible =
      centre.x > pane.x && centre.x < pane.x + pane.width && centre.y > pane.y && centre.y < pane.y + pane.height;
    if (!visible) throw new Error(`the cell of stage "${stageTitle}" and lane "${laneLabel}" is off screen`);
    return centre;
  }

  async doubleClickCell(stageTitle: string, laneLabel: string): Promise<void> {
    const { x, y } = await this.cellCentre(stageTitle, laneLabel);
    await this.page.mouse.dblclick(x, y);
  }

  /** Types into the open inline title editor and commits with Enter. */
  async typeCardTitle(title: string): Promise<void> {
    await this.titleEditor.waitFor();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.type(title);
    await this.page.keyboard.press("Enter");
    await this.titleEditor.waitFor({ state: "detached" });
  }

  async centreOf(locator: Locator): Promise<Point> {
    const box = await locator.boundingBox();
    if (!box) throw new Error("not on screen");
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Drags a card by its middle with the mouse, in small steps as a hand would. */
  async dragCard(card: Locator, to: Point): Promise<void> {
    const from = await this.centreOf(card);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 6, from.y + 2, { steps: 2 });
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** The paths drawn between cards. */
  get edges(): Locator {
    return this.page.locator(".react-flow__edge");
  }

  /** A card's connection handle: where paths leave it (`source`, right) or arrive (`target`, left). */
  handle(card: Locator, kind: "source" | "target"): Locator {
    return card.locator(`.react-flow__handle.${kind}`);
  }

  /**
   * Draws a path with the mouse: hover the first card so its handles show, press on its outgoing
   * handle, drag in small steps and let go on the second card's incoming handle.
   */
  async dragPath(from: Locator, to: Locator): Promise<void> {
    await from.hover();
    const start = await this.centreOf(this.handle(from, "source"));
    const end = await this.centreOf(this.handle(to, "target"));
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 8, start.y + 4, { steps: 2 });
    await this.page.mouse.move(end.x, end.y, { steps: 16 });
    await this.page.mouse.up();
  }

  /**
   * How many document updates this device keeps for the map in IndexedDB (y-indexeddb's `updates`
   * store in the database `kundresa:<id>`): grows with every edit once it is safely stored. Only
   * once the editor has opened the map: opened first from here, the database would lack its stores.
   */
  storedUpdates(mapId: string): Promise<number> {
    return this.page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const opening = indexedDB.open(name);
          opening.onerror = () => reject(opening.error ?? new Error(`cannot open IndexedDB ${name}`));
          opening.onsuccess = () => {
            const db = opening.result;
            if (!db.objectStoreNames.contains("updates")) {
              db.close();
              resolve(0);
              return;
            }
            const counting = db.transaction("updates").objectStore("updates").count();
            counting.onerror = () => reject(counting.error ?? new Error("cannot count the stored updates"));
            counting.onsuccess = () => {
              db.close();
              resolve(counting.result);
            };
          };
        }),
      `kundresa:${mapId}`,
    );
  }

  // --- Side panel --------------------------------------------------------------------------

  get sidePanel(): Locator {
    return this.page.getByRole("complementary", { name: "Map panels" });
  }

  tab(name: string): Locator {
    return this.sidePanel.getByRole("tab", { name: new RegExp(`^${name}`) });
  }

  /** A finding in the validation list, by its kind ("Coverage gap") and what it concerns. */
  validationIssue(kind: string, subject: string): Locator {
    return this.sidePanel
      .locator("button.validation-issue")
      .filter({ has: this.page.locator(".validation-issue-kind", { hasText: exactly(kind) }) })
      .filter({ has: this.page.locator(".validation-issue-subject", { hasText: exactly(subject) }) });
  }

  /** A cell of the coverage matrix, e.g. ("After purchase", "Service"); its name ends in its state. */
  coverageCell(phase: string, category: string): Locator {
    return this.sidePanel.getByRole("button", { name: new RegExp(`^${phase}, ${category}: `) });
  }

  /** The inspector's IT-support choice (a radio group). */
  get itSupport(): Locator {
    return this.sidePanel.getByRole("radiogroup", { name: "IT support" });
  }
}
