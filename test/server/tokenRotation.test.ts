import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTouchpoint, readJourney } from "@kundresa/shared";
import { createMap, request } from "./support/mapApi";
import { connectClient, firstClose, waitFor, whenSynced, type SyncClient } from "./support/syncClient";
import { startTestServer, type TestServer } from "./support/testServer";

let server: TestServer;
const clients: SyncClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.dispose();
});

function open(mapId: string, token: string): SyncClient {
  const client = connectClient(server.url, mapId, token);
  clients.push(client);
  return client;
}

describe("token rotation", () => {
  it("issues new tokens, closes every connection holding an old one, and old tokens get 401", async () => {
    const map = await createMap(server.url);
    const editor = open(map.id, map.editToken);
    const viewer = open(map.id, map.viewToken);
    await Promise.all([whenSynced(editor), whenSynced(viewer)]);

    const response = await request(server.url, `/api/maps/${map.id}/tokens`, { method: "POST", token: map.editToken });
    expect(response.status).toBe(200);
    const rotated = (await response.json()) as { editToken: string; viewToken: string };
    expect(rotated.editToken).not.toBe(map.editToken);
    expect(rotated.viewToken).not.toBe(map.viewToken);

    for (const client of [editor, viewer]) {
      expect(await firstClose(client)).toEqual({ code: 4401, reason: "token rotated" });
    }
    for (const token of [map.editToken, map.viewToken]) {
      expect((await request(server.url, `/api/maps/${map.id}`, { token })).status).toBe(401);
      expect((await firstClose(open(map.id, token))).code).toBe(4401);
    }

    const newEditor = open(map.id, rotated.editToken);
    const newViewer = open(map.id, rotated.viewToken);
    await Promise.all([whenSynced(newEditor), whenSynced(newViewer)]);
    addTouchpoint(newEditor.doc, {
      id: "after-rotation",
      title: "Still editable",
      stageId: "stage-during",
      channelIds: [],
      itSupport: "unknown",
      position: { x: 0, y: 0 },
    });
    await waitFor(() => readJourney(newViewer.doc).map.touchpoints.length === 1, "the edit at the new viewer");
    expect((await request(server.url, `/api/maps/${map.id}`, { token: rotated.viewToken })).status).toBe(200);
  });
});
