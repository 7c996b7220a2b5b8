import { useCallback, useSyncExternalStore } from "react";

/**
 * Maps opened on this device, newest first, in localStorage. There is no "list all maps" request
 * (contract §3), so this is how people find their maps again. Both tokens are kept when known: the
 * creator gets both, someone opening a link gets the one in it.
 */
export interface RecentMap {
  id: string;
  title: string;
  editToken?: string;
  viewToken?: string;
  /** Epoch milliseconds. */
  lastOpened: number;
}

export const RECENT_MAPS_KEY = "kundresa.recentMaps";
/** Enough to find last week's workshops; old entries fall off so the list stays scannable. */
export const MAX_RECENT_MAPS = 24;
const CHANGE_EVENT = "kundresa:recent-maps";

function isRecentMap(value: unknown): value is RecentMap {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  const optionalString = (key: string) => entry[key] === undefined || typeof entry[key] === "string";
  return (
    typeof entry["id"] === "string" &&
    typeof entry["title"] === "string" &&
    typeof entry["lastOpened"] === "number" &&
    optionalString("editToken") &&
    optionalString("viewToken")
  );
}

/** The stored list, newest first; anything unreadable (another version, hand edits) is skipped. */
export function loadRecentMaps(storage: Storage = localStorage): RecentMap[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(RECENT_MAPS_KEY) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isRecentMap).sort((a, b) => b.lastOpened - a.lastOpened);
  } catch {
    return [];
  }
}

function save(list: RecentMap[], storage: Storage): void {
  try {
    storage.setItem(RECENT_MAPS_KEY, JSON.stringify(list.slice(0, MAX_RECENT_MAPS)));
  } catch {
    // Full or blocked storage: the list is a convenience, the map itself is safe on the server.
  }
  if (typeof window !== "undefined") window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * Records an opened map: merges with what was known (a view token never wipes a known edit token),
 * moves it to the top and stamps it. Title updates go through here too.
 */
export function rememberMap(
  entry: Omit<RecentMap, "lastOpened" | "title"> & { title?: string },
  storage: Storage = localStorage,
  now: number = Date.now(),
): RecentMap {
  const list = loadRecentMaps(storage);
  const previous = list.find((item) => item.id === entry.id);
  const merged: RecentMap = {
    id: entry.id,
    title: entry.title ?? previous?.title ?? "",
    lastOpened: now,
  };
  const editToken = entry.editToken ?? previous?.editToken;
  const viewToken = entry.viewToken ?? previous?.viewToken;
  if (editToken !== undefined) merged.editToken = editToken;
  if (viewToken !== undefined) merged.viewToken = viewToken;
  save([merged, ...list.filter((item) => item.id !== entry.id)], storage);
  return merged;
}

/** Updates a known map's title without moving it in the list. */
export function renameRecentMap(id: string, title: string, storage: Storage = localStorage): void {
  const list = loadRecentMaps(storage);
  const entry = list.find((item) => item.id === id);
  if (!entry || entry.title === title) return;
  entry.title = title;
  save(list, storage);
}

export function forgetMap(id: string, storage: Storage = localStorage): void {
  save(
    loadRecentMaps(storage).filter((item) => item.id !== id),
    storage,
  );
}

/** What this device knows about a map. */
export function recentMap(id: string, storage: Storage = localStorage): RecentMap | undefined {
  return loadRecentMaps(storage).find((item) => item.id === id);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  // Another tab changed the list.
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

const rawSnapshot = (): string => {
  try {
    return localStorage.getItem(RECENT_MAPS_KEY) ?? "[]";
  } catch {
    return "[]";
  }
};

/** The recent maps, live across tabs. */
export function useRecentMaps(): { maps: RecentMap[]; forget: (id: string) => void } {
  const raw = useSyncExternalStore(subscribe, rawSnapshot, () => "[]");
  // Parse per distinct string only; `raw` changes only when the list does.
  const maps = useParsed(raw);
  const forget = useCallback((id: string) => forgetMap(id), []);
  return { maps, forget };
}

let parsedFor: string | undefined;
let parsed: RecentMap[] = [];
function useParsed(raw: string): RecentMap[] {
  if (raw !== parsedFor) {
    parsedFor = raw;
    parsed = loadRecentMaps();
  }
  return parsed;
}
