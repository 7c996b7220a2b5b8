import { useCallback, useSyncExternalStore } from "react";

/** Per device, not per map: whether this laptop should be quiet is about the room it is in. */
export const TIMER_MUTED_KEY = "kundresa.timer.muted";

const listeners = new Set<() => void>();
/** This tab's choice, for when storage is blocked (private mode) and cannot hold it. */
let mutedInTab = false;

function readMuted(): boolean {
  try {
    return localStorage.getItem(TIMER_MUTED_KEY) === "true";
  } catch {
    return mutedInTab;
  }
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab of this device flipping the switch.
  const onStorage = (event: StorageEvent) => {
    if (event.key === TIMER_MUTED_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** Whether the end-of-timer chime is muted on this device, and a setter that remembers it. */
export function useTimerMuted(): [boolean, (muted: boolean) => void] {
  const muted = useSyncExternalStore(subscribe, readMuted, () => false);
  const setMuted = useCallback((next: boolean) => {
    mutedInTab = next;
    try {
      if (next) localStorage.setItem(TIMER_MUTED_KEY, "true");
      else localStorage.removeItem(TIMER_MUTED_KEY);
    } catch {
      // Blocked storage: the switch holds for this tab only.
    }
    for (const listener of listeners) listener();
  }, []);
  return [muted, setMuted];
}
