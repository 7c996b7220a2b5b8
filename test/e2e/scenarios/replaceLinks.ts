import { expect, it } from "vitest";
import { TEMPLATES } from "@kundresa/shared";
import { request } from "../../server/support/mapApi";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/** Replacing a map's links from the share dialog: new links here, the old ones shut out everywhere. */
export function replaceLinksScenarios(suite: E2eSuite): void {
  it("an edit link from elsewhere shows the view link and can replace both links; the old links stop", async () => {
    const template = TEMPLATES.find((candidate) => candidate.id === "book-club")!.build();
    // Made through the API, as by another device: this browser has never seen the view token.
    const created = await suite.createMap(template);
    const anna = await suite.openAsEditor("Anna Lind", created);
    const bo = await suite.openAsEditor("Bo Ek", created);

    // Anna only ever had the edit link, and may still pass the view link on to the big screen.
    const share = await anna.openShareDialog();
    await eventually(() => share.getByRole("textbox", { name: "View link" }).inputValue()).toBe(
      `${suite.server.url}/m/${created.id}#token=${created.viewToken}`,
    );
    await share.getByRole("button", { name: "Replace links…" }).click();
    await share
      .getByRole("group", { name: "Replace both links now?" })
      .getByRole("button", { name: "Replace links" })
      .click();

    // Anna's editor reopens on the new edit link and is live again.
    await eventually(() => new URL(anna.page.url()).hash).not.toBe(`#token=${created.editToken}`);
    const newEditToken = new URLSearchParams(new URL(anna.page.url()).hash.slice(1)).get("token")!;
    await anna.connection("live");

    // The share dialog now offers both new links.
    const reopened = (await share.isVisible()) ? share : await anna.openShareDialog();
    const viewLink = await reopened.getByRole("textbox", { name: "View link" }).inputValue();
    expect(await reopened.getByRole("textbox", { name: "Edit link" }).inputValue()).toBe(
      `${suite.server.url}/m/${created.id}#token=${newEditToken}`,
    );
    const newViewToken = new URL(viewLink).hash.slice("#token=".length);
    expect(newViewToken).not.toBe(created.viewToken);

    // Bo, on the old link, is told it no longer opens the map; the old tokens are refused, the new ones work.
    await bo.page.getByRole("heading", { name: "This link does not open the map" }).waitFor();
    for (const token of [created.editToken, created.viewToken]) {
      expect((await request(suite.server.url, `/api/maps/${created.id}`, { token })).status).toBe(401);
    }
    expect(
      await request(suite.server.url, `/api/maps/${created.id}/access`, { token: newViewToken }).then((r) => r.json()),
    ).toEqual({
      access: "view",
    });
    expect((await suite.serverMap(created.id, newEditToken)).touchpoints).toHaveLength(template.touchpoints.length);
  });
}
