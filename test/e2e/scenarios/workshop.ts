import { expect, it } from "vitest";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import type { Page } from "playwright-core";
import type { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/** Which point of the map is in the middle of the canvas, and at what zoom (from React Flow's transform). */
async function viewCentre(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector(".react-flow");
    const viewport = document.querySelector(".react-flow__viewport");
    if (!pane || !viewport) throw new Error("no canvas");
    const matrix = new DOMMatrix(getComputedStyle(viewport).transform);
    const box = pane.getBoundingClientRect();
    return { x: (box.width / 2 - matrix.e) / matrix.a, y: (box.height / 2 - matrix.f) / matrix.a, zoom: matrix.a };
  });
}

/** Whether two views show the same place (a flow unit of slack for rounding and the last animation frame). */
async function sameView(follower: Page, leader: Page): Promise<boolean> {
  const [a, b] = [await viewCentre(follower), await viewCentre(leader)];
  return Math.abs(a.x - b.x) < 2 && Math.abs(a.y - b.y) < 2 && Math.abs(a.zoom - b.zoom) < 0.01;
}

/** A small workshop of three: a facilitator and two participants on one map. */
export function workshopScenarios(suite: E2eSuite): void {
  async function workshop(): Promise<{
    anna: EditorPage;
    bo: EditorPage;
    cleo: EditorPage;
    id: string;
    token: string;
  }> {
    const map = testJourney({
      touchpoints: [
        touchpoint({
          id: "t1",
          stageId: "stage-before",
          title: "Sees an ad",
          channelIds: ["public-website"],
          painPoints: ["Ad promises a price the shop does not honour"],
        }),
        touchpoint({
          id: "t2",
          stageId: "stage-during",
          title: "Orders online",
          channelIds: ["e-commerce"],
          painPoints: ["Address asked twice", "Delivery date unknown"],
        }),
        touchpoint({ id: "t3", stageId: "stage-after", title: "Calls support", channelIds: ["phone-personal"] }),
      ],
    });
    const created = await suite.createMap(map);
    const [anna, bo, cleo] = await Promise.all([
      suite.openAsEditor("Anna Lind", created),
      suite.openAsEditor("Bo Ek", created),
      suite.openAsEditor("Cleo Berg", created),
    ]);
    return { anna, bo, cleo, id: created.id, token: created.editToken };
  }

  it("a dot vote on pain points: dots placed anonymously, hidden until the reveal, ranked, kept on the map", async () => {
    const { anna, bo, cleo, id, token } = await workshop();

    await anna.page.getByRole("button", { name: "Dot vote" }).click();
    const dialog = anna.page.getByRole("dialog", { name: "Start a dot vote" });
    await dialog.getByRole("radio", { name: "Pain points" }).click();
    await dialog.getByText("3 items to vote on.").waitFor();
    await dialog.getByRole("spinbutton", { name: "Dots per person" }).fill("2");
    await dialog.getByRole("combobox", { name: "Time limit" }).selectOption({ label: "None: until I reveal" });
    await suite.screenshot(anna.page, "dot-vote-start");
    await dialog.getByRole("button", { name: "Start vote" }).click();

    // Everyone gets the vote with their own two dots; nobody sees a total before the reveal.
    for (const person of [anna, bo, cleo]) {
      await person.page.getByRole("region", { name: "Dot vote" }).getByText("You have 2 of 2 dots left").waitFor();
    }
    const give = (person: EditorPage, item: string) =>
      person.page.getByRole("button", { name: `Give “${item}” a dot` }).click();
    await give(bo, "Address asked twice");
    await give(bo, "Delivery date unknown");
    await give(cleo, "Address asked twice");
    await expect(bo.page.getByRole("button", { name: "Give “Address asked twice” a dot" }).isDisabled()).resolves.toBe(
      true,
    );
    await bo.page.getByText("You have 0 of 2 dots left").waitFor();
    await anna.page.getByText("2 people have voted").waitFor();
    await expect(anna.page.getByText(/\d+ dots?$/).count()).resolves.toBe(0);
    await expect(bo.page.getByRole("button", { name: "Reveal result" }).count()).resolves.toBe(0);

    await anna.page.getByRole("button", { name: "Reveal result" }).click();
    for (const person of [anna, bo, cleo]) {
      const results = person.page.getByRole("list", { name: "Result" });
      await results.waitFor();
      await expect(results.getByRole("listitem").allInnerTexts()).resolves.toEqual([
        expect.stringMatching(/^#1\s*Address asked twice[\s\S]*2 dots$/),
        expect.stringMatching(/^#2\s*Delivery date unknown[\s\S]*1 dot$/),
        expect.stringMatching(/^#3\s*Ad promises a price[\s\S]*0 dots$/),
      ]);
    }
    await suite.screenshot(cleo.page, "dot-vote-result");

    await anna.page.getByRole("button", { name: "Keep on the map" }).click();
    await anna.page.getByText("Kept on the map: 1 touchpoints updated. Undo takes it back.").waitFor();
    await eventually(
      async () => (await suite.serverMap(id, token)).touchpoints.find((t) => t.id === "t2")?.votes,
    ).toEqual({ painPoints: { "Address asked twice": 2, "Delivery date unknown": 1 } });
    await anna.page.getByRole("button", { name: "End vote" }).click();
    await anna.page
      .getByRole("group", { name: /End the vote for everyone/ })
      .getByRole("button", { name: "End vote" })
      .click();
    for (const person of [anna, bo, cleo]) {
      await person.page.getByRole("region", { name: "Dot vote" }).waitFor({ state: "detached" });
    }

    // The kept dots stay in sight beside each pain point, and follow one when its words are tidied.
    await bo.cardById("t2").click();
    await bo.page.getByRole("img", { name: "2 dots in the kept vote" }).waitFor();
    const first = bo.page.getByRole("textbox", { name: "Pain point 1" });
    await first.fill("Address asked twice at checkout");
    await first.press("Enter");
    await eventually(
      async () => (await suite.serverMap(id, token)).touchpoints.find((t) => t.id === "t2")?.votes,
    ).toEqual({ painPoints: { "Address asked twice at checkout": 2, "Delivery date unknown": 1 } });
    await suite.screenshot(bo.page, "kept-dots-inspector");
  });

  it("follow: one person follows another's view, breaks away by moving, and the facilitator brings everyone along", async () => {
    const { anna, bo, cleo } = await workshop();
    const wheel = async (person: EditorPage, deltaY: number) => {
      const box = await person.canvas.boundingBox();
      if (!box) throw new Error("no canvas");
      await person.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6);
      await person.page.mouse.wheel(0, deltaY);
    };

    await bo.page.getByRole("button", { name: "Follow Anna Lind" }).click();
    await bo.page.getByText("You are following Anna Lind").waitFor();
    await anna.page.getByText("1 following you").waitFor();
    await wheel(anna, 400);
    await eventually(() => sameView(bo.page, anna.page)).toBe(true);
    await suite.screenshot(bo.page, "following");

    // Bo moves the map himself: he is on his own again, and told so.
    await wheel(bo, -300);
    await bo.page.getByText("You stopped following Anna Lind by moving the map.").waitFor();
    await bo.page.getByRole("button", { name: "Follow again" }).waitFor();

    // Anna asks everyone to follow her: both come along, and follow her next move.
    await anna.page.getByRole("button", { name: "Ask everyone to follow me" }).click();
    for (const person of [bo, cleo]) await person.page.getByText("Anna Lind asked everyone to follow them").waitFor();
    await anna.page.getByText("Everyone is following you").waitFor();
    await wheel(anna, -500);
    await eventually(async () => (await sameView(bo.page, anna.page)) && (await sameView(cleo.page, anna.page))).toBe(
      true,
    );
    await anna.page.getByRole("button", { name: "Let everyone go" }).first().click();
    for (const person of [bo, cleo]) {
      await person.page.getByText("Anna Lind asked everyone to follow them").waitFor({ state: "detached" });
    }
  });

  it("presenter mode: the map alone, stage by stage with the arrow keys, a phase spotlit, the gaps as a slide", async () => {
    const { anna } = await workshop();
    const { page } = anna;
    await page.getByRole("button", { name: "Present" }).click();
    const bar = page.getByRole("toolbar", { name: "Presenter controls" });
    await bar.getByText("The whole journey").waitFor();
    // Editing chrome is gone: no top bar, tool rail or side panel.
    await page.getByRole("button", { name: "Share" }).waitFor({ state: "hidden" });
    await page.getByRole("navigation", { name: /tools/i }).waitFor({ state: "hidden" });

    await page.keyboard.press("ArrowRight");
    await bar.getByText("Stage 1 of 3: Before purchase").waitFor();
    const zoomAt = async () => (await viewCentre(page)).zoom;
    // The view glides to each slide: read the zoom once it has stopped moving.
    const settledZoom = async () => {
      let last = await zoomAt();
      for (;;) {
        await page.waitForTimeout(150);
        const now = await zoomAt();
        if (Math.abs(now - last) < 1e-4) return now;
        last = now;
      }
    };
    const stageZoom = await settledZoom();
    await page.keyboard.press("ArrowRight");
    await bar.getByText("Stage 2 of 3: During purchase").waitFor();
    await page.keyboard.press("s");
    await page.locator(".JourneyCanvas-spotlight").waitFor();
    // A stage fills the screen: closer than the whole journey.
    await page.keyboard.press("Home");
    await bar.getByText("The whole journey").waitFor();
    await eventually(async () => (await zoomAt()) < stageZoom).toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await bar.getByText("Stage 2 of 3: During purchase").waitFor();
    await page.waitForTimeout(450);
    await suite.screenshot(page, "presenter-stage-spotlight");

    await page.keyboard.press("g");
    const slide = page.getByRole("region", { name: "Where the journey has gaps" });
    await slide.waitFor();
    await slide.getByRole("heading", { name: "Channel coverage" }).waitFor();
    await expect(slide.getByRole("listitem").first().innerText()).resolves.toMatch(/Coverage gap|Critical gap/i);
    await suite.screenshot(page, "presenter-gaps");

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Share" }).waitFor();
    await expect(bar.count()).resolves.toBe(0);
  });

  it("the workshop's last ten minutes: a time-box ends for all three, a comment reaches everyone, a version is restored for all", async () => {
    const { anna, bo, cleo, id, token } = await workshop();
    const everyone = [anna, bo, cleo];

    // Anna time-boxes the discussion; everyone sees it run out.
    await anna.page.getByRole("button", { name: "Start a workshop timer everyone sees" }).click();
    await anna.page.getByRole("textbox", { name: "Custom time (m:ss)" }).fill("0:03");
    await anna.page.keyboard.press("Enter");
    for (const person of everyone) {
      await person.page.getByRole("banner").getByRole("group", { name: "Workshop timer" }).waitFor();
    }
    for (const person of everyone) await person.page.getByText("Time's up").first().waitFor({ timeout: 10_000 });
    // A full top bar (a timer, three people) still shows Export and Share whole on a 1440 px screen.
    for (const person of everyone) {
      const share = await person.page.getByRole("button", { name: "Share" }).boundingBox();
      expect(share && share.x + share.width).toBeLessThanOrEqual(1440);
    }

    // Before the next round, Anna saves a version of the map.
    await anna.page.getByRole("button", { name: "History", exact: true }).click();
    const history = anna.page.getByRole("dialog", { name: "Version history" });
    await history.getByRole("textbox", { name: "Name a version of the map as it is now" }).fill("After round one");
    await history.getByRole("button", { name: "Save version" }).click();
    await history.getByText("Saved “After round one”.").waitFor();
    await anna.page.keyboard.press("Escape");

    // Cleo renames a card and comments on it; Bo and Anna see both.
    await cleo.cardById("t3").dblclick();
    await cleo.typeCardTitle("Calls support twice");
    await cleo.tab("Comments").click();
    await cleo.cardById("t3").click();
    const box = cleo.page.getByRole("textbox", { name: "New comment on “Calls support twice”" });
    await box.fill("Second call because the first one had no answer");
    await box.press("Control+Enter");
    for (const person of [anna, bo]) {
      await person.cardById("t3").getByRole("img", { name: "1 open comment thread" }).waitFor();
      await person.card("Calls support twice").waitFor();
    }

    // Anna restores the saved version: the card's old title is back on every screen, the comment stays.
    await anna.page.getByRole("button", { name: "History", exact: true }).click();
    await history.getByRole("button", { name: /After round one/ }).click();
    await history.getByRole("button", { name: "Restore this version" }).click();
    await history.getByRole("button", { name: "Restore", exact: true }).click();
    await history.waitFor({ state: "detached" });
    for (const person of everyone) {
      await person.card("Calls support").waitFor();
      await person.cardById("t3").getByRole("img", { name: "1 open comment thread" }).waitFor();
    }
    await eventually(async () => (await suite.serverMap(id, token)).touchpoints.find((t) => t.id === "t3")?.title).toBe(
      "Calls support",
    );
    const [thread] = (await suite.serverMap(id, token)).comments;
    expect(thread?.messages[0]?.text).toBe("Second call because the first one had no answer");
    await suite.screenshot(bo.page, "workshop-after-restore");
  });
}
