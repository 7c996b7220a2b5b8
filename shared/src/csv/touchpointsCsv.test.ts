import { describe, expect, it } from "vitest";
import type { JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import { channel, stage, testJourney, touchpoint } from "../testing/journeyFixtures";
import { touchpointsCsv } from "./touchpointsCsv";

const BOM = "\uFEFF";

/**
 * A strict RFC 4180 reader, as a spreadsheet reads the file: records end with CRLF, a quoted field may
 * hold the separator, CR, LF and doubled quotes; anything else (a bare LF between records, a quote
 * inside an unquoted field, text after a closing quote) throws, so sloppy output fails the test.
 */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  for (;;) {
    let field = "";
    if (text[index] === '"') {
      index++;
      for (;;) {
        if (index >= text.length) throw new Error("unterminated quoted field");
        const char = text[index] as string;
        if (char === '"' && text[index + 1] === '"') {
          field += '"';
          index += 2;
        } else if (char === '"') {
          index++;
          break;
        } else {
          field += char;
          index++;
        }
      }
    } else {
      while (index < text.length && text[index] !== separator && text[index] !== "\r" && text[index] !== "\n") {
        if (text[index] === '"') throw new Error(`quote inside an unquoted field at ${index}`);
        field += text[index];
        index++;
      }
    }
    record.push(field);
    if (text[index] === separator) {
      index++;
      continue;
    }
    if (text.startsWith("\r\n", index)) {
      records.push(record);
      record = [];
      index += 2;
      if (index === text.length) return records;
      continue;
    }
    throw new Error(`expected a separator or CRLF at ${index}, found ${JSON.stringify(text.slice(index, index + 5))}`);
  }
}

/** The file as a spreadsheet sees it: the BOM checked and dropped, every row as wide as the header. */
function readCsv(csv: string, separator: string): { header: string[]; rows: string[][] } {
  expect(csv.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(BOM.length), separator);
  if (!header) throw new Error("no header row");
  for (const row of rows) expect(row).toHaveLength(header.length);
  return { header, rows };
}

/** Rows as objects keyed by the header's names, so each assertion names the column it is about. */
function rowsByHeader(csv: string, separator: string): Record<string, string>[] {
  const { header, rows } = readCsv(csv, separator);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}

function map(touchpoints: Touchpoint[], fields: Partial<JourneyMap> = {}): JourneyMap {
  return testJourney({ title: "Workshop", touchpoints, ...fields });
}

const queue = touchpoint({
  id: "tp-queue",
  title: "Pick up the parcel",
  stageId: "stage-after",
  channelIds: ["email", "phone-personal", "field-service"],
  itSupport: "integrated",
  emotion: -2,
  critical: true,
  owner: "Customer service",
  notes: "Busy at lunch",
  painPoints: ["Long queue", "Rude staff", "Closed on Sundays"],
  opportunities: ["Parcel lockers"],
  capabilities: ["Case management", "Call tracking"],
  votes: { touchpoint: 5, painPoints: { "Long queue": 3, "Rude staff": 0 }, opportunities: { "Parcel lockers": 2 } },
});

describe("touchpointsCsv in English", () => {
  it("starts with a BOM, separates by comma and names the columns in English", () => {
    const csv = touchpointsCsv(map([queue]), "en");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toBe(
      `${BOM}Stage,Phase,Touchpoint,Channels,Categories,IT support,Customer emotion,Critical,Owner,Votes,` +
        "Pain points,Opportunities,CRM capabilities,Notes,Id",
    );
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes every field of a touchpoint, lists one item per line, votes beside the items that got some", () => {
    const [row] = rowsByHeader(touchpointsCsv(map([queue]), "en"), ",");
    expect(row).toEqual({
      Stage: "After purchase",
      Phase: "After purchase",
      Touchpoint: "Pick up the parcel",
      // A catalogue name with a comma stays one item: items are split by lines, not by punctuation.
      Channels: "E-mail\nPhone, personal\nField service",
      Categories: "Communication\nService",
      "IT support": "Integrated IT support",
      "Customer emotion": "-2",
      Critical: "Yes",
      Owner: "Customer service",
      Votes: "5",
      "Pain points": "Long queue (3)\nRude staff\nClosed on Sundays",
      Opportunities: "Parcel lockers (2)",
      "CRM capabilities": "Case management\nCall tracking",
      Notes: "Busy at lunch",
      Id: "tp-queue",
    });
  });

  it("keeps a negative emotion a bare number and leaves an unrated one empty; no votes count as 0", () => {
    const rated = touchpoint({ id: "rated", emotion: -1, position: { x: 0, y: 0 } });
    const neutral = touchpoint({ id: "neutral", emotion: 0, position: { x: 0, y: 200 } });
    const unrated = touchpoint({ id: "unrated", position: { x: 0, y: 400 } });
    const csv = touchpointsCsv(map([rated, neutral, unrated]), "en");
    // The raw line, not only the parsed cell: a spreadsheet must see -1, not '-1 or "-1".
    expect(csv.split("\r\n")[1]).toContain(",Not assessed,-1,No,,0,");
    const rows = rowsByHeader(csv, ",");
    expect(rows.map((row) => [row["Id"], row["Customer emotion"], row["Votes"]])).toEqual([
      ["rated", "-1", "0"],
      ["neutral", "0", "0"],
      ["unrated", "", "0"],
    ]);
  });

  it("shows an unknown stage and a removed channel by the ids the touchpoint names", () => {
    const lost = touchpoint({ id: "lost", stageId: "gone-stage", channelIds: ["gone-channel", "sms"] });
    const [row] = rowsByHeader(touchpointsCsv(map([lost]), "en"), ",");
    expect(row).toMatchObject({
      Stage: "gone-stage",
      Phase: "",
      Channels: "gone-channel\nSMS",
      Categories: "Communication",
    });
  });
});

describe("touchpointsCsv in Swedish", () => {
  it("separates by semicolon and names columns, phases, channels and levels in Swedish", () => {
    const csv = touchpointsCsv(map([queue]), "sv");
    expect(csv.split("\r\n")[0]).toBe(
      `${BOM}Steg;Fas;Kontaktpunkt;Kanaler;Kategorier;IT-stöd;Kundens känsla;Kritisk;Ansvarig;Röster;` +
        "Smärtpunkter;Möjligheter;CRM-funktioner;Anteckningar;Id",
    );
    const [row] = rowsByHeader(csv, ";");
    expect(row).toMatchObject({
      // The stage keeps the team's own title; the phase is the catalogue's Swedish name.
      Steg: "After purchase",
      Fas: "Efter köp",
      Kanaler: "E-mail\nTelefon/personlig\nFältservice",
      Kategorier: "Kommunikation\nService",
      "IT-stöd": "Integrerat IT-stöd",
      "Kundens känsla": "-2",
      Kritisk: "Ja",
      Röster: "5",
      Smärtpunkter: "Long queue (3)\nRude staff\nClosed on Sundays",
    });
  });

  it("keeps åäö and leaves a comma unquoted but quotes a semicolon", () => {
    const swedish = touchpoint({ id: "sv", title: "Hämta paketet, snabbt", owner: "Kundtjänst; Göteborg" });
    const csv = touchpointsCsv(map([swedish]), "sv");
    expect(csv.split("\r\n")[1]).toContain(";Hämta paketet, snabbt;");
    expect(csv.split("\r\n")[1]).toContain(';"Kundtjänst; Göteborg";');
    expect(rowsByHeader(csv, ";")[0]).toMatchObject({
      Kontaktpunkt: "Hämta paketet, snabbt",
      Ansvarig: "Kundtjänst; Göteborg",
      Kritisk: "Nej",
    });
  });
});

describe("touchpointsCsv quoting and formula guard", () => {
  const tricky = touchpoint({
    id: "tricky",
    title: 'The "quick" check, then; the rest',
    notes: "First line\r\nsecond line\nthird",
    owner: "Åsa Öberg",
    painPoints: ["Waits\non hold", 'Says "later"'],
  });

  for (const [locale, separator] of [
    ["en", ","],
    ["sv", ";"],
  ] as const) {
    it(`reads back quotes, separators and line breaks unchanged (${locale})`, () => {
      const [row] = readCsv(touchpointsCsv(map([tricky]), locale), separator).rows;
      expect(row?.[2]).toBe('The "quick" check, then; the rest');
      expect(row?.[8]).toBe("Åsa Öberg");
      // One item per line: a line break inside an item becomes a space.
      expect(row?.[10]).toBe('Waits on hold\nSays "later"');
      expect(row?.[13]).toBe("First line\nsecond line\nthird");
    });
  }

  it("puts an apostrophe before text a spreadsheet would run as a formula, and nowhere else", () => {
    const texts = [
      '=HYPERLINK("http://evil","x")',
      "+46 70 123 45 67",
      "-cmd|' /C calc'!A0",
      "@SUM(A1:A9)",
      "\tindented",
      "\r=1+1",
    ];
    const rows = texts.map((title, index) =>
      touchpoint({ id: `f${index}`, title, owner: "a=b", emotion: -2, position: { x: 0, y: index * 200 } }),
    );
    const parsed = rowsByHeader(touchpointsCsv(map(rows), "en"), ",");
    expect(parsed.map((row) => row["Touchpoint"])).toEqual([
      '\'=HYPERLINK("http://evil","x")',
      "'+46 70 123 45 67",
      "'-cmd|' /C calc'!A0",
      "'@SUM(A1:A9)",
      "'\tindented",
      "'\n=1+1",
    ]);
    for (const row of parsed) {
      expect(row["Owner"]).toBe("a=b");
      expect(row["Customer emotion"]).toBe("-2");
    }
  });

  it("guards list cells too: a pain point that starts with = cannot run", () => {
    const listed = touchpoint({ id: "listed", painPoints: ["=1+1", "fine"], channelIds: [] });
    const [row] = rowsByHeader(touchpointsCsv(map([listed]), "en"), ",");
    expect(row?.["Pain points"]).toBe("'=1+1\nfine");
  });
});

describe("touchpointsCsv row order", () => {
  it("follows the stages, then each card top to bottom and left to right across lanes; unknown stages last", () => {
    const stages = [stage("b1", "before", "Look"), stage("b2", "before", "Compare"), stage("d1", "during", "Buy")];
    const channels = [channel("ad", "marketing", "Advert"), channel("shop", "sales", "Shop")];
    const at = (id: string, stageId: string, channelId: string, x: number, y: number) =>
      touchpoint({ id, stageId, channelIds: [channelId], position: { x, y } });
    const touchpoints = [
      at("lost", "nowhere", "ad", 0, 0),
      at("buy", "d1", "shop", 0, 0),
      // Positions are relative to the lane's cell: this sales card at y 0 sits below the marketing ones.
      at("compare-sales", "b2", "shop", 0, 0),
      at("compare-ad-right", "b2", "ad", 224, 0),
      at("compare-ad-lower", "b2", "ad", 0, 112),
      at("compare-ad-left", "b2", "ad", 0, 0),
      at("look", "b1", "ad", 0, 0),
    ];
    const rows = rowsByHeader(touchpointsCsv(map(touchpoints, { stages, channels }), "en"), ",");
    expect(rows.map((row) => row["Id"])).toEqual([
      "look",
      "compare-ad-left",
      "compare-ad-right",
      "compare-ad-lower",
      "compare-sales",
      "buy",
      "lost",
    ]);
  });

  it("writes only the header for a map without touchpoints", () => {
    const csv = touchpointsCsv(map([]), "en");
    expect(readCsv(csv, ",").rows).toEqual([]);
    expect(csv.split("\r\n")).toHaveLength(2);
  });
});
