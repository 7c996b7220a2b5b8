import type { Connection, JourneyMap, Touchpoint } from "@kundresa/shared";

/**
 * Copy and paste of touchpoints. The clipboard holds plain journey data (so it survives a trip
 * through the system clipboard, even into another map's tab); paste gives every card and connection
 * a new id, keeps connections only between pasted cards, and offsets the cards so the copy is seen.
 */
export const CLIPBOARD_FORMAT = "kundresa.clipboard";

export interface ClipboardPayload {
  format: typeof CLIPBOARD_FORMAT;
  touchpoints: Touchpoint[];
  connections: Connection[];
}

export function copySelection(map: JourneyMap, ids: ReadonlySet<string>): ClipboardPayload | undefined {
  const touchpoints = map.touchpoints.filter((touchpoint) => ids.has(touchpoint.id));
  if (touchpoints.length === 0) return undefined;
  const connections = map.connections.filter((c) => ids.has(c.from) && ids.has(c.to));
  return { format: CLIPBOARD_FORMAT, touchpoints, connections };
}

export function parseClipboard(text: string): ClipboardPayload | undefined {
  try {
    const value = JSON.parse(text) as Partial<ClipboardPayload>;
    if (value.format !== CLIPBOARD_FORMAT || !Array.isArray(value.touchpoints) || !Array.isArray(value.connections))
      return undefined;
    return value as ClipboardPayload;
  } catch {
    return undefined;
  }
}

/** How far a pasted copy sits from its original, so it does not hide under it. */
export const PASTE_OFFSET = 24;

/**
 * The touchpoints and connections to add for a paste, with fresh ids from `newId`. A card whose stage
 * is not in `map` (pasted from another map) goes to `fallbackStageId`.
 */
export function pastePayload(
  payload: ClipboardPayload,
  map: JourneyMap,
  newId: () => string,
  fallbackStageId: string | undefined,
): { touchpoints: Touchpoint[]; connections: Connection[] } {
  const stageIds = new Set(map.stages.map((stage) => stage.id));
  const idFor = new Map<string, string>();
  const touchpoints: Touchpoint[] = [];
  for (const touchpoint of payload.touchpoints) {
    const id = newId();
    idFor.set(touchpoint.id, id);
    const stageId = stageIds.has(touchpoint.stageId) ? touchpoint.stageId : (fallbackStageId ?? touchpoint.stageId);
    touchpoints.push({
      ...touchpoint,
      id,
      stageId,
      position: { x: touchpoint.position.x + PASTE_OFFSET, y: touchpoint.position.y + PASTE_OFFSET },
    });
  }
  const connections: Connection[] = [];
  for (const connection of payload.connections) {
    const from = idFor.get(connection.from);
    const to = idFor.get(connection.to);
    if (from !== undefined && to !== undefined) connections.push({ ...connection, id: newId(), from, to });
  }
  return { touchpoints, connections };
}

/** An unguessable-enough, URL-safe id for a new entry (ids need only be unique in their map). */
export function newEntryId(prefix: string): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  let text = "";
  for (const byte of bytes) text += byte.toString(36).padStart(2, "0");
  return `${prefix}-${text}`;
}
