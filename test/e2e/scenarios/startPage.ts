import { expect, it } from "vitest";
import { TEMPLATES, exportJourney } from "@kundresa/shared";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import { EditorPage } from "../pages/EditorPage";
import { StartPage } from "../pages/StartPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/** New maps from the start page: a template, and an import that is refused. */
export function startPageScenarios(suite: E2eSuite): void {
  it("creates a map from a template: the editor asks your name once, then shows the template's cards", async () => {
    const page = await suite.newPerson(undefined);
    const start = await new StartPage(page, suite.server.url).open();
    await suite.screenshot(page, "start-page");

    await start.createFrom("Broadband subscription");
    const prompt = page.getByRole("dialog", { name: "What should colleagues call you?" });
    await page.getByRole("textbox", { name: "Your name" }).fill("Anna Lind");
    await prompt.getByRole("button", { name: "Continue" }).click();
    await prompt.waitFor({ state: "detached" });

    const editor = new EditorPage(page);
    await editor.ready("edit");
    const template = TEMPLATES.find((candidate) => candidate.id === "broadband-subscription")!.build();
    expect(await editor.titleField.inputValue()).toBe(template.title);
    expect(await editor.people.count()).toBe(1);
    await editor.person("Anna Lind (you)").waitFor();
    await editor.card(template.touchpoints[0]!.title).waitFor();
    await suite.screenshot(page, "editor-template");
    // The whole map in view (F), so every card is drawn even where the canvas skips off-screen ones.
    await page.keyboard.press("f");
    await editor.settled();
    const titles = () => editor.cards.locator(".TouchpointNode-title").allTextContents();
    await eventually(async () => (await titles()).sort()).toEqual(template.touchpoints.map((t) => t.title).sort());

    // The start page remembers it on this device; the name is not asked again.
    await page.getByRole("link", { name: "Kundresa: back to the start page" }).click();
    await start.heading.waitFor();
    await start.recentMaps.filter({ hasText: template.title }).getByRole("link").click();
    await editor.ready("edit");
    expect(await page.getByRole("dialog").count()).toBe(0);
  });

  it("lists a map opened from a link under its title, and follows a colleague's rename", async () => {
    const template = TEMPLATES.find((candidate) => candidate.id === "mail-order-ecommerce")!.build();
    const created = await suite.createMap(template);
    const bo = await suite.openAsEditor("Bo Ek", created);
    const anna = await suite.openAsEditor("Anna Lind", created);
    await anna.titleField.fill("Mail order, spring workshop");
    await anna.titleField.press("Enter");
    await eventually(() => bo.titleField.inputValue()).toBe("Mail order, spring workshop");

    const start = await new StartPage(bo.page, suite.server.url).open();
    await start.recentMaps.filter({ hasText: "Mail order, spring workshop" }).waitFor();
    expect(await start.recentMaps.filter({ hasText: "Untitled map" }).count()).toBe(0);
  });

  it("lists every problem of a bad file by its path and creates no map", async () => {
    const page = await suite.newPerson("Anna");
    const start = await new StartPage(page, suite.server.url).open();
    const creates: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/api/maps") creates.push(request.url());
    });
    const bad = JSON.parse(
      exportJourney(testJourney({ touchpoints: [touchpoint({ id: "t1" }), touchpoint({ id: "t2" })] })),
    ) as { touchpoints: Record<string, unknown>[]; connections: Record<string, unknown>[] };
    bad.touchpoints[1]!["itSupport"] = "sometimes";
    bad.connections.push({ id: "c1", from: "t1" });

    await start.importFile({
      name: "broken.journey.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await start.importProblems.waitFor();
    const problems = await start.importProblems.textContent();
    expect(problems).toContain("broken.journey.json");
    expect(problems).toContain("touchpoints[1].itSupport");
    expect(problems).toContain("connections[0].to");

    await start.importFile({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("not json {") });
    await start.importProblems.filter({ hasText: "notes.json" }).waitFor();

    expect(new URL(page.url()).pathname).toBe("/");
    expect(creates).toEqual([]);
    expect(await start.recentMaps.count()).toBe(0);
  });
}
