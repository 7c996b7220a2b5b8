import { parseRoute } from "../app/router";

/**
 * Keeps the editor's shell on this device (see serviceWorker.ts), in production builds only: in
 * `vite dev` a cached shell would hide every change being worked on. Browsers allow a service
 * worker only on HTTPS or localhost, so a server reached over plain HTTP on the venue's network
 * runs without one (an edit made offline is still kept; only a reload needs the network).
 *
 * Registering is idempotent, so the start page (after its load) and the editor (once its map is
 * on screen and its lazy parts are fetched: useBackgroundFetches) may both ask.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js").catch((error: unknown) => {
    // Private windows and some policies refuse it; the editor works without, minus offline reloads.
    console.warn("Kundresa: the editor could not be kept for offline use:", error);
  });
}

/**
 * The start page's registration, after the page's own loading. A map link leaves it to the editor:
 * there `load` comes long before a big map is drawn, and the worker's download of every file of
 * the app slowed that first paint and the first gestures (a 2,000-card map in `pnpm bench:canvas`:
 * 7.3 s to interactive and pan frames p95 233 ms, against 4.5 s and 100 ms once it waited).
 */
export function registerServiceWorkerAfterLoad(): void {
  if (parseRoute(location.pathname).name === "editor") return;
  window.addEventListener("load", registerServiceWorker, { once: true });
}
