import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import type { Download } from "playwright-core";
import { expect, it } from "vitest";
import { TEMPLATES, importJourney } from "@kundresa/shared";
import { EditorPage } from "../pages/EditorPage";
import { StartPage } from "../pages/StartPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";
import { canonicalMap } from "../support/testApi";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function contents(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** Export in three formats, then the JSON back in through the start page's import. */
export function exportImportScenarios(suite: E2eSuite): void {
  it("exports JSON, SVG and PNG named after the map; the JSON re-imports as a new map with the same content", async () => {
    const template = TEMPLATES.find((candidate) => candidate.id === "retail-customer-club")!.build();
    const created = await suite.createMap(template);
    const page = await suite.newPerson("Anna Lind");
    const editor = await EditorPage.open(page, suite.server.url, created.id, created.editToken, "edit");
    const map = await editor.readMap();

    const json = await editor.exportAs("json");
    expect(json.suggestedFilename()).toBe("Retail-with-a-customer-club.journey.json");
    const jsonText = (await contents(json)).toString("utf8");
    const imported = importJourney(jsonText);
    if (!imported.ok) throw new Error(`the export does not import: ${JSON.stringify(imported.problems)}`);
    expect(canonicalMap(imported.map)).toEqual(canonicalMap(map));

    const svg = await editor.exportAs("svg");
    expect(svg.suggestedFilename()).toBe("Retail-with-a-customer-club.svg");
    const svgText = (await contents(svg)).toString("utf8");
    const root = new DOMParser().parseFromString(svgText, "image/svg+xml").documentElement!;
    expect(root.tagName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("viewBox")).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(svgText).not.toContain("foreignObject");
    const groups = [...svgText.matchAll(/<g\b[^>]*\sdata-touchpoint-id="([^"]+)"/g)].map((match) => match[1]);
    expect(groups.sort()).toEqual(map.touchpoints.map((touchpoint) => touchpoint.id).sort());

    const png = await editor.exportAs("png");
    expect(png.suggestedFilename()).toBe("Retail-with-a-customer-club.png");
    const pngBytes = await contents(png);
    expect(pngBytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // IHDR: width and height at bytes 16 and 20. Twice the SVG's size, for sharp slides.
    const svgWidth = Number(root.getAttribute("width"));
    const svgHeight = Number(root.getAttribute("height"));
    expect(pngBytes.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));
    expect(pngBytes.readUInt32BE(20)).toBe(Math.round(svgHeight * 2));

    // Back in through the start page: a new map, the same content, on the server.
    const start = await new StartPage(page, suite.server.url).open();
    await start.importFile({
      name: json.suggestedFilename(),
      mimeType: "application/json",
      buffer: Buffer.from(jsonText),
    });
    await page.waitForURL((url) => url.pathname.startsWith("/m/") && !url.pathname.endsWith(created.id));
    const url = new URL(page.url());
    const newId = url.pathname.slice("/m/".length);
    const token = new URLSearchParams(url.hash.slice(1)).get("token")!;
    expect(canonicalMap(await suite.serverMap(newId, token))).toEqual(canonicalMap(map));
    const reopened = new EditorPage(page);
    await reopened.ready("edit");
    await page.keyboard.press("f");
    await reopened.settled();
    await eventually(() => reopened.cards.count()).toBe(map.touchpoints.length);
  });
}
