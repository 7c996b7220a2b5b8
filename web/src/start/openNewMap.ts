import { exportJourney, type JourneyMap } from "@kundresa/shared";
import { createMap } from "../api/mapsApi";
import { preloadEditor } from "../app/lazyRoutes";
import { editorPath, navigate } from "../app/router";
import { rememberMap } from "./recentMaps";

/** Creates the map on the server, remembers both tokens on this device and opens it for editing. */
export async function openNewMap(map: JourneyMap): Promise<void> {
  // The editor's code downloads while the server creates the map (a no-op if hovering fetched it).
  void preloadEditor().catch(() => undefined);
  const created = await createMap(exportJourney(map));
  rememberMap({ id: created.id, title: map.title, editToken: created.editToken, viewToken: created.viewToken });
  navigate(editorPath(created.id, created.editToken));
}
