import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES, createJourney, exportJourney, type JourneyMap } from "@kundresa/shared";
import { hashToken, newToken } from "../../server/src/auth/tokens";
import { createMemoryStorage } from "../../server/src/storage/memoryStorage";
import { storeHolds, testStorageKind } from "./support/testStorage";
import { createMap, request, type CreatedMap } from "./support/mapApi";
import { startTestServer, type TestServer } from "./support/testServer";

let server: TestServer;
let retail: JourneyMap;
beforeAll(async () => {
  server = await startTestServer();
  retail = TEMPLATES[0]!.build();
});
afterAll(() => server.dispose());

describe("the map API", () => {
  it("answers /healthz with ok and that its store is reachable", async () => {
    const response = await request(server.url, "/healthz");
    expect(response.status).toBe(200);
    // Without Redis configured there is no `redis` entry to worry an operator.
    expect(await response.json()).toEqual({ ok: true, storage: { kind: testStorageKind(), reachable: true } });
  });

  it("creates a map from the default for an empty body, and reads it back with either token", async () => {
    const created = await createMap(server.url);
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(created.editToken).not.toBe(created.viewToken);
    const expected = exportJourney(createJourney());
    for (const token of [created.editToken, created.viewToken]) {
      const response = await request(server.url, `/api/maps/${created.id}`, { token });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.text()).toBe(expected);
    }
  });

  it("imports a map given as the body and exports it unchanged", async () => {
    const created = await createMap(server.url, exportJourney(retail));
    const response = await request(server.url, `/api/maps/${created.id}?token=${created.viewToken}`);
    expect(await response.text()).toBe(exportJourney(retail));
  });

  it("serves the map as SVG and its validation report", async () => {
    const created = await createMap(server.url, exportJourney(retail));
    const svg = await request(server.url, `/api/maps/${created.id}/svg`, { token: created.viewToken });
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    const text = await svg.text();
    expect(text).toContain("<svg");
    for (const touchpoint of retail.touchpoints) expect(text).toContain(`data-touchpoint-id="${touchpoint.id}"`);

    const validation = await request(server.url, `/api/maps/${created.id}/validation`, { token: created.editToken });
    expect(validation.status).toBe(200);
    const report = (await validation.json()) as { summary: unknown; coverage: Record<string, unknown> };
    expect(report.summary).toBeDefined();
    expect(Object.keys(report.coverage)).toEqual(["before", "during", "after"]);
  });

  it("tells a link's holder whether the token edits or views, so the editor opens in the right mode", async () => {
    const created = await createMap(server.url);
    const asEditor = await request(server.url, `/api/maps/${created.id}/access`, { token: created.editToken });
    // An edit link's holder gets the view link too, to pass on; a view link's holder only learns it views.
    expect(await asEditor.json()).toEqual({ access: "edit", viewToken: created.viewToken });
    const asViewer = await request(server.url, `/api/maps/${created.id}/access?token=${created.viewToken}`);
    expect(await asViewer.json()).toEqual({ access: "view" });
    expect((await request(server.url, `/api/maps/${created.id}/access`, { token: "nope" })).status).toBe(401);
    expect((await request(server.url, `/api/maps/unknown-map-id/access`, { token: created.editToken })).status).toBe(
      404,
    );
  });

  it("gives no view link to an edit link of a map whose view token does not derive from it", async () => {
    // As for maps made before view tokens were derived: the server holds hashes only, so it cannot tell.
    const storage = createMemoryStorage();
    const own = await startTestServer({ storage });
    try {
      const created = await createMap(own.url);
      const unrelatedViewToken = newToken();
      await storage.replaceTokenHashes(created.id, {
        editTokenHash: hashToken(created.editToken),
        viewTokenHash: hashToken(unrelatedViewToken),
      });
      const asEditor = await request(own.url, `/api/maps/${created.id}/access`, { token: created.editToken });
      expect(await asEditor.json()).toEqual({ access: "edit" });
      const asViewer = await request(own.url, `/api/maps/${created.id}/access`, { token: unrelatedViewToken });
      expect(await asViewer.json()).toEqual({ access: "view" });
    } finally {
      await own.dispose();
    }
  });

  it("replaces a map with PUT and answers with what is now stored", async () => {
    const created = await createMap(server.url);
    const put = await request(server.url, `/api/maps/${created.id}`, {
      method: "PUT",
      token: created.editToken,
      body: exportJourney(retail),
    });
    expect(put.status).toBe(200);
    expect(await put.text()).toBe(exportJourney(retail));
    const read = await request(server.url, `/api/maps/${created.id}`, { token: created.viewToken });
    expect(await read.text()).toBe(exportJourney(retail));
  });
});

describe("the map API's errors", () => {
  let map: CreatedMap;
  beforeAll(async () => {
    map = await createMap(server.url, exportJourney(retail));
  });

  it("400 names every problem by its path, on create and on replace, and changes nothing", async () => {
    const broken = JSON.parse(exportJourney(retail)) as { touchpoints: Array<Record<string, unknown>> };
    broken.touchpoints[1]!["itSupport"] = "sometimes";
    broken.touchpoints[2]!["stageId"] = 7;
    for (const [path, method, token] of [
      ["/api/maps", "POST", undefined],
      [`/api/maps/${map.id}`, "PUT", map.editToken],
    ] as const) {
      const response = await request(server.url, path, { method, token, body: JSON.stringify(broken) });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; issues: Array<{ path: string; message: string }> };
      expect(body.error).toBeTruthy();
      expect(body.issues.map((issue) => issue.path)).toEqual(
        expect.arrayContaining(["touchpoints[1].itSupport", "touchpoints[2].stageId"]),
      );
    }
    const notJson = await request(server.url, `/api/maps/${map.id}`, {
      method: "PUT",
      token: map.editToken,
      body: "{",
    });
    expect(notJson.status).toBe(400);
    const empty = await request(server.url, `/api/maps/${map.id}`, { method: "PUT", token: map.editToken, body: "" });
    expect(empty.status).toBe(400);
    const read = await request(server.url, `/api/maps/${map.id}`, { token: map.viewToken });
    expect(await read.text()).toBe(exportJourney(retail));
  });

  it("401 without a token or with a wrong one, on every map request", async () => {
    for (const path of [`/api/maps/${map.id}`, `/api/maps/${map.id}/svg`, `/api/maps/${map.id}/validation`]) {
      for (const token of [undefined, "not-a-token", `${map.editToken}x`]) {
        const response = await request(server.url, path, { token });
        expect(response.status).toBe(401);
        expect(((await response.json()) as { error: string }).error).toBeTruthy();
      }
    }
    const put = await request(server.url, `/api/maps/${map.id}`, { method: "PUT", body: exportJourney(retail) });
    expect(put.status).toBe(401);
    const rotate = await request(server.url, `/api/maps/${map.id}/tokens`, { method: "POST", token: "wrong" });
    expect(rotate.status).toBe(401);
  });

  it("403 for a view token on a write", async () => {
    const put = await request(server.url, `/api/maps/${map.id}`, {
      method: "PUT",
      token: map.viewToken,
      body: exportJourney(createJourney()),
    });
    expect(put.status).toBe(403);
    const rotate = await request(server.url, `/api/maps/${map.id}/tokens`, { method: "POST", token: map.viewToken });
    expect(rotate.status).toBe(403);
    const read = await request(server.url, `/api/maps/${map.id}`, { token: map.viewToken });
    expect(await read.text()).toBe(exportJourney(retail));
  });

  it("404 for an unknown map or path, whatever the token", async () => {
    for (const path of ["/api/maps/AAAAAAAAAAAAAAAAAAAAAA", "/api/maps/AAAAAAAAAAAAAAAAAAAAAA/svg", "/api/maps/%ZZ"]) {
      const response = await request(server.url, path, { token: map.editToken });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toBeTruthy();
    }
    const missing = await request(server.url, "/no/such/page");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "nothing at /no/such/page" });
    expect((await request(server.url, `/api/maps/${map.id}/history`, { token: map.editToken })).status).toBe(404);
  });

  it("405 for a wrong method, and no request lists maps", async () => {
    expect((await request(server.url, "/api/maps")).status).toBe(405);
    expect((await request(server.url, `/api/maps/${map.id}`, { method: "DELETE", token: map.editToken })).status).toBe(
      405,
    );
    expect((await request(server.url, `/api/maps/${map.id}/svg`, { method: "PUT", token: map.editToken })).status).toBe(
      405,
    );
    expect((await request(server.url, "/healthz", { method: "POST" })).status).toBe(405);
  });

  it("400 for a body that is not UTF-8, 404 for rotating the links of an unknown map", async () => {
    const latin1 = Buffer.from(`{"format":"kundresa.journey-map","title":"Kundresa f\u00f6r alla"}`, "latin1");
    const create = await fetch(`${server.url}/api/maps`, { method: "POST", body: latin1 });
    expect(create.status).toBe(400);
    expect(((await create.json()) as { error: string }).error).toMatch(/UTF-8/);
    const rotate = await request(server.url, "/api/maps/AAAAAAAAAAAAAAAAAAAAAA/tokens", {
      method: "POST",
      token: map.editToken,
    });
    expect(rotate.status).toBe(404);
  });

  it("413 for a replacement that would grow the map past the document cap, and changes nothing", async () => {
    const small = await startTestServer({ maxDocBytes: 256 * 1024 });
    try {
      const created = await createMap(small.url, exportJourney(retail));
      // Each string within the format's 10,000 characters, together over the 256 KiB cap.
      const long = "x".repeat(9_000);
      const big = exportJourney({
        ...retail,
        touchpoints: retail.touchpoints.map((touchpoint) => ({ ...touchpoint, notes: long, painPoints: [long] })),
      });
      const put = await request(small.url, `/api/maps/${created.id}`, {
        method: "PUT",
        token: created.editToken,
        body: big,
      });
      expect(put.status).toBe(413);
      const read = await request(small.url, `/api/maps/${created.id}`, { token: created.viewToken });
      expect(await read.text()).toBe(exportJourney(retail));
    } finally {
      await small.dispose();
    }
  });

  it("keeps no token in the database, only hashes", async () => {
    const created = await createMap(server.url);
    // The check can fail: the store does hold the map's id.
    expect(await storeHolds(server.dataDir, created.id)).toBe(true);
    expect(await storeHolds(server.dataDir, created.editToken)).toBe(false);
    expect(await storeHolds(server.dataDir, created.viewToken)).toBe(false);
  });

  it("413 for a body over 5 MiB, on create and on replace, and changes nothing", async () => {
    const huge = exportJourney({ ...retail, description: "x".repeat(5 * 1024 * 1024) });
    const create = await request(server.url, "/api/maps", { method: "POST", body: huge });
    expect(create.status).toBe(413);
    expect(((await create.json()) as { error: string }).error).toMatch(/5 MiB/);
    const put = await request(server.url, `/api/maps/${map.id}`, { method: "PUT", token: map.editToken, body: huge });
    expect(put.status).toBe(413);
    const read = await request(server.url, `/api/maps/${map.id}`, { token: map.viewToken });
    expect(await read.text()).toBe(exportJourney(retail));
  });
});
