import { WebSocket } from "ws";
import type { CloseEventSeen } from "./syncClient";

/** A bare WebSocket on a map's sync URL, for sending frames no stock client would send. */
export interface RawSocket {
  ws: WebSocket;
  /** Resolves with the close code and reason the connection ends with. */
  closed: Promise<CloseEventSeen>;
}

export async function openRawSocket(serverUrl: string, mapId: string, token: string): Promise<RawSocket> {
  const ws = new WebSocket(`${serverUrl.replace(/^http/, "ws")}/sync/${mapId}?token=${token}`, {
    maxPayload: 64 * 1024 * 1024,
  });
  const closed = new Promise<CloseEventSeen>((resolve) => {
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  // A reset while we are still sending is one way a refused connection can end; `closed` reports it.
  ws.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("close", (code) => reject(new Error(`closed with ${code} before opening`)));
  });
  return { ws, closed };
}
