import { useEffect, useLayoutEffect, useRef } from "react";
import type * as Y from "yjs";
import { readJourney, type JourneyMap } from "@kundresa/shared";
import type { MapSession } from "../collab/mapSession";

/**
 * A small typed handle for end-to-end tests, on `window.__kundresa`. Present in dev builds
 * (`vite`), and in production builds only when the page URL has `?testApi` in its query (the
 * fragment keeps the token; the flag reveals nothing a user of the page could not already do).
 */
export interface KundresaTestApi {
  mapId: string;
  doc: Y.Doc;
  /** The map as the document holds it now (not as last rendered). */
  readMap(): JourneyMap;
  /** The map as the editor last rendered it. */
  renderedMap(): JourneyMap;
  /** Selects touchpoints (or connections) by id, as a click would. */
  select(ids: string[]): void;
}

declare global {
  interface Window {
    __kundresa?: KundresaTestApi;
  }
}

export function testApiEnabled(): boolean {
  return import.meta.env.DEV || new URLSearchParams(location.search).has("testApi");
}

export function useTestApi(session: MapSession, map: JourneyMap, select: (ids: Set<string>) => void): void {
  const mapRef = useRef(map);
  useLayoutEffect(() => {
    mapRef.current = map;
  });
  useEffect(() => {
    if (!testApiEnabled()) return undefined;
    window.__kundresa = {
      mapId: session.mapId,
      doc: session.doc,
      readMap: () => readJourney(session.doc).map,
      renderedMap: () => mapRef.current,
      select: (ids) => select(new Set(ids)),
    };
    return () => {
      delete window.__kundresa;
    };
  }, [session, select]);
}
