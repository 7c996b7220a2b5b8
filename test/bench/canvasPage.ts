import type { BrowserContext, Page } from "playwright-core";

/*
 * What the canvas bench measures inside one browser page. Times in the page are
 * `performance.now()` (navigation start is 0); frame times are the deltas between successive
 * requestAnimationFrame callbacks while a gesture is under way.
 */

export interface Gesture {
  /** Milliseconds between successive frames while the gesture ran. */
  frames: number[];
  /** Pointer moves sent. */
  moves: number;
}

interface BenchWindow {
  __canvasBench: {
    expected: number;
    cardsAt?: number;
    interactiveAt?: number;
    frames: number[];
    recording: boolean;
    titleShown?: Promise<{ dom: number; frame: number }>;
  };
  __kundresa?: { renderedMap(): { touchpoints: unknown[] } };
}

/**
 * Runs before the app: stores a name (so the first-visit name prompt does not cover the canvas) and
 * watches every frame from navigation start for the map's cards on an editable canvas; then it waits
 * one more frame (painted) and one task (the main thread free to take input): that is interactive.
 */
function installProbe(expected: number): void {
  localStorage.setItem("kundresa.userName", "Bench");
  const probe: BenchWindow["__canvasBench"] = { expected, frames: [], recording: false };
  (window as unknown as BenchWindow).__canvasBench = probe;
  const watch = () => {
    const api = (window as unknown as BenchWindow).__kundresa;
    const ready =
      api !== undefined &&
      api.renderedMap().touchpoints.length === expected &&
      document.querySelector(".react-flow__node") !== null &&
      document.querySelector(".JourneyCanvas:not([data-readonly])") !== null;
    if (!ready) {
      requestAnimationFrame(watch);
      return;
    }
    probe.cardsAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (probe.interactiveAt = performance.now()), 0));
  };
  requestAnimationFrame(watch);
}

/**
 * Same-origin JavaScript the page itself requested (its resource timing: not the service worker's
 * downloads, which run beside the page and fetch every file of the app), as URL paths; with
 * `untilMs`, only requests started by then (page clock).
 */
export async function pageScripts(page: Page, untilMs = Number.POSITIVE_INFINITY): Promise<string[]> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => ({ name: entry.name, startTime: entry.startTime })),
  );
  const origin = new URL(page.url()).origin;
  return entries
    .filter((entry) => entry.startTime <= untilMs)
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === origin && url.pathname.endsWith(".js"))
    .map((url) => url.pathname);
}

export async function openEditor(
  context: BrowserContext,
  url: string,
  expected: number,
): Promise<{ page: Page; cardsMs: number; interactiveMs: number; scripts: string[] }> {
  const page = await context.newPage();
  // tsx compiles this file keeping function names through a `__name` helper, which the functions
  // serialised into the page then call: give the page a do-nothing one.
  await page.addInitScript({ content: "globalThis.__name ??= (target) => target;" });
  await page.addInitScript(installProbe, expected);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__canvasBench.interactiveAt !== undefined, null, {
    timeout: 120_000,
    polling: 50,
  });
  const { cardsAt, interactiveAt } = await page.evaluate(() => (window as unknown as BenchWindow).__canvasBench);
  // What the editor loaded to get there; its background fetches begin after that paint.
  const scripts = await pageScripts(page, interactiveAt);
  return { page, cardsMs: cardsAt ?? Number.NaN, interactiveMs: interactiveAt ?? Number.NaN, scripts };
}

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = (window as unknown as BenchWindow).__canvasBench;
    probe.frames = [];
    probe.recording = true;
    const tick = (now: number) => {
      if (!probe.recording) return;
      probe.frames.push(now);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page): Promise<number[]> {
  const stamps = await page.evaluate(() => {
    const probe = (window as unknown as BenchWindow).__canvasBench;
    probe.recording = false;
    return probe.frames;
  });
  return stamps.slice(1).map((stamp, index) => stamp - (stamps[index] ?? stamp));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Presses at `from` and moves the pointer along a path for `durationMs`, the way a hand does (a
 * move about every 8 ms, each waiting until the page took the previous one), recording frames.
 */
async function pointerGesture(
  page: Page,
  from: { x: number; y: number },
  path: (progress: number) => { x: number; y: number },
  durationMs: number,
): Promise<Gesture> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A few small moves first: React Flow starts a drag (and a pan) only past a small threshold.
  for (let step = 1; step <= 3; step++) await page.mouse.move(from.x + step * 2, from.y + step);
  await startFrames(page);
  const start = Date.now();
  let moves = 0;
  for (;;) {
    const progress = (Date.now() - start) / durationMs;
    if (progress >= 1) break;
    const point = path(progress);
    await page.mouse.move(point.x, point.y);
    moves++;
    await sleep(8);
  }
  const frames = await stopFrames(page);
  await page.mouse.up();
  return { frames, moves };
}

/** The pane's box and a point on it where no card, edge, panel or minimap is. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await page.evaluate(() => {
    const pane = document.querySelector(".react-flow");
    if (!pane) return undefined;
    const box = pane.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05) {
      for (let fx = 0.3; fx < 0.9; fx += 0.03) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit?.closest(".react-flow__pane") && !hit.closest(".react-flow__node, .react-flow__edge"))
          return { x, y, width: box.width, height: box.height };
      }
    }
    return undefined;
  });
  if (!found) throw new Error("no empty spot on the canvas to pan from");
  return found;
}

/** Pans the map with the mouse for `durationMs`: a wide slow ellipse, as when looking around a map. */
export async function panGesture(page: Page, durationMs: number): Promise<Gesture> {
  const at = await emptyPanePoint(page);
  const rx = Math.min(240, at.width / 4);
  const ry = Math.min(140, at.height / 4);
  return pointerGesture(
    page,
    at,
    (progress) => ({
      x: at.x + rx * Math.sin(progress * 2 * Math.PI),
      y: at.y + ry * (1 - Math.cos(progress * 2 * Math.PI)) * 0.5,
    }),
    durationMs,
  );
}

/** A card fully on screen near the middle of the canvas, not under a panel: its id and box. */
export async function visibleCard(
  page: Page,
  skip: readonly string[] = [],
): Promise<{ id: string; x: number; y: number; width: number; height: number }> {
  const card = await page.evaluate((skipIds) => {
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    if (!pane) return undefined;
    const centre = { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 };
    const candidates: { id: string; x: number; y: number; width: number; height: number; distance: number }[] = [];
    for (const node of document.querySelectorAll<HTMLElement>(".react-flow__node[data-id]")) {
      const id = node.dataset["id"] ?? "";
      if (skipIds.includes(id)) continue;
      const box = node.getBoundingClientRect();
      const inside =
        box.left > pane.left + 8 &&
        box.right < pane.right - 200 &&
        box.top > pane.top + 8 &&
        box.bottom < pane.bottom - 130;
      if (!inside) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 3;
      candidates.push({
        id,
        x,
        y,
        width: box.width,
        height: box.height,
        distance: Math.hypot(x - centre.x, y - centre.y),
      });
    }
    // Nearest the middle first; the first one nothing covers (a path label, another card) wins.
    candidates.sort((a, b) => a.distance - b.distance);
    const best = candidates.find(
      ({ id, x, y }) =>
        (document.elementFromPoint(x, y)?.closest(`.react-flow__node[data-id="${id}"]`) ?? null) !== null,
    );
    return best;
  }, skip);
  if (!card) throw new Error("no card fully on screen to use");
  return card;
}

/** Drags one card around a small loop for `durationMs` (it stays in its cell's neighbourhood). */
export async function dragGesture(page: Page, durationMs: number): Promise<Gesture> {
  const card = await visibleCard(page);
  return pointerGesture(
    page,
    card,
    (progress) => ({
      x: card.x + 90 * Math.sin(progress * 2 * Math.PI),
      y: card.y + 40 * Math.sin(progress * 4 * Math.PI),
    }),
    durationMs,
  );
}

/**
 * Starts watching the card `id` until its title reads `title`; `titleShown` then gives the page's
 * clock, as epoch milliseconds, at the DOM mutation and at the start of the next frame (the one
 * that paints it). Two calls, so the watch is surely in place before the edit is made.
 */
export async function watchTitle(page: Page, id: string, title: string): Promise<void> {
  await page.evaluate(
    ([cardId, expected]) => {
      const probe = (window as unknown as BenchWindow).__canvasBench;
      probe.titleShown = new Promise<{ dom: number; frame: number }>((resolve, reject) => {
        const node = document.querySelector(`.react-flow__node[data-id="${cardId}"]`);
        if (!node) {
          reject(new Error(`card ${cardId} is not rendered`));
          return;
        }
        const shows = () => node.querySelector(".TouchpointNode-title")?.textContent === expected;
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`card ${cardId} never showed "${expected}"`));
        }, 10_000);
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          const dom = performance.timeOrigin + performance.now();
          observer.disconnect();
          clearTimeout(timeout);
          requestAnimationFrame(() => resolve({ dom, frame: performance.timeOrigin + performance.now() }));
        });
        observer.observe(node, { subtree: true, childList: true, characterData: true });
      });
      // Not awaited here: a rejection is reported by titleShown.
      probe.titleShown.catch(() => undefined);
    },
    [id, title] as const,
  );
}

export function titleShown(page: Page): Promise<{ dom: number; frame: number }> {
  return page.evaluate(() => {
    const shown = (window as unknown as BenchWindow).__canvasBench.titleShown;
    if (!shown) throw new Error("watchTitle was not called");
    return shown;
  });
}

/**
 * The page clock minus this process's clock (both epoch ms from `performance`), from the page
 * round trip with the least delay; `uncertaintyMs` is half that round trip.
 */
export async function clockOffset(page: Page, samples = 25): Promise<{ offsetMs: number; uncertaintyMs: number }> {
  let best = { offsetMs: 0, uncertaintyMs: Number.POSITIVE_INFINITY };
  for (let sample = 0; sample < samples; sample++) {
    const before = performance.timeOrigin + performance.now();
    const pageNow = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = performance.timeOrigin + performance.now();
    const half = (after - before) / 2;
    if (half < best.uncertaintyMs) best = { offsetMs: pageNow - (before + half), uncertaintyMs: half };
  }
  return best;
}
