import { expect, it } from "vitest";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import type { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

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
  });
}
