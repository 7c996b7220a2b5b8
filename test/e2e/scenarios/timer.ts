import type { Locator } from "playwright-core";
import { expect, it } from "vitest";
import { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/** The workshop timer in the top bar, as one person sees it. */
function timerOf(editor: EditorPage) {
  const { page } = editor;
  const group = page.getByRole("banner").getByRole("group", { name: "Workshop timer" });
  return {
    group,
    time: group.getByRole("timer"),
    control: (name: string): Locator => group.getByRole("button", { name, exact: true }),
    startButton: page.getByRole("button", { name: "Start a workshop timer everyone sees" }),
    customTime: page.getByRole("textbox", { name: "Custom time (m:ss)" }),
    /** The countdown's seconds, from its mm:ss. */
    async seconds(): Promise<number> {
      const [minutes, seconds] = ((await this.time.textContent()) ?? "").split(":").map(Number);
      return (minutes ?? NaN) * 60 + (seconds ?? NaN);
    },
  };
}

/** A shared countdown: started by one, paused and resumed by another, watched on a view link. */
export function timerScenarios(suite: E2eSuite): void {
  it("a countdown one person starts is paused by another, resumed, ends for everyone, and shows on a view link without controls", async () => {
    const created = await suite.createMap();
    const [anna, bo] = await Promise.all([
      suite.openAsEditor("Anna Lind", created),
      suite.openAsEditor("Bo Ek", created),
    ]);
    const annasTimer = timerOf(anna);
    const bosTimer = timerOf(bo);

    await annasTimer.startButton.click();
    await annasTimer.customTime.fill("0:05");
    await suite.screenshot(anna.page, "timer-start");
    await anna.page.keyboard.press("Enter");
    await annasTimer.group.waitFor();
    await annasTimer.control("Pause timer").waitFor();
    expect(await annasTimer.control("Pause timer").evaluate((button) => button === document.activeElement)).toBe(true);

    // Bo sees it counting down, not just standing at the start.
    await bosTimer.group.waitFor();
    await eventually(() => bosTimer.seconds()).toBeLessThanOrEqual(4);
    const bosReading = await bosTimer.seconds();
    expect(bosReading).toBeGreaterThan(0);
    await suite.screenshot(anna.page, "timer-running");

    await bosTimer.control("Pause timer").click();
    await annasTimer.group.getByText("Paused", { exact: true }).waitFor();
    const pausedAt = await annasTimer.time.textContent();
    await anna.page.waitForTimeout(1_200);
    expect(await annasTimer.time.textContent()).toBe(pausedAt);
    expect(await bosTimer.time.textContent()).toBe(pausedAt);

    // A view link opened meanwhile: the paused countdown, and not one of the shared timer's controls.
    const viewerPage = await suite.newPerson("Cilla Berg");
    const viewer = await EditorPage.open(viewerPage, suite.server.url, created.id, created.viewToken, "view");
    const viewersTimer = timerOf(viewer);
    await viewersTimer.group.getByText("Paused", { exact: true }).waitFor();
    expect(await viewersTimer.time.textContent()).toBe(pausedAt);

    await annasTimer.control("Resume timer").click();
    await eventually(() => viewersTimer.group.getByText("Paused", { exact: true }).count()).toBe(0);
    await eventually(async () => (await viewersTimer.time.textContent()) !== pausedAt).toBe(true);
    expect(
      await viewersTimer.group
        .getByRole("button")
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label"))),
    ).toEqual(["Mute the chime on this device"]);
    expect(await viewersTimer.startButton.count()).toBe(0);
    await suite.screenshot(viewer.page, "timer-view-link");

    // Everyone reaches zero together.
    for (const timer of [annasTimer, bosTimer, viewersTimer]) {
      await timer.group.getByText("Time's up", { exact: true }).waitFor({ timeout: 10_000 });
      // The digits give way to the message on screen and stay for screen readers.
      expect(await timer.time.textContent()).toBe("00:00");
      expect(await timer.group.getAttribute("data-phase")).toBe("ended");
    }
    expect(await annasTimer.group.getAttribute("data-fresh")).toBe("true");
    await suite.screenshot(anna.page, "timer-times-up");

    // Timer changes are nobody's undo step, and not part of the map.
    expect(await anna.undoButton.isDisabled()).toBe(true);
    expect(JSON.stringify(await suite.serverMap(created.id, created.editToken))).not.toMatch(/timer|endsAt/);

    await bosTimer.control("Stop timer").click();
    for (const timer of [annasTimer, bosTimer, viewersTimer]) await timer.group.waitFor({ state: "detached" });
    await annasTimer.startButton.waitFor();
  });
}
