import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { renderJourneySvg } from "../../shared/src/svg/index";
import { CATEGORY_COLORS, IT_SUPPORT_COLORS } from "../../shared/src/svg/palette";
import { electricityJourney } from "../../shared/src/svg/testJourneys";

/**
 * The exported SVG opened by a real browser: it must decode as an image at its declared size and
 * draw the map (many colours, the palette's marks), which no string or DOM test can prove.
 */
const CHROMIUM = process.env["KUNDRESA_CHROMIUM"] ?? "/usr/bin/chromium";
const TIMEOUT = 60_000;

function hexToRgb(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Launches Chromium, or fails (never skips) naming the command that installs it. */
async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser tests need it. Install it with \`apt-get install chromium\` ` +
        "(Debian, as root), or point KUNDRESA_CHROMIUM at a Chromium binary.",
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

describe("the SVG export in Chromium", { timeout: TIMEOUT }, () => {
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
  });

  it("decodes as an <img> from a data: URL at the width and height the SVG declares, and draws the map", async () => {
    browser = await launchChromium();
    const page: Page = await browser.newPage();
    const svg = renderJourneySvg(electricityJourney());
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(0);
    await page.setViewportSize({ width, height });
    const url = `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
    await page.setContent(`<html><body style="margin:0"><img id="map" alt="map" src="${url}"></body></html>`);

    const size = await page.evaluate(async () => {
      const image = document.getElementById("map") as HTMLImageElement;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    });
    expect(size).toEqual({ width, height });

    // Count the screenshot's colours in the page itself: a PNG drawn on a canvas is readable.
    const png = (await page.locator("#map").screenshot()).toString("base64");
    const found = await page.evaluate(
      async ({ png, wanted }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext("2d") as CanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        const colours = new Set<number>();
        const seen = wanted.map(() => false);
        for (let index = 0; index < data.length; index += 4) {
          const r = data[index] as number;
          const g = data[index + 1] as number;
          const b = data[index + 2] as number;
          colours.add((r << 16) | (g << 8) | b);
          wanted.forEach(([wr, wg, wb], which) => {
            if (Math.abs(r - wr) + Math.abs(g - wg) + Math.abs(b - wb) <= 12) seen[which] = true;
          });
        }
        return { distinct: colours.size, seen };
      },
      {
        png,
        wanted: [
          ...Object.values(CATEGORY_COLORS).map((swatch) => hexToRgb(swatch.color)),
          hexToRgb(IT_SUPPORT_COLORS.integrated.color),
          hexToRgb(IT_SUPPORT_COLORS.none.color),
        ],
      },
    );
    expect(found.distinct).toBeGreaterThan(200);
    expect(found.seen).toEqual(found.seen.map(() => true));
  });
});
