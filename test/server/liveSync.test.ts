import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  TEMPLATES,
  addTouchpoint,
  createJourney,
  exportJourney,
  readJourney,
  setMeta,
  type JourneyMap,
} from "@kundresa/shared";
import * as Y from "yjs";
import { createMap, request } from "./support/mapApi";
import { connectClient, firstClose, waitFor, whenSynced, type SyncClient } from "./support/syncClient";
import { startTestServer, type TestServer } from "./support/testServer";

let server: TestServer;
const clients: SyncClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(() => server.dispose());

function open(mapId: string, token: string): SyncClient {
  const client = connectClient(server.url, mapId, token);
  clients.push(client);
  return client;
}

function touchpointIds(client: SyncClient): string[] {
  return readJourney(client.doc)
    .map.touchpoints.map((touchpoint) => touchpoint.id)
    .sort();
}

function touchpoint(id: string, stageId = "stage-before") {
  return {
    id,
    title: `Touchpoint ${id}`,
    stageId,
    channelIds: [],
    itSupport: "unknown" as const,
    position: { x: 0, y: 0 },
  };
}

async function storedMap(mapId: string, token: string): Promise<JourneyMap> {
  const response = await request(server.url, `/api/maps/${mapId}`, { token });
  return JSON.parse(await response.text()) as JourneyMap;
}

describe("live sync with stock y-websocket clients", () => {
  it("two clients receive the stored map and converge after concurrent edits", async () => {
    const retail = TEMPLATES[0]!.build();
    const map = await createMap(server.url, exportJourney(retail));
    const [a, b] = [open(map.id, map.editToken), open(map.id, map.editToken)];
    await Promise.all([whenSynced(a), whenSynced(b)]);
    expect(exportJourney(readJourney(a.doc).map)).toBe(exportJourney(retail));

    addTouchpoint(a.doc, touchpoint("from-a"));
    addTouchpoint(b.doc, touchpoint("from-b"));
    setMeta(a.doc, { title: "Edited by A" });
    setMeta(b.doc, { description: "Edited by B" });
    await waitFor(
      () => touchpointIds(a).includes("from-b") && touchpointIds(b).includes("from-a"),
      "both edits on both sides",
    );
    await waitFor(() => readJourney(a.doc).map.description === "Edited by B", "B's description at A");
    await waitFor(() => readJourney(b.doc).map.title === "Edited by A", "A's title at B");
    expect(exportJourney(readJourney(a.doc).map)).toBe(exportJourney(readJourney(b.doc).map));
    expect(exportJourney(await storedMap(map.id, map.viewToken))).toBe(exportJourney(readJourney(a.doc).map));
  });

  it("ten clients editing at once all end with the same map", async () => {
    const map = await createMap(server.url);
    const group = Array.from({ length: 10 }, () => open(map.id, map.editToken));
    await Promise.all(group.map(whenSynced));
    group.forEach((client, index) => {
      for (let edit = 0; edit < 5; edit++) addTouchpoint(client.doc, touchpoint(`c${index}-e${edit}`));
    });
    const expected = group.flatMap((_, index) => Array.from({ length: 5 }, (__, edit) => `c${index}-e${edit}`)).sort();
    for (const client of group) await waitFor(() => touchpointIds(client).length === 50, "all 50 edits everywhere");
    for (const client of group) {
      expect(touchpointIds(client)).toEqual(expected);
      expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(group[0]!.doc));
    }
    expect((await storedMap(map.id, map.viewToken)).touchpoints).toHaveLength(50);
  });

  it("a view client sees live edits and is seen, but its edits reach neither others nor storage", async () => {
    const map = await createMap(server.url);
    const editor = open(map.id, map.editToken);
    const viewer = open(map.id, map.viewToken);
    await Promise.all([whenSynced(editor), whenSynced(viewer)]);

    addTouchpoint(editor.doc, touchpoint("by-editor"));
    await waitFor(() => touchpointIds(viewer).includes("by-editor"), "the editor's edit at the viewer");

    addTouchpoint(viewer.doc, touchpoint("by-viewer"));
    setMeta(viewer.doc, { title: "Renamed by a viewer" });
    // Sent after the edits on the same socket, so once the editor sees it the server has handled them.
    viewer.provider.awareness.setLocalStateField("user", { name: "Viewer" });
    await waitFor(
      () =>
        [...editor.provider.awareness.getStates().values()].some(
          (state) => (state as { user?: { name?: string } }).user?.name === "Viewer",
        ),
      "the viewer's presence at the editor",
    );
    expect(touchpointIds(editor)).toEqual(["by-editor"]);
    expect(readJourney(editor.doc).map.title).toBe(createJourney().title);
    const stored = await storedMap(map.id, map.viewToken);
    expect(stored.touchpoints.map((entry) => entry.id)).toEqual(["by-editor"]);
    expect(stored.title).toBe(createJourney().title);
  });

  it("a PUT reaches connected editors live", async () => {
    const map = await createMap(server.url);
    const editor = open(map.id, map.editToken);
    const viewer = open(map.id, map.viewToken);
    await Promise.all([whenSynced(editor), whenSynced(viewer)]);
    const replacement = exportJourney(TEMPLATES[1]!.build());
    const put = await request(server.url, `/api/maps/${map.id}`, {
      method: "PUT",
      token: map.editToken,
      body: replacement,
    });
    expect(put.status).toBe(200);
    for (const client of [editor, viewer]) {
      await waitFor(() => exportJourney(readJourney(client.doc).map) === replacement, "the replaced map live");
    }
  });

  it("closes a wrong or missing token with 4401 and an unknown map with 4404", async () => {
    const map = await createMap(server.url);
    const wrong = open(map.id, "not-the-token");
    expect((await firstClose(wrong)).code).toBe(4401);
    const missing = open(map.id, "");
    expect((await firstClose(missing)).code).toBe(4401);
    const unknown = open("AAAAAAAAAAAAAAAAAAAAAA", map.editToken);
    expect((await firstClose(unknown)).code).toBe(4404);
    // 44xx tells the stock provider that retrying cannot help.
    expect(wrong.provider.shouldConnect).toBe(false);
    expect(unknown.provider.shouldConnect).toBe(false);
  });
});
