import { beforeEach, describe, expect, it } from "vitest";
import {
  MAX_RECENT_MAPS,
  RECENT_MAPS_KEY,
  forgetMap,
  loadRecentMaps,
  recentMap,
  rememberMap,
  renameRecentMap,
} from "./recentMaps";

beforeEach(() => localStorage.clear());

describe("recent maps on this device", () => {
  it("lists the most recently opened first", () => {
    rememberMap({ id: "a", title: "Alpha", editToken: "ea" }, localStorage, 1000);
    rememberMap({ id: "b", title: "Beta", viewToken: "vb" }, localStorage, 2000);
    rememberMap({ id: "a" }, localStorage, 3000);
    expect(loadRecentMaps().map((map) => [map.id, map.title, map.lastOpened])).toEqual([
      ["a", "Alpha", 3000],
      ["b", "Beta", 2000],
    ]);
  });

  it("keeps an edit token when the same map is later opened with its view link", () => {
    rememberMap({ id: "a", title: "Alpha", editToken: "edit", viewToken: "view" }, localStorage, 1);
    rememberMap({ id: "a", viewToken: "view" }, localStorage, 2);
    expect(recentMap("a")).toMatchObject({ editToken: "edit", viewToken: "view", title: "Alpha" });
  });

  it("renames without reordering, and forgets on request", () => {
    rememberMap({ id: "a", title: "Alpha" }, localStorage, 1);
    rememberMap({ id: "b", title: "Beta" }, localStorage, 2);
    renameRecentMap("a", "Alpha 2");
    expect(loadRecentMaps().map((map) => map.title)).toEqual(["Beta", "Alpha 2"]);
    forgetMap("b");
    expect(loadRecentMaps().map((map) => map.id)).toEqual(["a"]);
  });

  it("caps the list and survives junk in storage", () => {
    for (let index = 0; index < MAX_RECENT_MAPS + 5; index++) rememberMap({ id: `m${index}` }, localStorage, index);
    expect(loadRecentMaps()).toHaveLength(MAX_RECENT_MAPS);
    expect(loadRecentMaps()[0]?.id).toBe(`m${MAX_RECENT_MAPS + 4}`);
    localStorage.setItem(RECENT_MAPS_KEY, "{not json");
    expect(loadRecentMaps()).toEqual([]);
    localStorage.setItem(RECENT_MAPS_KEY, JSON.stringify([{ id: 1 }, { id: "ok", title: "", lastOpened: 5 }]));
    expect(loadRecentMaps().map((map) => map.id)).toEqual(["ok"]);
  });
});
