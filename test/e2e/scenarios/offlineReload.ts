import { rmSync } from "node:fs";
import { expect, it } from "vitest";
import { exportJourney } from "@kundresa/shared";
import { testJourney, touchpoint } from "@kundresa/shared/testing";
import { createMap, request } from "../../server/support/mapApi";
import { startTestServer, type TestServer } from "../../server/support/testServer";
import { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { WEB_DIST } from "../support/webBuild";

/**
 * The venue's network goes down and someone reloads: the editor's shell is on the device (its
 * service worker), so the map opens from IndexedDB and takes edits until the server is back. The
 * outage is real, the server stopped (Playwright's offline mode does not reach service workers),
 * so this scenario has a server of its own, restarted on the same port and data.
 */
export function offlineReloadScenarios(suite: E2eSuite): void {
  it("a map reloaded while the server is unreachable opens from this device, takes edits and syncs them when it is back", async () => {
    let server: TestServer = await startTestServer({ webDist: WEB_DIST });
    const { dataDir } = server;
    const port = Number(new URL(server.url).port);
    try {
      const created = await createMap(
        server.url,
        exportJourney(testJourney({ touchpoints: [touchpoint({ id: "t1", title: "Reads the offer" })] })),
      );
      const page = await suite.newPerson("Anna Lind");
      const editor = await EditorPage.open(page, server.url, created.id, created.editToken, "edit");
      // The shell is kept once the worker controls the page (it installs only with every file stored).
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      await server.close();
      await editor.connection("offline").catch(() => editor.connection("reconnecting"));
      await page.reload();
      await editor.card("Reads the offer").waitFor();
      await editor.cardById("t1").dblclick();
      await editor.typeCardTitle("Reads the offer in the hall");
      await editor.card("Reads the offer in the hall").waitFor();
      // Told plainly, once the retries keep failing, that the edit stays on this device.
      await editor.connection("offline");
      await suite.screenshot(page, "offline-reload");

      server = await startTestServer({ webDist: WEB_DIST, dataDir, port });
      await editor.connection("live");
      const title = async (): Promise<string | undefined> => {
        const response = await request(server.url, `/api/maps/${created.id}`, { token: created.editToken });
        const map = (await response.json()) as { touchpoints: { id: string; title: string }[] };
        return map.touchpoints.find((candidate) => candidate.id === "t1")?.title;
      };
      await expect.poll(title, { timeout: 10_000 }).toBe("Reads the offer in the hall");
    } finally {
      await server.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
