// `pnpm bench:canvas`: the built editor in Debian's Chromium against the real server, on generated
// maps of 100, 500 and 2,000 touchpoints. Options: --runs N (default 3; figures are medians over
// runs), --sizes 100,500 (a subset), --gesture-ms 2000 (how long each pan and drag lasts),
// --web-dist DIR (serve another build, e.g. an older commit's, as is; no build check).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { startServer } from "../../server/src/startServer";
import { launchChromium } from "../e2e/support/chromium";
import { generateJourney } from "../../shared/bench/generateJourney";
import { median, table } from "../../shared/bench/measure";
import { WEB_DIST, ensureWebBuilt, scriptLoad, type ScriptLoad } from "./canvasBuild";
import {
  clockOffset,
  dragGesture,
  openEditor,
  pageScripts,
  panGesture,
  titleShown,
  visibleCard,
  watchTitle,
} from "./canvasPage";
import { connectPeer } from "./canvasPeer";

/** A laptop on a projector: the size most workshop screens end up at. */
const VIEWPORT = { width: 1440, height: 900 };
const REMOTE_EDITS = 15;
const GOALS = { drag500: 16.7, drag2000: 33, remoteEdit: 50, initialJsKb: 250 } as const;

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    sizes: { type: "string", default: "100,500,2000" },
    "gesture-ms": { type: "string", default: "2000" },
    "web-dist": { type: "string" },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const SIZES = options.sizes.split(",").map(Number);
const GESTURE_MS = Number(options["gesture-ms"]);
const WEB = options["web-dist"] ?? WEB_DIST;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** One run's figures for one map size. */
interface RunFigures {
  cardsMs: number;
  interactiveMs: number;
  panP50: number;
  panP95: number;
  dragP50: number;
  dragP95: number;
  editDomP50: number;
  editDomP95: number;
  editPaintP50: number;
  editPaintP95: number;
}

async function createMap(serverUrl: string, size: number): Promise<{ id: string; editToken: string }> {
  const response = await fetch(`${serverUrl}/api/maps`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(generateJourney(size, 7)),
  });
  if (response.status !== 201) throw new Error(`POST /api/maps: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; editToken: string };
}

async function startPageScripts(browser: Browser, serverUrl: string): Promise<ScriptLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(serverUrl);
  await page.waitForSelector(".TemplateGallery");
  await page.waitForLoadState("networkidle");
  const load = scriptLoad(await pageScripts(page), WEB);
  await context.close();
  return load;
}

async function measureRun(
  browser: Browser,
  serverUrl: string,
  map: { id: string; editToken: string },
  size: number,
  peer: Awaited<ReturnType<typeof connectPeer>>,
  run: number,
): Promise<{ figures: RunFigures; scripts: ScriptLoad }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const url = `${serverUrl}/m/${map.id}?testApi#token=${map.editToken}`;
    const { page, cardsMs, interactiveMs, scripts: scriptPaths } = await openEditor(context, url, size);
    const scripts = scriptLoad(scriptPaths, WEB);
    await page.waitForTimeout(500);

    const pan = await panGesture(page, GESTURE_MS);
    await page.waitForTimeout(500);
    const drag = await dragGesture(page, GESTURE_MS);
    await page.waitForTimeout(800);

    const { offsetMs } = await clockOffset(page);
    const dom: number[] = [];
    const paint: number[] = [];
    for (let edit = 0; edit < REMOTE_EDITS; edit++) {
      const card = await visibleCard(page);
      const title = `Remote edit ${run}.${edit}`;
      await watchTitle(page, card.id, title);
      const sentAt = peer.rename(card.id, title);
      const shown = await titleShown(page);
      dom.push(shown.dom - offsetMs - sentAt);
      paint.push(shown.frame - offsetMs - sentAt);
      await page.waitForTimeout(100);
    }
    return {
      scripts,
      figures: {
        cardsMs,
        interactiveMs,
        panP50: percentile(pan.frames, 50),
        panP95: percentile(pan.frames, 95),
        dragP50: percentile(drag.frames, 50),
        dragP95: percentile(drag.frames, 95),
        editDomP50: percentile(dom, 50),
        editDomP95: percentile(dom, 95),
        editPaintP50: percentile(paint, 50),
        editPaintP95: percentile(paint, 95),
      },
    };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => (Number.isNaN(value) ? "–" : `${value.toFixed(value < 100 ? 1 : 0)} ms`);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pair = (a: number, b: number) => `${ms(a)} / ${ms(b)}`;

async function main(): Promise<void> {
  if (options["web-dist"] === undefined && ensureWebBuilt()) console.log("built web/dist (older than its sources)");
  const dataDir = mkdtempSync(join(tmpdir(), "kundresa-canvas-bench-"));
  const server = await startServer({ port: 0, host: "127.0.0.1", dataDir, webDist: WEB, logger: () => {} });
  const browser = await launchChromium();
  try {
    const startScripts = await startPageScripts(browser, server.url);
    let editorScripts: ScriptLoad | undefined;
    const rows: string[][] = [];
    const bySize = new Map<number, RunFigures>();
    for (const size of SIZES) {
      const map = await createMap(server.url, size);
      const peer = await connectPeer(server.url, map.id, map.editToken);
      const runs: RunFigures[] = [];
      try {
        for (let run = 0; run < RUNS; run++) {
          const result = await measureRun(browser, server.url, map, size, peer, run);
          editorScripts ??= result.scripts;
          runs.push(result.figures);
          process.stderr.write(`  ${size} touchpoints, run ${run + 1}/${RUNS} done\n`);
        }
      } finally {
        peer.close();
      }
      const med = (key: keyof RunFigures) => median(runs.map((figures) => figures[key]));
      const figures = Object.fromEntries(
        (Object.keys(runs[0] as RunFigures) as (keyof RunFigures)[]).map((key) => [key, med(key)]),
      ) as unknown as RunFigures;
      bySize.set(size, figures);
      rows.push([
        `${size.toLocaleString("en")} touchpoints`,
        ms(figures.cardsMs),
        ms(figures.interactiveMs),
        pair(figures.panP50, figures.panP95),
        pair(figures.dragP50, figures.dragP95),
        pair(figures.editDomP50, figures.editDomP95),
        pair(figures.editPaintP50, figures.editPaintP95),
      ]);
    }

    const version = browser.version();
    console.log(
      `Kundresa canvas bench · Chromium ${version} headless, --disable-gpu (software rendering: ` +
        `slower than a laptop's GPU) · ${VIEWPORT.width}×${VIEWPORT.height} · medians of ${RUNS} run(s), ` +
        `${GESTURE_MS} ms gestures, ${REMOTE_EDITS} remote edits a run\n`,
    );
    console.log(
      table(
        [
          "map",
          "cards shown",
          "load → interactive",
          "pan frame p50 / p95",
          "drag frame p50 / p95",
          "remote edit → DOM p50 / p95",
          "→ painted frame p50 / p95",
        ],
        rows,
      ),
    );
    console.log(
      "\nFrame times are requestAnimationFrame deltas (16.7 ms = 60 fps). Load is from navigation start. " +
        "A remote edit is a stock y-websocket client in this process renaming a card on screen, timed to " +
        "the page's MutationObserver and to the next frame, on clocks aligned by a page round trip.",
    );
    console.log(
      `\nInitial JavaScript (gzip -9, from web/dist, of what the page itself requested; the editor: until interactive):`,
    );
    console.log(`  start page   ${kb(startScripts.gzipBytes).padStart(9)}  ${startScripts.files.join(" ")}`);
    if (editorScripts)
      console.log(`  editor route ${kb(editorScripts.gzipBytes).padStart(9)}  ${editorScripts.files.join(" ")}`);

    const goalLines: string[][] = [];
    const goal = (name: string, figure: number | undefined, limit: number, unit: string, strict: boolean) => {
      if (figure === undefined || Number.isNaN(figure)) return;
      const ratio = figure / limit;
      const ok = strict ? figure < limit : figure <= limit;
      goalLines.push([
        ok ? "ok" : "MISS",
        name,
        unit === "kB" ? kb(figure * 1000) : `${figure.toFixed(2)} ms`,
        `${strict ? "<" : "≤"} ${limit} ${unit}`,
        ratio.toFixed(2),
      ]);
    };
    goal("drag frame p95, 500 touchpoints", bySize.get(500)?.dragP95, GOALS.drag500, "ms", false);
    goal("drag frame p95, 2,000 touchpoints", bySize.get(2000)?.dragP95, GOALS.drag2000, "ms", false);
    for (const size of SIZES)
      goal(
        `remote edit → painted frame p50, ${size.toLocaleString("en")}`,
        bySize.get(size)?.editPaintP50,
        GOALS.remoteEdit,
        "ms",
        true,
      );
    goal("initial JS, start page", startScripts.gzipBytes / 1000, GOALS.initialJsKb, "kB", true);
    if (editorScripts) goal("initial JS, editor route", editorScripts.gzipBytes / 1000, GOALS.initialJsKb, "kB", true);
    console.log("\nGoals");
    console.log(table(["", "figure", "measured", "goal", "figure ÷ goal"], goalLines));
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
