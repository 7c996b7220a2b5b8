import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { updateTouchpoint } from "../../shared/src/ydoc/index";

/** A colleague in another browser, as a stock y-websocket client in this process: it edits titles. */
export interface RemotePeer {
  /** Sets a touchpoint's title and returns this process's clock (epoch ms) just before sending it. */
  rename(touchpointId: string, title: string): number;
  close(): void;
}

export async function connectPeer(serverUrl: string, mapId: string, token: string): Promise<RemotePeer> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, "ws")}/sync`, mapId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the remote peer never synced")), 30_000);
    provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    rename(touchpointId, title) {
      const sentAt = performance.timeOrigin + performance.now();
      // y-websocket sends the update from the doc's update event, inside this call.
      updateTouchpoint(doc, touchpointId, { title }, "bench-peer");
      return sentAt;
    },
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}
