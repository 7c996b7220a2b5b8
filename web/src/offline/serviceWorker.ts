/// <reference lib="webworker" />
// The editor's app shell, kept on the device: a tab reloaded (or a map link opened again) while the
// venue's network is down still starts the editor, which then opens the map from IndexedDB and
// keeps the edits there until the server is back. Built as /sw.js by web/build/serviceWorkerShell.ts,
// which fills in the build's file list; registered by registerServiceWorker.ts.
//
// Only the shell is cached: the API and the live sync always go to the network (the editor
// already knows what to do when they are unreachable), and nothing a map contains ever lands here.

declare const self: ServiceWorkerGlobalScope;

interface ShellManifest {
  /** Changes with every build whose files change, so each build gets a cache of its own. */
  version: string;
  /** Every file the editor may load, as absolute paths; `/` is index.html. */
  files: string[];
}

// The build replaces the string with the manifest as JSON (and fails when it cannot find it).
const SHELL = JSON.parse("__KUNDRESA_SHELL__") as ShellManifest;
const CACHE_PREFIX = "kundresa-shell-";
const CACHE = `${CACHE_PREFIX}${SHELL.version}`;
/** The paths the editor itself handles; the server answers them all with index.html. */
const APP_ROUTE = /^\/(?:m\/[^/]+\/?)?$/;
/**
 * How long a page load waits for the server before the cached shell is used instead. A venue's
 * network is as often slow ("lie-fi") as down, and a tab that hangs on a blank page for the
 * browser's own minute-long timeout is worse than one that opens the same editor from the cache.
 */
const NETWORK_PATIENCE_MS = 3_000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // All or nothing: a shell missing a chunk would fail offline in the middle of a workshop.
      // index.html (and any other unhashed file) skips the HTTP cache, so it is this build's, not an
      // older copy; a hashed asset's name fixes its bytes, so the copy the page just fetched will do.
      await cache.addAll(
        SHELL.files.map((file) => new Request(file, { cache: file.startsWith("/assets/") ? "default" : "reload" })),
      );
      // A new build takes over at once; the pages it now serves load that build's files.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
      );
      // Pages opened before this worker existed get the shell too, without a second reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    if (APP_ROUTE.test(url.pathname)) event.respondWith(openPage(request));
    return;
  }
  // Hashed names never change their bytes, so the cached copy is always right.
  if (url.pathname.startsWith("/assets/")) event.respondWith(cachedFirst(request));
});

/** The server's page when it answers in time (a new deploy shows at once), else the cached shell. */
async function openPage(request: Request): Promise<Response> {
  const network = fetch(request);
  // Once the cache has answered, a late failure of the network has no one left to tell.
  network.catch(() => undefined);
  const cached = async (): Promise<Response> => {
    const shell = await caches.match("/", { cacheName: CACHE });
    if (!shell) throw new Error("the editor is not stored on this device yet");
    return shell;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const patience = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), NETWORK_PATIENCE_MS);
  });
  try {
    const first = await Promise.race([network, patience]);
    if (first !== "timeout") return first;
    return await cached().catch(() => network);
  } catch {
    // Unreachable: no network, or the server is down.
    return cached().catch(() => Response.error());
  } finally {
    clearTimeout(timer);
  }
}

async function cachedFirst(request: Request): Promise<Response> {
  return (await caches.match(request)) ?? fetch(request);
}
