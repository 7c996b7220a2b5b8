import { writeJourney, type JourneyMap } from "@kundresa/shared";
import * as Y from "yjs";
import type { Room } from "./room";

/** The replace would grow the document past its size cap; nothing was changed. */
export class DocumentTooLargeError extends Error {}

/** Origin of changes made over HTTP (PUT), for observers that care who wrote. */
export const HTTP_ORIGIN = "kundresa:http";

/**
 * Replaces a live map's content with `map` in one Yjs transaction, stored before this resolves and
 * forwarded to every connected editor. Call inside the room's queue (`RoomRegistry.withDoc`).
 * When the document is near its cap, the replace is tried on a copy first, so a refusal changes
 * nothing. `writeJourney` errors (a map that exports past 5 MiB) also leave the document untouched.
 */
export async function replaceJourney(room: Room, doc: Y.Doc, map: JourneyMap, bodyBytes: number): Promise<void> {
  // Yjs encodes a map in about its JSON size; twice that is a safe bound for the update.
  if (!room.fits(2 * bodyBytes)) {
    const trial = new Y.Doc();
    try {
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
      writeJourney(trial, map);
      if (!room.fits(Y.encodeStateAsUpdate(trial).byteLength - Y.encodeStateAsUpdate(doc).byteLength)) {
        throw new DocumentTooLargeError("the map would grow past the server's document size limit");
      }
    } finally {
      trial.destroy();
    }
  }
  const result = await room.change(() => writeJourney(doc, map, HTTP_ORIGIN));
  if (result.error !== undefined) throw result.error;
}
