import { addTouchpoint, deleteTouchpoints, setMeta, updateTouchpoint } from "@kundresa/shared";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { waitFor } from "./syncClient";

/**
 * Connects a stock provider whose socket records every binary frame it sends, makes the edits a
 * person would (presence, a card added, changed, deleted, the title), and returns those frames:
 * real sync step 1 and 2, update and awareness messages, as fuzz material.
 */
export async function recordClientMessages(serverUrl: string, mapId: string, token: string): Promise<Uint8Array[]> {
  const sent: Uint8Array[] = [];
  class RecordingWebSocket extends WebSocket {
    override send(data: Parameters<WebSocket["send"]>[0], ...rest: unknown[]): void {
      if (data instanceof Uint8Array) sent.push(data.slice());
      (super.send as (...args: unknown[]) => void).call(this, data, ...rest);
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, "ws")}/sync`, mapId, doc, {
    params: { token },
    WebSocketPolyfill: RecordingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await waitFor(() => provider.synced, "the recording provider to sync");
    provider.awareness.setLocalStateField("user", { name: "Recorder", color: "#c0392b" });
    addTouchpoint(doc, {
      id: "recorded",
      title: "Recorded card",
      stageId: "stage-before",
      channelIds: [],
      itSupport: "unknown",
      position: { x: 40, y: 40 },
    });
    updateTouchpoint(doc, "recorded", { title: "Recorded card, renamed", notes: "ÅÄÖ and emoji 🚀" });
    setMeta(doc, { title: "Recorded map" });
    deleteTouchpoints(doc, ["recorded"]);
    provider.awareness.setLocalStateField("cursor", { x: 10, y: 20 });
    const wanted = 6;
    await waitFor(() => sent.length >= wanted, "the recorded messages to be sent");
  } finally {
    provider.destroy();
    doc.destroy();
  }
  return sent;
}
