import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { exportJourney, type JourneyMap } from "@kundresa/shared";
import { createMap, request, type CreatedMap } from "../../server/support/mapApi";
import { EditorPage } from "../pages/EditorPage";
import { startTestServer, type TestServer } from "../../server/support/testServer";
import { launchChromium } from "./chromium";
import { WEB_DIST, ensureWebBuilt } from "./webBuild";

const root = fileURLToPath(new URL("../../..", import.meta.url));
/** Screens worth looking at after a run (gitignored). */
export const SCREENSHOTS = join(root, "test-results/screenshots");
const FAILURES = join(root, "test-results/e2e-failures");

/** A laptop in a workshop: wide enough for the side panel, short enough to need scrolling on big maps. */
const VIEWPORT = { width: 1440, height: 900 };
/** A step that takes longer than this is a failure worth a clear message, not a hung suite. */
const ACTION_TIMEOUT_MS = 15_000;

export interface E2eSuite {
  /** The real server, in this process, on a free port with its own temp data directory. */
  readonly server: TestServer;
  readonly browser: Browser;
  /**
   * A new person: their own browser context (own IndexedDB, localStorage and recent maps) with
   * their name already given, so the editor does not ask (`name: undefined` leaves it unanswered).
   */
  newPerson(name: string | undefined): Promise<Page>;
  /** Saves `test-results/screenshots/<name>.png`. */
  screenshot(page: Page, name: string): Promise<void>;
  /** `POST /api/maps` with `map` (the server's default map when omitted). */
  createMap(map?: JourneyMap): Promise<CreatedMap>;
  /** `GET /api/maps/:id`: the map as the server holds it. */
  serverMap(id: string, token: string): Promise<JourneyMap>;
  /** A new person (see `newPerson`) opening the map's edit link, once it is live and drawn. */
  openAsEditor(name: string, map: CreatedMap): Promise<EditorPage>;
}

/**
 * One server and one Chromium for the whole suite; a fresh browser context per person per test.
 * Call once, inside the top-level `describe`: it registers the hooks that build the editor if it is
 * stale, start and stop everything, and after each test close its contexts (screenshotting every
 * open page first when the test failed) and fail on uncaught errors in any page.
 */
export function useE2eSuite(): E2eSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  // A setup failure (no Chromium, a broken build) fails every test with its message: a failing
  // beforeAll alone would leave them reported as skipped, and these tests are never skipped.
  let setupError: unknown;
  beforeAll(async () => {
    try {
      ensureWebBuilt();
      mkdirSync(SCREENSHOTS, { recursive: true });
      browser = await launchChromium();
      server = await startTestServer({ webDist: WEB_DIST });
    } catch (error) {
      setupError = error;
    }
  }, 180_000);

  beforeEach(() => {
    if (setupError !== undefined) throw setupError;
  });

  afterEach(async (context) => {
    const failed = context.task.result?.state === "fail";
    const open = contexts;
    contexts = [];
    if (failed) {
      mkdirSync(FAILURES, { recursive: true });
      const slug = context.task.name.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 80);
      const pages = open.flatMap((browserContext) => browserContext.pages());
      await Promise.all(
        pages.map((page, index) =>
          page.screenshot({ path: join(FAILURES, `${slug}-${index}.png`) }).catch(() => undefined),
        ),
      );
    }
    await Promise.all(open.map((browserContext) => browserContext.close()));
    const errors = pageErrors;
    pageErrors = [];
    if (!failed) expect(errors, "uncaught errors in the page").toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const running = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the e2e suite's ${what} is not running (did beforeAll fail?)`);
    return value;
  };

  return {
    get server() {
      return running(server, "server");
    },
    get browser() {
      return running(browser, "browser");
    },
    async newPerson(name) {
      const browserContext = await running(browser, "browser").newContext({
        viewport: VIEWPORT,
        locale: "en-US",
        acceptDownloads: true,
      });
      contexts.push(browserContext);
      browserContext.setDefaultTimeout(ACTION_TIMEOUT_MS);
      if (name !== undefined) {
        await browserContext.addInitScript((stored) => localStorage.setItem("kundresa.userName", stored), name);
      }
      const page = await browserContext.newPage();
      page.on("pageerror", (error) => pageErrors.push(`${name ?? "someone"}: ${error.message}`));
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    async createMap(map) {
      return createMap(running(server, "server").url, map === undefined ? undefined : exportJourney(map));
    },
    async serverMap(id, token) {
      const response = await request(running(server, "server").url, `/api/maps/${id}`, { token });
      if (response.status !== 200) throw new Error(`GET /api/maps/${id}: ${response.status}`);
      return (await response.json()) as JourneyMap;
    },
    async openAsEditor(name, map) {
      const page = await this.newPerson(name);
      return EditorPage.open(page, running(server, "server").url, map.id, map.editToken, "edit");
    },
  };
}
