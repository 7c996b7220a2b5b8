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

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** RFC 4180 records (CRLF between them, quoted fields may hold separators, line breaks and "" for a quote). */
function csvRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index++;
    } else field += char;
  }
  if (quoted || field !== "" || record.length > 0) throw new Error("the CSV does not end with a complete record");
  return records;
}

/** The exported CSV: checks the BOM, then its rows as objects keyed by the header row's names. */
async function csvRows(
  download: Download,
  separator: string,
): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const bytes = await contents(download);
  expect(bytes.subarray(0, 3).equals(UTF8_BOM)).toBe(true);
  const [header = [], ...records] = csvRecords(bytes.subarray(3).toString("utf8"), separator);
  const rows = records.map((record) => {
    expect(record).toHaveLength(header.length);
    return Object.fromEntries(header.map((name, index) => [name, record[index] ?? ""]));
  });
  return { header, rows };
}

/** Export in every format, then the JSON back in through the start page's import. */
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

  it("exports the touchpoints as CSV in the UI's language: commas in English, semicolons in Swedish", async () => {
    const template = TEMPLATES.find((candidate) => candidate.id === "retail-customer-club")?.build();
    const browse = template?.touchpoints.find((touchpoint) => touchpoint.id === "t-web-browse");
    if (!template || !browse) throw new Error("the retail template no longer has the touchpoint t-web-browse");
    // A dot vote kept on the map: the CSV is how a facilitator takes its result into a spreadsheet.
    const painPoint = "Stock shown is last night's figure, so the item may already be gone";
    browse.votes = { touchpoint: 4, painPoints: { [painPoint]: 2 } };
    const created = await suite.createMap(template);
    const page = await suite.newPerson("Anna Lind");
    await EditorPage.open(page, suite.server.url, created.id, created.editToken, "edit");

    await page.getByRole("button", { name: "Export" }).click();
    const englishDownload = page.waitForEvent("download");
    await page.getByRole("menuitem", { name: /^Touchpoints \(\.csv\)/ }).click();
    const english = await englishDownload;
    expect(english.suggestedFilename()).toBe("Retail-with-a-customer-club.csv");
    const inEnglish = await csvRows(english, ",");
    expect(inEnglish.header).toEqual([
      "Stage",
      "Phase",
      "Touchpoint",
      "Channels",
      "Categories",
      "IT support",
      "Customer emotion",
      "Critical",
      "Owner",
      "Votes",
      "Pain points",
      "Opportunities",
      "CRM capabilities",
      "Notes",
      "Id",
    ]);
    expect(inEnglish.rows.map((row) => row["Id"]).sort()).toEqual(template.touchpoints.map((tp) => tp.id).sort());
    // Journey order: the first stage's cards first, the last stage's last.
    expect(inEnglish.rows[0]?.["Stage"]).toBe("Inspiration and brand");
    expect(inEnglish.rows.at(-1)?.["Stage"]).toBe("Club offers and bonus");
    expect(inEnglish.rows.find((row) => row["Id"] === "t-web-browse")).toMatchObject({
      Stage: "Inspiration and brand",
      Phase: "Before purchase",
      Touchpoint: "Checks range and stock on the website",
      Channels: "Public website\nMobile web (WAP)",
      "IT support": "Stand-alone IT support",
      "Customer emotion": "-1",
      Critical: "No",
      Owner: "E-commerce",
      Votes: "4",
      "Pain points": `${painPoint} (2)`,
    });

    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Svenska" }).click();
    await page.getByRole("button", { name: "Exportera" }).click();
    const swedishDownload = page.waitForEvent("download");
    await page.getByRole("menuitem", { name: /^Kontaktpunkter \(\.csv\)/ }).click();
    const inSwedish = await csvRows(await swedishDownload, ";");
    expect(inSwedish.header.slice(0, 6)).toEqual(["Steg", "Fas", "Kontaktpunkt", "Kanaler", "Kategorier", "IT-stöd"]);
    expect(inSwedish.rows.map((row) => row["Id"])).toEqual(inEnglish.rows.map((row) => row["Id"]));
    expect(inSwedish.rows.find((row) => row["Id"] === "t-web-browse")).toMatchObject({
      Steg: "Inspiration and brand",
      Fas: "Före köp",
      Kanaler: "Publik web\nWAP",
      "IT-stöd": "Stand-alone IT-stöd",
      "Kundens känsla": "-1",
      Kritisk: "Nej",
      Röster: "4",
    });
  });
}
