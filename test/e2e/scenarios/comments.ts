import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/** Comment threads on cards: written, answered and resolved live, kept in the map, out of undo. */
export function commentsScenarios(suite: E2eSuite): void {
  it("two people discuss a card: thread, reply, edit, delete a reply, resolve, seen live, in the JSON and never undone by Ctrl+Z", async () => {
    const map = testJourney({
      touchpoints: [
        touchpoint({ id: "t1", stageId: "stage-before", title: "Sees an ad", channelIds: ["public-website"] }),
        touchpoint({ id: "t2", stageId: "stage-during", title: "Orders online", channelIds: ["e-commerce"] }),
      ],
    });
    const created = await suite.createMap(map);
    const [anna, bo] = await Promise.all([
      suite.openAsEditor("Anna Lind", created),
      suite.openAsEditor("Bo Ek", created),
    ]);

    // Anna opens the Comments tab and picks a card: the tab stays, with a box for that card.
    await anna.tab("Comments").click();
    await anna.cardById("t2").click();
    const box = anna.page.getByRole("textbox", { name: "New comment on “Orders online”" });
    await box.fill("Why does checkout ask for the address twice?");
    await box.press("Control+Enter");

    // Bo sees the count on the card at once, and the thread in his own Comments tab.
    const bubble = bo.cardById("t2").getByRole("img", { name: "1 open comment thread" });
    await bubble.waitFor();
    await bo.tab("Comments").click();
    await bo.page.getByText("Why does checkout ask for the address twice?").waitFor();
    await bo.page
      .getByRole("textbox", { name: "Reply to Anna Lind" })
      .fill("The payment provider's form. We can prefill it.");
    await bo.page.getByRole("button", { name: "Reply", exact: true }).click();
    await anna.page.getByText("The payment provider's form. We can prefill it.").waitFor();
    await suite.screenshot(anna.page, "comments-tab");

    // Ctrl+Z on the canvas is for map edits: it leaves the conversation alone.
    await anna.canvas.click({ position: { x: 20, y: 20 } });
    await anna.page.keyboard.press("Control+z");
    await anna.settled();
    await expect(anna.page.getByText("The payment provider's form. We can prefill it.").count()).resolves.toBe(1);

    // Anna corrects her own words (never Bo's): Bo reads the new ones, marked edited.
    const annaEdits = anna.page.getByRole("button", { name: "Edit your message" });
    await expect(annaEdits.count()).resolves.toBe(1);
    await annaEdits.click();
    const editBox = anna.page.getByRole("textbox", { name: /^Edit your message from/ });
    await editBox.fill("Why does checkout ask for the delivery address twice?");
    await editBox.press("Control+Enter");
    await bo.page.getByText("Why does checkout ask for the delivery address twice?").waitFor();
    await bo.page.getByText("· edited").waitFor();
    await expect(bo.page.getByRole("button", { name: "Edit your message" }).count()).resolves.toBe(1);

    // Bo takes back a reply he sent by mistake: gone for Anna too; the opener has no such button.
    await bo.page.getByRole("textbox", { name: "Reply to Bo Ek" }).fill("Oops, meant another card");
    await bo.page.getByRole("button", { name: "Reply", exact: true }).click();
    await anna.page.getByText("Oops, meant another card").waitFor();
    await expect(anna.page.getByRole("button", { name: "Delete your reply" }).count()).resolves.toBe(0);
    await bo.page.getByRole("button", { name: "Delete your reply" }).nth(1).click();
    await bo.page.getByRole("button", { name: "Delete", exact: true }).click();
    await anna.page.getByText("Oops, meant another card").waitFor({ state: "detached" });

    await anna.page.getByRole("button", { name: "Resolve" }).click();
    await bubble.waitFor({ state: "detached" });
    await bo.page.getByText(/No open threads/).waitFor();

    // The server's map (what JSON export gives) keeps the whole thread, in order, resolved.
    await eventually(async () => (await suite.serverMap(created.id, created.editToken)).comments?.[0]?.resolved).toBe(
      true,
    );
    const [thread] = (await suite.serverMap(created.id, created.editToken)).comments;
    expect(thread?.touchpointId).toBe("t2");
    expect(thread?.messages.map((message) => [message.author, message.text])).toEqual([
      ["Anna Lind", "Why does checkout ask for the delivery address twice?"],
      ["Bo Ek", "The payment provider's form. We can prefill it."],
    ]);
    expect(thread?.messages.map((message) => message.editedAt !== undefined)).toEqual([true, false]);

    // The picture leaves the talk out unless asked; asked, it prints the thread.
    const svgText = async (kind: "svg" | "svg-comments") => {
      const download = await anna.exportAs(kind);
      const path = await download.path();
      return readFileSync(path, "utf8");
    };
    expect(await svgText("svg")).not.toContain("We can prefill it.");
    const withComments = await svgText("svg-comments");
    expect(withComments).toContain('data-role="comments"');
    expect(withComments).toContain("We can prefill it.");

    // A view link reads the thread and has nothing to write with.
    const viewerPage = await suite.newPerson("Cleo Berg");
    const viewer = await EditorPage.open(viewerPage, suite.server.url, created.id, created.viewToken, "view");
    await viewer.tab("Comments").click();
    await viewer.page.getByRole("radio", { name: "Resolved (1)" }).click();
    await viewer.page.getByText("Why does checkout ask for the delivery address twice?").waitFor();
    await expect(viewer.page.getByRole("textbox").count()).resolves.toBe(0);
    await expect(viewer.page.getByRole("button", { name: /Reopen|Delete thread|Edit/ }).count()).resolves.toBe(0);
  });
}
