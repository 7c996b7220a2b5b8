import { addTouchpoint, readJourney } from "@kundresa/shared";
import type { SyncClient } from "./syncClient";

/** A card made the way the editor makes one, so the suites can count edits by card id. */
export function addCard(client: SyncClient, id: string, stageId = "stage-during"): void {
  addTouchpoint(client.doc, {
    id,
    title: `Card ${id}`,
    stageId,
    channelIds: [],
    itSupport: "unknown",
    position: { x: 0, y: 0 },
  });
}

/** The ids of the cards this client's copy holds, sorted. */
export function cardIds(client: SyncClient): string[] {
  return readJourney(client.doc)
    .map.touchpoints.map((touchpoint) => touchpoint.id)
    .sort();
}
