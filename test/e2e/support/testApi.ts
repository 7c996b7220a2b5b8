import type { JourneyMap } from "@kundresa/shared";

/**
 * The editor's test handle (`window.__kundresa`, web/src/app/testApi.ts), typed here for
 * `page.evaluate`: production builds expose it when the page URL has `?testApi` in its query.
 * Only the parts the suite reads are declared; the Y.Doc stays opaque.
 */
export interface KundresaTestApi {
  mapId: string;
  doc: {
    on(event: "update", listener: (update: Uint8Array, origin: unknown) => void): void;
    off(event: "update", listener: (update: Uint8Array, origin: unknown) => void): void;
  };
  /** The map as the document holds it now. */
  readMap(): JourneyMap;
  /** The map as the editor last rendered it. */
  renderedMap(): JourneyMap;
  select(ids: string[]): void;
}

declare global {
  interface Window {
    __kundresa?: KundresaTestApi;
    /** Local document updates counted by a test (see EditorPage.countLocalUpdates). */
    __kundresaUpdates?: number;
  }
}

const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The map with its keyed collections in id order. Two replicas of one Y.Doc hold the same entries
 * but a Y.Map iterates in the order each replica received them, so content comparisons sort first.
 * Stages keep their order: it is part of the content.
 */
export function canonicalMap(map: JourneyMap): JourneyMap {
  return {
    ...map,
    channels: byId(map.channels),
    touchpoints: byId(map.touchpoints),
    connections: byId(map.connections),
  };
}
