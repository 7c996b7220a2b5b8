import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { hashToken, isMapId, roleOf, tokenFromRequest } from "../auth/tokens";
import { errorMessage, type Logger } from "../log";
import type { RoomRegistry } from "../rooms/roomRegistry";
import type { JourneyStorage } from "../storage/journeyStorage";
import { CLOSE } from "./closeCodes";
import { SyncConnection, type SyncLimits } from "./syncConnection";
import { TurnWrites } from "./turnWrites";

export interface SyncUpgradeDeps {
  storage: JourneyStorage;
  registry: RoomRegistry;
  limits: SyncLimits;
  logger: Logger;
  /** When set, browsers from other origins are refused (4403); clients sending no `Origin` pass. */
  allowedOrigins: ReadonlySet<string> | undefined;
}

export interface SyncUpgrades {
  /** For the HTTP server's `upgrade` event. */
  handle(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Stops accepting; drops whatever sockets did not finish their closing handshake in time. */
  close(): Promise<void>;
}

const SYNC_PATH = /^\/sync\/([^/]+)\/?$/;

/** Answers a non-sync upgrade in plain HTTP, since no WebSocket will exist. */
function refuseHttp(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Live sync at `/sync/<mapId>?token=…`. The map and token are checked before the WebSocket
 * handshake; a refusal still completes the handshake and closes at once with 4404/4401/4403,
 * because a browser never sees the HTTP status of a failed upgrade, only a close code.
 */
export function createSyncUpgrades(deps: SyncUpgradeDeps): SyncUpgrades {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.limits.maxPayloadBytes,
    perMessageDeflate: false,
  });

  function refuse(request: IncomingMessage, socket: Duplex, head: Buffer, code: number, reason: string): void {
    deps.logger("sync.refused", { code, reason });
    wss.handleUpgrade(request, socket, head, (ws) => ws.close(code, reason));
  }

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, rawId: string): Promise<void> {
    const origin = request.headers.origin;
    if (deps.allowedOrigins && origin !== undefined && !deps.allowedOrigins.has(origin)) {
      refuse(request, socket, head, CLOSE.forbiddenOrigin, "origin not allowed");
      return;
    }
    let mapId: string;
    try {
      mapId = decodeURIComponent(rawId);
    } catch {
      mapId = "";
    }
    const record = isMapId(mapId) ? await deps.storage.getMap(mapId) : undefined;
    if (!record) {
      refuse(request, socket, head, CLOSE.unknownMap, "unknown map");
      return;
    }
    const token = tokenFromRequest(request.headers, new URL(request.url ?? "/", "http://localhost"));
    const role = roleOf(record, token);
    if (!role || token === undefined) {
      refuse(request, socket, head, CLOSE.unauthorized, "missing or wrong token");
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      let room;
      try {
        room = deps.registry.acquire(mapId);
      } catch {
        ws.close(CLOSE.goingAway, "server shutting down");
        return;
      }
      try {
        new SyncConnection(ws, room, role, hashToken(token), deps.limits, deps.logger, new TurnWrites(socket));
      } catch (error) {
        room.release();
        deps.logger("sync.setup-failed", { mapId, message: errorMessage(error) });
        ws.close(CLOSE.internalError, "server error");
      }
    });
  }

  return {
    handle(request, socket, head) {
      // A client that resets during our checks must not take the process down with an 'error'.
      socket.on("error", () => undefined);
      const rawId = SYNC_PATH.exec(new URL(request.url ?? "/", "http://localhost").pathname)?.[1];
      if (rawId === undefined) {
        refuseHttp(socket, 404, "Not Found");
        return;
      }
      upgrade(request, socket, head, rawId).catch((error: unknown) => {
        // Only the lookup can fail here (storage down); the socket has not been upgraded yet.
        deps.logger("sync.upgrade-failed", { message: errorMessage(error) });
        try {
          refuse(request, socket, head, CLOSE.internalError, "server error");
        } catch {
          socket.destroy();
        }
      });
    },
    async close() {
      wss.close();
      // Sockets were asked to close (1001) with their rooms; give the handshakes a moment, then cut.
      const deadline = Date.now() + 2_000;
      while (wss.clients.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      for (const ws of wss.clients) ws.terminate();
    },
  };
}
