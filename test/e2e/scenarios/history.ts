import { expect, it } from "vitest";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/** Version history: a named version saved, compared with the map later, restored, and the restore undone. */
export function historyScenarios(suite: E2eSuite): void {
  it("saves a named version, shows what changed since, restores it for everyone, and Ctrl+Z takes the restore back", async () => {
    const created = await suite.createMap(
      testJourney({
        title: "Broadband signup",
        touchpoints: [
          touchpoint({ id: "t1", title: "Sees an ad", stageId: "stage-before", channelIds: ["public-website"] }),
          touchpoint({ id: "t2", title: "Orders online", stageId: "stage-during", channelIds: ["e-commerce"] }),
        ],
      }),
    );
    const anna = await suite.openAsEditor("Anna Lind", created);
    const { page } = anna;
    const titles = async () => (await anna.readMap()).touchpoints.map((each) => each.title).sort();

    await anna.cardById("t1").dblclick();
    await anna.typeCardTitle("Sees a TV ad");
    await eventually(titles).toEqual(["Orders online", "Sees a TV ad"]);

    // Save a named version of the map as it is now.
    await page.getByRole("button", { name: "History", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Version history" });
    await dialog.getByText(/No versions yet/).waitFor();
    await dialog.getByRole("textbox", { name: "Name a version of the map as it is now" }).fill("Before the exercise");
    await dialog.getByRole("button", { name: "Save version" }).click();
    await dialog.getByText("Saved “Before the exercise”.").waitFor();
    await dialog.getByText("No changes: the map is as this version has it.").waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });

    // More edits: a rename and a new card.
    await anna.cardById("t2").dblclick();
    await anna.typeCardTitle("Orders in the app");
    await anna.doubleClickCell("After purchase", "Service");
    await anna.typeCardTitle("Calls support");
    const edited = ["Calls support", "Orders in the app", "Sees a TV ad"];
    await eventually(titles).toEqual(edited);

    // The version beside the map now, and what changed since, by title and field.
    await page.getByRole("button", { name: "History", exact: true }).click();
    const version = dialog.getByRole("button", { name: /Before the exercise.*by Anna Lind/ });
    await version.click();
    await expect(version.getAttribute("aria-pressed")).resolves.toBe("true");
    const changes = dialog.getByRole("region", { name: "Changes since this version" });
    await changes.getByRole("heading", { name: "Added (1)" }).waitFor();
    await changes.getByText("Calls support").waitFor();
    await changes.getByRole("heading", { name: "Edited (1)" }).waitFor();
    await changes.getByText("was “Orders online”").waitFor();
    const pictures = dialog.getByRole("group", { name: "This version beside the map as it is now" }).getByRole("img");
    await expect(pictures.count()).resolves.toBe(2);
    // Both pictures have loaded and have a size (they are real SVG images, scaled to fit).
    await eventually(() =>
      pictures.evaluateAll((images) =>
        images.every((image) => image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0),
      ),
    ).toBe(true);
    await suite.screenshot(page, "history-dialog");

    // Restore, after saying yes.
    await dialog.getByRole("button", { name: "Restore this version" }).click();
    await dialog.getByText(/Put the map back as “Before the exercise” has it/).waitFor();
    await dialog.getByRole("button", { name: "Restore", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await eventually(titles).toEqual(["Orders online", "Sees a TV ad"]);
    await anna.card("Calls support").waitFor({ state: "detached" });
    await suite.screenshot(page, "history-restored");
    await eventually(async () =>
      (await suite.serverMap(created.id, created.editToken)).touchpoints.map((each) => each.title).sort(),
    ).toEqual(["Orders online", "Sees a TV ad"]);

    // One undo step: Ctrl+Z brings every later edit back.
    await anna.canvas.click({ position: { x: 20, y: 20 } });
    await page.keyboard.press("ControlOrMeta+z");
    await eventually(titles).toEqual(edited);
    await anna.card("Calls support").waitFor();
    await eventually(async () =>
      (await suite.serverMap(created.id, created.editToken)).touchpoints.map((each) => each.title).sort(),
    ).toEqual(edited);

    // A view link reads the history and compares, with nothing to save or restore with.
    const viewer = await EditorPage.open(
      await suite.newPerson("Cleo Berg"),
      suite.server.url,
      created.id,
      created.viewToken,
      "view",
    );
    await viewer.page.getByRole("button", { name: "History", exact: true }).click();
    const viewDialog = viewer.page.getByRole("dialog", { name: "Version history" });
    await viewDialog.getByRole("button", { name: /Before the exercise/ }).click();
    await viewDialog.getByRole("region", { name: "Changes since this version" }).waitFor();
    await expect(viewDialog.getByRole("button", { name: /Save version|Restore/ }).count()).resolves.toBe(0);
    await expect(viewDialog.getByRole("textbox").count()).resolves.toBe(0);
  });
}
