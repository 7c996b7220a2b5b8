import { describe, expect, it } from "vitest";
import { TEMPLATES, importJourney, type JourneyMap } from "@kundresa/shared";
import { PASTE_OFFSET, copySelection, parseClipboard, pastePayload } from "./clipboard";

const map: JourneyMap = TEMPLATES[0]!.build();
const connected = map.connections[0]!;
const ids = new Set([connected.from, connected.to]);

function counter() {
  let next = 0;
  return () => `new-${++next}`;
}

describe("copy and paste", () => {
  it("copies the selected cards and only the connections between them", () => {
    const payload = copySelection(map, ids)!;
    expect(payload.touchpoints.map((t) => t.id).sort()).toEqual([...ids].sort());
    for (const connection of payload.connections) expect(ids.has(connection.from) && ids.has(connection.to)).toBe(true);
    expect(copySelection(map, new Set())).toBeUndefined();
  });

  it("pastes with new ids, remapped connections and an offset, all importable into the map", () => {
    const payload = parseClipboard(JSON.stringify(copySelection(map, ids)))!;
    const pasted = pastePayload(payload, map, counter(), map.stages[0]!.id);
    const oldIds = new Set(map.touchpoints.map((t) => t.id));
    for (const touchpoint of pasted.touchpoints) expect(oldIds.has(touchpoint.id)).toBe(false);
    const newIds = new Set(pasted.touchpoints.map((t) => t.id));
    for (const connection of pasted.connections) {
      expect(newIds.has(connection.from) && newIds.has(connection.to)).toBe(true);
      expect(map.connections.some((c) => c.id === connection.id)).toBe(false);
    }
    const original = map.touchpoints.find((t) => t.id === connected.from)!;
    const copy = pasted.touchpoints[payload.touchpoints.findIndex((t) => t.id === connected.from)]!;
    expect(copy.position).toEqual({ x: original.position.x + PASTE_OFFSET, y: original.position.y + PASTE_OFFSET });
    expect(copy.title).toBe(original.title);
    const merged = {
      ...map,
      touchpoints: [...map.touchpoints, ...pasted.touchpoints],
      connections: [...map.connections, ...pasted.connections],
    };
    expect(importJourney(merged).ok).toBe(true);
  });

  it("puts cards from another map's stages in the fallback stage, and ignores foreign clipboard text", () => {
    const payload = copySelection(map, ids)!;
    const other: JourneyMap = { ...map, stages: [{ id: "only", phase: "before", title: "Only" }] };
    const pasted = pastePayload(payload, other, counter(), "only");
    expect(pasted.touchpoints.every((t) => t.stageId === "only")).toBe(true);
    expect(parseClipboard("plain text")).toBeUndefined();
    expect(parseClipboard('{"format":"other"}')).toBeUndefined();
  });
});
