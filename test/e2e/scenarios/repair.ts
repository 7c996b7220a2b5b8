import { afterEach, expect, it } from "vitest";
import type * as Y from "yjs";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import { connectClient, whenSynced, type SyncClient } from "../../server/support/syncClient";
import { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/**
 * Contract §4: an entry a client stored in a form the format does not allow is left off the map but
 * kept, listed as needing repair, and repaired (or removed) from the editor, live for everyone.
 */
export function repairScenarios(suite: E2eSuite): void {
  const rogues: SyncClient[] = [];
  afterEach(() => {
    for (const client of rogues.splice(0)) client.destroy();
  });

  /** A stock y-websocket client of the map, as an integration script would be. */
  async function rogueClient(id: string, token: string): Promise<SyncClient> {
    const client = connectClient(suite.server.url, id, token);
    rogues.push(client);
    await whenSynced(client);
    return client;
  }

  const itSupportAt = (client: SyncClient, id: string) =>
    (client.doc.getMap("touchpoints").get(id) as Y.Map<unknown> | undefined)?.get("itSupport");

  it("a card another client stored broken is listed for repair; correcting its JSON puts it back for everyone, undoably", async () => {
    const created = await suite.createMap(
      testJourney({
        touchpoints: [
          touchpoint({ id: "t1", title: "Reads the offer", stageId: "stage-before" }),
          touchpoint({ id: "t2", title: "Signs the contract", stageId: "stage-during" }),
        ],
      }),
    );
    const rogue = await rogueClient(created.id, created.editToken);
    (rogue.doc.getMap("touchpoints").get("t2") as Y.Map<unknown>).set("itSupport", "excellent");

    const editor = await suite.openAsEditor("Anna Lind", created);
    const { page } = editor;
    await editor.card("Reads the offer").waitFor();
    expect(await editor.card("Signs the contract").count()).toBe(0);

    await editor.validationIssue("Needs repair", "Touchpoint entry “t2”").click();
    const dialog = page.getByRole("dialog", { name: "Repair Touchpoint entry “t2”" });
    await dialog.locator(".repair-path", { hasText: "itSupport" }).waitFor();
    const json = dialog.getByRole("textbox", { name: "The entry as stored (JSON)" });
    expect(JSON.parse(await json.inputValue())).toMatchObject({ id: "t2", itSupport: "excellent" });
    await suite.screenshot(page, "repair-dialog");

    // Still wrong: the dialog says what, and nothing reaches the document.
    await json.fill((await json.inputValue()).replace('"excellent"', '"superb"'));
    await dialog.getByRole("button", { name: "Save repair" }).click();
    await dialog.getByRole("alert").getByText("itSupport").waitFor();
    expect(itSupportAt(rogue, "t2")).toBe("excellent");

    await json.fill((await json.inputValue()).replace('"superb"', '"integrated"'));
    await dialog.getByRole("button", { name: "Save repair" }).click();
    await dialog.waitFor({ state: "hidden" });
    await editor.card("Signs the contract").waitFor();
    await eventually(() => itSupportAt(rogue, "t2")).toBe("integrated");
    expect((await suite.serverMap(created.id, created.editToken)).touchpoints.map(({ id }) => id)).toEqual([
      "t1",
      "t2",
    ]);

    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await eventually(() => itSupportAt(rogue, "t2")).toBe("excellent");
    await editor.card("Signs the contract").waitFor({ state: "detached" });
  });

  it("a view link shows what is broken but offers no way to change it", async () => {
    const created = await suite.createMap(
      testJourney({ touchpoints: [touchpoint({ id: "t1", title: "Reads the offer", stageId: "stage-before" })] }),
    );
    const rogue = await rogueClient(created.id, created.editToken);
    rogue.doc.getMap("meta").set("market", "everyone");

    const viewer = await EditorPage.open(
      await suite.newPerson("Bo Ek"),
      suite.server.url,
      created.id,
      created.viewToken,
      "view",
    );
    await viewer.validationIssue("Needs repair", "Map setting “market”").click();
    const dialog = viewer.page.getByRole("dialog", { name: "Repair Map setting “market”" });
    await dialog.getByText(/only someone with the edit link can repair it/).waitFor();
    expect(await dialog.getByRole("textbox").getAttribute("readonly")).not.toBeNull();
    expect(await dialog.getByRole("button", { name: /Save repair|Remove entry/ }).count()).toBe(0);
  });
}
