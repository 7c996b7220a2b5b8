/**
 * Keeps the editor's shell on this device (see serviceWorker.ts), in production builds only: in
 * `vite dev` a cached shell would hide every change being worked on. Browsers allow a service
 * worker only on HTTPS or localhost, so a server reached over plain HTTP on the venue's network
 * runs without one (an edit made offline is still kept; only a reload needs the network).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // After the page's own loading, which the shell's download must not slow down.
  window.addEventListener(
    "load",
    () => {
      navigator.serviceWorker.register("/sw.js").catch((error: unknown) => {
        // Private windows and some policies refuse it; the editor works without, minus offline reloads.
        console.warn("Kundresa: the editor could not be kept for offline use:", error);
      });
    },
    { once: true },
  );
}
