import { useEffect, useRef } from "react";
import { registerServiceWorker } from "../offline/registerServiceWorker";
import { prefetchEditorParts } from "./lazyEditorParts";

/** An empty map never shows a card or stage: the background fetches start after this instead. */
const EMPTY_MAP_WAIT_MS = 5_000;
/** After the inspector, the rest of the lazy parts wait this long: the first minute is for the map. */
const REST_DELAY_MS = 3_000;

/** How long the hands must have rested (no button held, no wheel, no key) before work starts. */
const QUIET_MS = 1_000;

let lastInputAt = Number.NEGATIVE_INFINITY;
let buttonsHeld = false;
let watchingInput = false;

function watchInput(): void {
  if (watchingInput) return;
  watchingInput = true;
  const noteInput = (event: Event) => {
    lastInputAt = performance.now();
    if ("buttons" in event) buttonsHeld = (event as PointerEvent).buttons !== 0;
  };
  const options = { capture: true, passive: true };
  window.addEventListener("pointerdown", noteInput, options);
  window.addEventListener("pointerup", noteInput, options);
  window.addEventListener("pointercancel", () => (buttonsHeld = false), options);
  window.addEventListener("pointermove", (event) => event.buttons !== 0 && noteInput(event), options);
  window.addEventListener("wheel", noteInput, options);
  window.addEventListener("keydown", noteInput, options);
}

/**
 * Runs `run` at an idle moment once nobody is in the middle of a gesture: a pan, a drag or a zoom
 * leaves idle time between its frames, and a chunk evaluated there (or the worker's downloads
 * beside it, on a two-core laptop) costs that gesture frames.
 */
function whenQuiet(run: () => void): void {
  watchInput();
  const check = () => {
    const rested = performance.now() - lastInputAt;
    if (buttonsHeld || rested < QUIET_MS) {
      setTimeout(check, Math.max(100, QUIET_MS - rested));
      return;
    }
    if ("requestIdleCallback" in window) requestIdleCallback(run, { timeout: 2_000 });
    else setTimeout(run, 200);
  };
  check();
}

/**
 * The editor's work in the background, once its map is on screen (`mapShown`) and painted: the
 * inspector at the first quiet moment after that paint (picking a card needs it), the other lazy
 * parts a few seconds later, and then the service worker, whose install stores every file of the
 * app and so finds most of them in the HTTP cache those fetches just filled. Started at mount, the
 * idle moments while the map was still arriving were taken for it, and on a big map the downloads
 * then competed with its first paint. Runs once per editor.
 */
export function useBackgroundFetches(mapShown: boolean): void {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    // Called at most once per run of this effect: the fallback is cleared when the map shows.
    const start = () => {
      started.current = true;
      // The frame after this commit is the one that paints the map; idle time comes after it.
      requestAnimationFrame(() =>
        whenQuiet(() => {
          void prefetchEditorParts("inspector");
          setTimeout(
            () => whenQuiet(() => void prefetchEditorParts("rest").then(registerServiceWorker)),
            REST_DELAY_MS,
          );
        }),
      );
    };
    if (mapShown) {
      start();
      return;
    }
    const fallback = setTimeout(start, EMPTY_MAP_WAIT_MS);
    return () => clearTimeout(fallback);
  }, [mapShown]);
}
