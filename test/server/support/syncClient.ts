import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export interface CloseEventSeen {
  code: number;
  reason: string;
}

/** A stock y-websocket provider as a browser would use it, plus what the tests watch. */
export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every close the server sent, oldest first. */
  closes: CloseEventSeen[];
  destroy(): void;
}

export interface ConnectOptions {
  doc?: Y.Doc;
  /** Cap on the provider's reconnect backoff (default 2.5 s); small values speed up restart tests. */
  maxBackoffTime?: number;
}

/**
 * Opens `ws://…/sync/<mapId>?token=…` exactly as contract §3 says an unmodified provider does.
 * BroadcastChannel is off: Node has one, and providers in one process would otherwise sync through
 * it, around the server under test.
 */
export function connectClient(
  serverUrl: string,
  mapId: string,
  token: string,
  options: ConnectOptions = {},
): SyncClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, "ws")}/sync`, mapId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: options.maxBackoffTime ?? 2_500,
  });
  // Each provider listens for the process's 'exit' (to tell its room it left) until destroyed; a
  // test of ten or thirty live clients is expected to pass Node's leak warning at ten, so the
  // limit follows the clients alive.
  process.setMaxListeners(process.getMaxListeners() + 1);
  let destroyed = false;
  const closes: CloseEventSeen[] = [];
  provider.on("connection-close", (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
      process.setMaxListeners(process.getMaxListeners() - 1);
    },
  };
}

/** Polls until `predicate` holds; fails naming `what` after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function whenSynced(client: SyncClient): Promise<void> {
  await waitFor(() => client.provider.synced, "the provider to sync");
}

/** The first close the server sends to this client. */
export async function firstClose(client: SyncClient): Promise<CloseEventSeen> {
  await waitFor(() => client.closes.length > 0, "the server to close the connection");
  return client.closes[0]!;
}
