import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addTouchpoint, readJourney } from "@kundresa/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { createMap, request, type CreatedMap } from "./support/mapApi";
import { openRawSocket } from "./support/rawSocket";
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

function open(target: TestServer, mapId: string, token: string): SyncClient {
  const client = connectClient(target.url, mapId, token);
  clients.push(client);
  return client;
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** An awareness message with the given entries (client id, clock, state). */
function presenceMessage(entries: Array<[number, number, unknown]>): Uint8Array {
  return message((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(
      encoder,
      message((inner) => {
        encoding.writeVarUint(inner, entries.length);
        for (const [clientId, clock, state] of entries) {
          encoding.writeVarUint(inner, clientId);
          encoding.writeVarUint(inner, clock);
          encoding.writeVarString(inner, JSON.stringify(state));
        }
      }),
    );
  });
}

/** A real `update` sync message, as a provider sends for one edit. */
function updateMessage(update: Uint8Array): Uint8Array {
  return message((encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
  });
}

function editUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("meta").set("description", text);
  return Y.encodeStateAsUpdate(doc);
}

/** Two stock clients in the room still sync an edit both ways: the room survived. */
async function roomStillWorks(map: CreatedMap, id: string): Promise<void> {
  const [a, b] = [open(server, map.id, map.editToken), open(server, map.id, map.editToken)];
  await Promise.all([whenSynced(a), whenSynced(b)]);
  addTouchpoint(a.doc, {
    id,
    title: "Survivor",
    stageId: "stage-after",
    channelIds: [],
    itSupport: "unknown",
    position: { x: 0, y: 0 },
  });
  await waitFor(() => readJourney(b.doc).map.touchpoints.some((touchpoint) => touchpoint.id === id), "the edit at B");
  expect((await request(server.url, "/healthz")).status).toBe(200);
}

describe("hostile input on live sync", () => {
  it("closes a frame over 2 MiB with 1009, and the other connections go on", async () => {
    const map = await createMap(server.url);
    const bystander = open(server, map.id, map.editToken);
    await whenSynced(bystander);
    const raw = await openRawSocket(server.url, map.id, map.editToken);
    raw.ws.send(updateMessage(editUpdate("x".repeat(2 * 1024 * 1024 + 16))));
    expect((await raw.closed).code).toBe(1009);
    expect(bystander.closes).toEqual([]);
    expect(readJourney(bystander.doc).map.description).toBe("");
    await roomStillWorks(map, "after-big-frame");
  });

  it("closes only the sending connection on malformed or truncated frames (1007 or 1002)", async () => {
    const map = await createMap(server.url);
    const bystander = open(server, map.id, map.editToken);
    await whenSynced(bystander);
    const realUpdate = updateMessage(editUpdate("a real edit"));
    const frames: Array<[string, Uint8Array | string]> = [
      ["an empty frame", new Uint8Array(0)],
      ["a number that never ends", new Uint8Array(12).fill(0xff)],
      ["an unknown message type", new Uint8Array([9])],
      ["an unknown sync step", new Uint8Array([0, 7, 0])],
      ["a truncated update", realUpdate.slice(0, Math.floor(realUpdate.length / 2))],
      ["an update length past the frame", new Uint8Array([0, 2, 0x7f, 1, 2, 3])],
      ["a payload Yjs cannot decode", updateMessage(new Uint8Array([5, 200, 3, 17, 99, 250, 250, 250]))],
      ["a real message with trailing bytes", new Uint8Array([...realUpdate, 0])],
      [
        "awareness with broken JSON",
        message((encoder) => {
          encoding.writeVarUint(encoder, 1);
          encoding.writeVarUint8Array(
            encoder,
            message((inner) => {
              encoding.writeVarUint(inner, 1);
              encoding.writeVarUint(inner, 12345);
              encoding.writeVarUint(inner, 1);
              encoding.writeVarString(inner, "{not json");
            }),
          );
        }),
      ],
      ["a text frame", "hello"],
    ];
    for (const [what, frame] of frames) {
      for (const token of [map.editToken, map.viewToken]) {
        const raw = await openRawSocket(server.url, map.id, token);
        raw.ws.send(frame);
        const { code } = await raw.closed;
        expect([1002, 1007], `${what} (${token === map.editToken ? "edit" : "view"})`).toContain(code);
      }
    }
    expect(bystander.closes).toEqual([]);
    await roomStillWorks(map, "after-garbage");
  });

  it("closes a flood of messages with 1008", async () => {
    const map = await createMap(server.url);
    const raw = await openRawSocket(server.url, map.id, map.editToken);
    const emptyStep1 = new Uint8Array([0, 0, 1, 0]);
    for (let index = 0; index < 20_000 && raw.ws.readyState === raw.ws.OPEN; index++) raw.ws.send(emptyStep1);
    const closed = await raw.closed;
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/rate limit/);
    await roomStillWorks(map, "after-flood");
  });

  it("lets a connection speak for its own awareness client id only", async () => {
    const map = await createMap(server.url);
    const [a, b] = [open(server, map.id, map.editToken), open(server, map.id, map.editToken)];
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.provider.awareness.setLocalStateField("name", "A");
    const nameAt = (client: SyncClient, clientId: number): unknown =>
      (client.provider.awareness.getStates().get(clientId) as { name?: string } | undefined)?.name;
    await waitFor(() => nameAt(b, a.doc.clientID) === "A", "A's presence at B");

    const raw = await openRawSocket(server.url, map.id, map.editToken);
    const awareness = presenceMessage;
    const ownId = 424242;
    raw.ws.send(awareness([[ownId, 1, { name: "Raw" }]]));
    raw.ws.send(awareness([[a.doc.clientID, 1_000, { name: "Forged" }]]));
    raw.ws.send(awareness([[ownId, 2, { name: "Raw again" }]]));
    await waitFor(() => nameAt(b, ownId) === "Raw again", "the raw connection's own presence at B");
    expect(nameAt(b, a.doc.clientID)).toBe("A");
    raw.ws.close();
  });

  it("closes a flood of a connection's own presence updates with 1008, while others watch", async () => {
    const map = await createMap(server.url);
    // A stock client in the room: the flood reaches it, and its echoes must not pay for the flood.
    const bystander = open(server, map.id, map.editToken);
    await whenSynced(bystander);
    const raw = await openRawSocket(server.url, map.id, map.editToken);
    const ownId = 515151;
    const presence = (clock: number): Uint8Array => presenceMessage([[ownId, clock, { cursor: clock }]]);
    for (let clock = 1; clock <= 20_000 && raw.ws.readyState === raw.ws.OPEN; clock++) {
      raw.ws.send(presence(clock));
      // Now and then a turn of the event loop, so the server's broadcasts (and any echo) get through.
      if (clock % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const closed = await raw.closed;
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/rate limit: too many awareness/);
    expect(bystander.closes).toEqual([]);
    await roomStillWorks(map, "after-presence-flood");
  });

  it("drops a presence state over the size cap, keeping the connection's last good one", async () => {
    const map = await createMap(server.url);
    const raw = await openRawSocket(server.url, map.id, map.editToken);
    const ownId = 626262;
    raw.ws.send(presenceMessage([[ownId, 1, { name: "Small" }]]));
    raw.ws.send(presenceMessage([[ownId, 2, { name: "Big", padding: "x".repeat(20 * 1024) }]]));
    // Answered in order after both: everyone's states as the server holds them.
    const states = await new Promise<Map<number, { clock: number; state: unknown }>>((resolve) => {
      raw.ws.on("message", (data: Buffer) => {
        const outer = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(outer) !== 1) return;
        const inner = decoding.createDecoder(decoding.readVarUint8Array(outer));
        const found = new Map<number, { clock: number; state: unknown }>();
        for (let count = decoding.readVarUint(inner); count > 0; count--) {
          const clientId = decoding.readVarUint(inner);
          const clock = decoding.readVarUint(inner);
          found.set(clientId, { clock, state: JSON.parse(decoding.readVarString(inner)) });
        }
        if (found.has(ownId)) resolve(found);
      });
      raw.ws.send(new Uint8Array([3]));
    });
    expect(states.get(ownId)).toEqual({ clock: 1, state: { name: "Small" } });
    raw.ws.close();
  });

  it("drops a view connection's sync step 2 as it drops its updates", async () => {
    const map = await createMap(server.url);
    const editor = open(server, map.id, map.editToken);
    await whenSynced(editor);
    const raw = await openRawSocket(server.url, map.id, map.viewToken);
    const step2 = message((encoder) => {
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, editUpdate("written through a view link"));
    });
    raw.ws.send(step2);
    // Sent after it on the same socket: once the editor sees this presence, the step 2 was handled.
    raw.ws.send(presenceMessage([[717171, 1, { name: "Viewer" }]]));
    await waitFor(() => editor.provider.awareness.getStates().has(717171), "the viewer's presence at the editor");
    expect(editor.doc.getMap("meta").get("description")).not.toBe("written through a view link");
    const stored = await request(server.url, `/api/maps/${map.id}`, { token: map.viewToken });
    expect(((await stored.json()) as { description: string }).description).toBe("");
    expect(await Promise.race([raw.closed.then(() => "closed"), Promise.resolve("open")])).toBe("open");
    raw.ws.close();
  });

  it("does not count a stock client's echo of everyone else's presence against its limit", async () => {
    // A tight limit, so a few dozen updates show it: the stock provider sends back every presence
    // update it receives, so each client in a busy room "sends" as many as the whole room makes.
    const tight = await startTestServer({ sync: { awarenessMessages: { capacity: 40, perSecond: 5 } } });
    try {
      const map = await createMap(tight.url);
      const [a, b, watcher] = [0, 1, 2].map(() => open(tight, map.id, map.editToken)) as [
        SyncClient,
        SyncClient,
        SyncClient,
      ];
      await Promise.all([a, b, watcher].map(whenSynced));
      for (let step = 1; step <= 30; step++) {
        for (const client of [a, b]) client.provider.awareness.setLocalStateField("cursor", step);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const cursorAt = (client: SyncClient, of: SyncClient): unknown =>
        (client.provider.awareness.getStates().get(of.doc.clientID) as { cursor?: number } | undefined)?.cursor;
      await waitFor(() => cursorAt(watcher, a) === 30 && cursorAt(watcher, b) === 30, "both cursors at the watcher");
      expect([a, b, watcher].map((client) => client.closes)).toEqual([[], [], []]);
    } finally {
      for (const client of clients.splice(0)) client.destroy();
      await tight.dispose();
    }
  });

  it("refuses browsers from origins outside KUNDRESA_ALLOWED_ORIGINS with 4403", async () => {
    const guarded = await startTestServer({ allowedOrigins: ["https://maps.example.org"] });
    try {
      const map = await createMap(guarded.url);
      const attempt = (origin: string): Promise<number> =>
        new Promise((resolve) => {
          const ws = new WebSocket(`${guarded.url.replace(/^http/, "ws")}/sync/${map.id}?token=${map.editToken}`, {
            origin,
          });
          ws.on("message", () => ws.close(1000));
          ws.on("close", (code) => resolve(code));
        });
      expect(await attempt("https://evil.example.com")).toBe(4403);
      // Allowed: the server greets it (sync step 1), and the client hangs up normally.
      expect(await attempt("https://maps.example.org")).toBe(1000);
    } finally {
      await guarded.dispose();
    }
  });

  it("refuses an update that would grow the document past its cap, with 4413, storing nothing", async () => {
    const small = await startTestServer({ maxDocBytes: 1024 * 1024 });
    try {
      const map = await createMap(small.url);
      const [writer, reader] = [open(small, map.id, map.editToken), open(small, map.id, map.editToken)];
      await Promise.all([whenSynced(writer), whenSynced(reader)]);
      const bulk = writer.doc.getMap("bulk");
      bulk.set("first", "a".repeat(600_000));
      await waitFor(() => reader.doc.getMap("bulk").has("first"), "the first bulk value at the reader");
      bulk.set("second", "b".repeat(600_000));
      const closed = await firstClose(writer);
      expect(closed.code).toBe(4413);
      expect(closed.reason).toMatch(/limit/);
      expect(reader.closes).toEqual([]);
      expect(reader.doc.getMap("bulk").has("second")).toBe(false);
      const later = open(small, map.id, map.editToken);
      await whenSynced(later);
      expect([...later.doc.getMap("bulk").keys()]).toEqual(["first"]);
    } finally {
      for (const client of clients.splice(0)) client.destroy();
      await small.dispose();
    }
  });
});
