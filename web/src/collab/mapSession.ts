import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import { Awareness } from "y-protocols/awareness";
import { writeJourney, type JourneyMap } from "@kundresa/shared";
import { createLocalUndo } from "./localUndo";
import { MAINTENANCE_ORIGIN } from "./origins";

/** Why the server will not let us in: a wrong token (4401) or no such map (4404). */
export type FatalClose = "unauthorized" | "not-found";

/**
 * Everything one open map needs: the document, its sync and local persistence, presence, and the
 * per-user undo stack. `provider` is absent for a local-only session (a template in this tab, no
 * server), which dev builds use to look at the editor.
 */
export interface MapSession {
  mapId: string;
  doc: Y.Doc;
  awareness: Awareness;
  undo: Y.UndoManager;
  provider?: WebsocketProvider;
  persistence?: IndexeddbPersistence;
  destroy(): void;
}

function syncUrl(): string {
  const protocol = location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${location.host}/sync`;
}

/**
 * Opens a map: one Y.Doc, synced over `ws(s)://<host>/sync/<id>?token=…` (contract §3, the token as
 * the one query parameter the protocol needs) and kept in IndexedDB, so edits made offline survive a
 * reload and merge when the connection is back.
 */
export function openMapSession(mapId: string, token: string): MapSession {
  const doc = new Y.Doc();
  // The IndexedDB name includes the map id only: the same map opened with another token shares it.
  const persistence = new IndexeddbPersistence(`kundresa:${mapId}`, doc);
  const provider = new WebsocketProvider(syncUrl(), mapId, doc, { params: { token } });
  const undo = createLocalUndo(doc);
  // The browser knows first when the network goes: a socket on a dead network can stay "open" (edits
  // unsent, the badge saying live) until y-websocket's 30 s silence timeout. Close it when the
  // browser goes offline and dial again the moment it is back, so offline edits merge right away.
  const goOffline = () => provider.disconnect();
  const goOnline = () => provider.connect();
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);
  return {
    mapId,
    doc,
    awareness: provider.awareness,
    undo,
    provider,
    persistence,
    destroy() {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      provider.awareness.setLocalState(null);
      provider.destroy();
      void persistence.destroy();
      undo.destroy();
      doc.destroy();
    },
  };
}

/** A session on a map that lives only in this tab: no server, no storage. */
export function openLocalSession(mapId: string, map: JourneyMap): MapSession {
  const doc = new Y.Doc();
  writeJourney(doc, map, MAINTENANCE_ORIGIN);
  const awareness = new Awareness(doc);
  const undo = createLocalUndo(doc);
  return {
    mapId,
    doc,
    awareness,
    undo,
    destroy() {
      awareness.destroy();
      undo.destroy();
      doc.destroy();
    },
  };
}
