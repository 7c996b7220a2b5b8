import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { PRESENCE_COLORS, colorAmong, colorForName } from "./identity";
import { usePresenceColor } from "./presenceColor";

/** Awareness instances wired together the way the sync server relays presence. */
function room(count: number): Awareness[] {
  const people = Array.from({ length: count }, () => new Awareness(new Y.Doc()));
  for (const from of people) {
    from.on("update", ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const changed = [...added, ...updated, ...removed];
      const update = encodeAwarenessUpdate(from, changed);
      for (const to of people) if (to !== from) applyAwarenessUpdate(to, update, "relay");
    });
  }
  return people;
}

/** Two names whose own colours are the same. */
function clashingNames(): [string, string] {
  const first = "Anna Lind";
  for (let index = 0; ; index++) {
    const other = `Person ${index}`;
    if (colorForName(other) === colorForName(first)) return [first, other];
  }
}

const colorSeenBy = (awareness: Awareness, clientId: number) =>
  (awareness.getStates().get(clientId) as { user?: { color: string } } | undefined)?.user?.color;

afterEach(() => vi.useRealTimers());

describe("presence colours", () => {
  it("give a newcomer whose own colour is taken the next free one, the same on every device", () => {
    vi.useFakeTimers({ now: 1_000 });
    const [annaTab, otherTab, watcher] = room(3) as [Awareness, Awareness, Awareness];
    const [anna, other] = clashingNames();
    const first = renderHook(() => usePresenceColor(annaTab, anna));
    vi.setSystemTime(2_000);
    const second = renderHook(() => usePresenceColor(otherTab, other));

    expect(first.result.current).toBe(colorForName(anna));
    expect(second.result.current).not.toBe(colorForName(anna));
    expect(PRESENCE_COLORS).toContain(second.result.current);
    expect(colorSeenBy(watcher, annaTab.clientID)).toBe(first.result.current);
    expect(colorSeenBy(watcher, otherTab.clientID)).toBe(second.result.current);
    expect(colorSeenBy(annaTab, otherTab.clientID)).toBe(second.result.current);
  });

  it("does not change anyone's colour when the earlier person leaves", () => {
    vi.useFakeTimers({ now: 1_000 });
    const [annaTab, otherTab] = room(2) as [Awareness, Awareness];
    const [anna, other] = clashingNames();
    const first = renderHook(() => usePresenceColor(annaTab, anna));
    vi.setSystemTime(2_000);
    const second = renderHook(() => usePresenceColor(otherTab, other));
    const shown = second.result.current;

    act(() => {
      first.unmount();
      annaTab.setLocalState(null);
    });
    expect(second.result.current).toBe(shown);
  });

  it("with more people than colours, repeat the least used one", () => {
    const everyColourOnce = [...PRESENCE_COLORS];
    const crowded = [...everyColourOnce, PRESENCE_COLORS[0], PRESENCE_COLORS[1]];
    expect(colorAmong(PRESENCE_COLORS[0], crowded)).toBe(PRESENCE_COLORS[2]);
    expect(colorAmong(PRESENCE_COLORS[3], [PRESENCE_COLORS[4]])).toBe(PRESENCE_COLORS[3]);
  });
});
