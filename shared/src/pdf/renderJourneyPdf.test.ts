import { describe, expect, it } from "vitest";
import { importJourney } from "../io/importJourney";
import { canonicalJourney, exportJourney } from "../io/exportJourney";
import { renderJourneySvg } from "../svg/renderJourneySvg";
import { electricityJourney, unfinishedJourney } from "../svg/testJourneys";
import { TEMPLATES } from "../templates/index";
import { validateJourney } from "../validation/index";
import { PAGE_MARGIN, PAGE_SIZES, PAGE_SIZE_NAMES, type PageOrientation, type PageSizeName } from "./pageSizes";
import { renderJourneyPdf, svgToPdf } from "./renderJourneyPdf";
import { catalog, info, page, parsePdf, reference, shownTexts, stream, textString } from "./testing/pdfReader";
import type { JourneyMap } from "../format/journeyMap";
import { PHASES } from "../format/enums";
import { stackedPosition } from "../layout/metrics";
import { stage, testJourney, touchpoint } from "../testing/journeyFixtures";

function svgSize(map: JourneyMap): { width: number; height: number } {
  const svg = renderJourneySvg(map);
  const match = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

/** Where the drawing's corners land on the page: the content stream's first `cm` applied to the SVG's box. */
function drawnBox(content: string, size: { width: number; height: number }) {
  const match = /^q\n([-\d.]+) 0 0 ([-\d.]+) ([-\d.]+) ([-\d.]+) cm\n/.exec(content);
  if (!match) throw new Error("the content does not start with the page transform");
  const [scale, flipped, left, top] = match.slice(1).map(Number) as [number, number, number, number];
  expect(flipped).toBeCloseTo(-scale, 5);
  return { scale, left, right: left + scale * size.width, top, bottom: top - scale * size.height };
}

function pdfOf(map: JourneyMap, pageSize: PageSizeName = "A3", orientation: PageOrientation = "auto") {
  return parsePdf(renderJourneyPdf(map, { pageSize, orientation }));
}

const retail = (): JourneyMap => {
  const template = TEMPLATES.find((candidate) => candidate.id === "retail-customer-club");
  if (!template) throw new Error("the retail template is gone");
  return template.build();
};

describe("renderJourneyPdf", () => {
  it("writes a well-formed file: header, every xref offset at its object, trailer, %%EOF", () => {
    for (const template of TEMPLATES) {
      const pdf = pdfOf(template.build());
      expect(pdf.text.startsWith("%PDF-1.4\n")).toBe(true);
      // Catalog, pages, page, resources, content, fonts, info, the attached JSON and its file spec.
      expect(pdf.objects.size).toBeGreaterThanOrEqual(9);
      expect(catalog(pdf)).toContain("/Type /Catalog");
    }
  });

  it("makes a page of the chosen size in the chosen orientation", () => {
    const map = retail();
    for (const name of PAGE_SIZE_NAMES) {
      const { width, height } = PAGE_SIZES[name];
      expect(page(pdfOf(map, name, "portrait")).mediaBox).toEqual([0, 0, round(width), round(height)]);
      expect(page(pdfOf(map, name, "landscape")).mediaBox).toEqual([0, 0, round(height), round(width)]);
    }
    // A1 is 594 × 841 mm.
    expect(page(pdfOf(map, "A1", "landscape")).mediaBox).toEqual([0, 0, 2383.94, 1683.78]);
  });

  it("scales the drawing to fit inside the margins, centred, filling the page one way", () => {
    for (const map of [retail(), electricityJourney(), unfinishedJourney()]) {
      const size = svgSize(map);
      for (const name of ["A4", "A0", "Letter"] as const) {
        for (const orientation of ["portrait", "landscape"] as const) {
          const { mediaBox, content } = page(pdfOf(map, name, orientation));
          const [, , pageWidth = 0, pageHeight = 0] = mediaBox;
          const box = drawnBox(content, size);
          const tolerance = 0.01;
          expect(box.left).toBeGreaterThanOrEqual(PAGE_MARGIN - tolerance);
          expect(box.right).toBeLessThanOrEqual(pageWidth - PAGE_MARGIN + tolerance);
          expect(box.bottom).toBeGreaterThanOrEqual(PAGE_MARGIN - tolerance);
          expect(box.top).toBeLessThanOrEqual(pageHeight - PAGE_MARGIN + tolerance);
          expect(box.left).toBeCloseTo(pageWidth - box.right, 1);
          expect(box.bottom).toBeCloseTo(pageHeight - box.top, 1);
          const fillsWidth = Math.abs(box.left - PAGE_MARGIN) < 0.01;
          const fillsHeight = Math.abs(box.bottom - PAGE_MARGIN) < 0.01;
          expect(fillsWidth || fillsHeight).toBe(true);
        }
      }
    }
  });

  it("picks, on auto, the orientation that prints the map larger", () => {
    for (const map of [retail(), electricityJourney(), unfinishedJourney()]) {
      const size = svgSize(map);
      const scaleOf = (orientation: PageOrientation) =>
        drawnBox(page(pdfOf(map, "A2", orientation)).content, size).scale;
      expect(scaleOf("auto")).toBe(Math.max(scaleOf("portrait"), scaleOf("landscape")));
    }
    const wide = testJourney({
      stages: Array.from({ length: 15 }, (_, index) => stage(`s${index}`, PHASES[index % 3] ?? "before")),
    });
    const tall = testJourney({
      touchpoints: Array.from({ length: 14 }, (_, index) =>
        touchpoint({ id: `t${index}`, stageId: "stage-before", position: stackedPosition(index) }),
      ),
    });
    const orientationOf = (map: JourneyMap) => {
      const [, , pageWidth = 0, pageHeight = 0] = page(pdfOf(map, "A3", "auto")).mediaBox;
      return pageWidth > pageHeight ? "landscape" : "portrait";
    };
    expect(svgSize(wide).width / svgSize(wide).height).toBeGreaterThan(Math.SQRT2);
    expect(orientationOf(wide)).toBe("landscape");
    expect(svgSize(tall).height).toBeGreaterThan(svgSize(tall).width);
    expect(orientationOf(tall)).toBe("portrait");
  });

  it("shows every touchpoint's title as text, and every word the SVG shows", () => {
    for (const map of [retail(), electricityJourney(), ...TEMPLATES.map((template) => template.build())]) {
      const texts = shownTexts(page(pdfOf(map)).content).map((shown) => shown.text);
      const joined = texts.join(" ");
      for (const touchpoint of map.touchpoints) {
        // A card shows two lines: a longer title is cut with "…", and what is shown of it must be there.
        const { title } = touchpoint;
        const at = joined.indexOf(title.slice(0, 20));
        expect(at, title).toBeGreaterThanOrEqual(0);
        const shown = joined.slice(at, at + title.length);
        const cut = shown.indexOf("\u2026");
        if (cut < 0) expect(shown).toBe(title);
        else expect(title.startsWith(shown.slice(0, cut).trimEnd())).toBe(true);
      }
      // As SVG renders them: spaces collapsed; and the minus sign, which WinAnsi lacks, as an en dash.
      const svgTexts = [...renderJourneySvg(map).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
        (match[1] ?? "")
          .replace(/&amp;/g, "&")
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/ {2,}/g, " ")
          .replace(/\u2212/g, "\u2013"),
      );
      expect(texts).toEqual(svgTexts);
    }
  });

  it("keeps Swedish letters and typographic punctuation as themselves", () => {
    const map = retail();
    const title = "Återköp för Åsa: “ärendet” öppnat – é, Ö och Ä…";
    const first = map.touchpoints[0];
    if (!first) throw new Error("no touchpoint");
    first.title = "Ringer kundtjänst – “varför?”";
    map.title = title;
    const pdf = parsePdf(renderJourneyPdf(map, { locale: "sv" }));
    const texts = shownTexts(page(pdf).content).map((shown) => shown.text);
    expect(texts).toContain(title);
    expect(texts.join(" ")).toContain("Ringer kundtjänst – “varför?”");
    expect(texts).toContain("KUNDRESEKARTA");
    expect(texts).toContain("IT-STÖD");
    expect(textString(/\/Title (<[0-9A-F]+>)/.exec(info(pdf))?.[1] ?? "")).toBe(title);
  });

  it("prints characters the standard fonts lack as '?' and stays a valid file", () => {
    const map = retail();
    map.title = "Launch 🎉 in 東京 (v2) \\ done";
    const pdf = parsePdf(renderJourneyPdf(map));
    expect(shownTexts(page(pdf).content).map((shown) => shown.text)).toContain("Launch ? in ?? (v2) \\ done");
    expect(textString(/\/Title (<[0-9A-F]+>)/.exec(info(pdf))?.[1] ?? "")).toBe(map.title);
  });

  it("names Kundresa as its creator and carries the journey JSON, which imports as the same map", () => {
    const map = electricityJourney();
    const pdf = pdfOf(map);
    expect(info(pdf)).toContain("/Creator (Kundresa)");
    const names = /\/EmbeddedFiles << \/Names \[\(([^)]+)\) (\d+) 0 R\] >>/.exec(catalog(pdf));
    expect(names?.[1]).toBe("Electricity-contract-household-customer.journey.json");
    const spec = pdf.objects.get(Number(names?.[2])) ?? "";
    const file = stream(pdf, reference(spec, "F"));
    expect(file.dictionary).toContain("/Subtype /application#2Fjson");
    const json = new TextDecoder().decode(Uint8Array.from(file.data, (char) => char.charCodeAt(0)));
    expect(json).toBe(exportJourney({ ...canonicalJourney(map), comments: [] }));
    const imported = importJourney(json);
    expect(imported.ok).toBe(true);
    expect(renderJourneyPdf(map, { embedJson: false }).length).toBeLessThan(renderJourneyPdf(map).length);
  });

  it("gives the same bytes for the same map, whatever order its entries come in", () => {
    const map = electricityJourney();
    const shuffled = {
      ...map,
      touchpoints: [...map.touchpoints].reverse(),
      connections: [...map.connections].reverse(),
    };
    const issues = validateJourney(map).issues;
    const bytes = renderJourneyPdf(map, { issues, pageSize: "A1", orientation: "landscape" });
    expect(renderJourneyPdf(shuffled, { issues, pageSize: "A1", orientation: "landscape" })).toEqual(bytes);
    expect(renderJourneyPdf(map, { pageSize: "A0" })).not.toEqual(bytes);
  });

  it("draws everything the SVG holds: no element or paint left out", () => {
    const maps = [electricityJourney(), unfinishedJourney(), ...TEMPLATES.map((template) => template.build())];
    for (const map of maps) {
      const svg = renderJourneySvg(map, { issues: validateJourney(map).issues, locale: "sv" });
      expect(svgToPdf(svg, { pageSize: "A3", orientation: "auto" }).unsupported).toEqual([]);
    }
  });

  it("gives every path with an arrowhead its arrowhead, and the empty phase its hatch", () => {
    const map = unfinishedJourney();
    const svg = renderJourneySvg(map);
    const pdf = parsePdf(svgToPdf(svg, { pageSize: "A3", orientation: "auto" }).bytes);
    const { content } = page(pdf);
    // Each arrowhead is clipped to its 9 × 9 marker box.
    expect(content.match(/0 0 9 9 re W n/g)?.length).toBe(svg.match(/marker-end=/g)?.length);
    const hatched = svg.match(/fill="url\(#kr-hatch\)"/g)?.length ?? 0;
    expect(hatched).toBeGreaterThan(0);
    expect(content.match(/\/Pattern cs \/P\d+ scn/g)?.length).toBe(hatched);
    expect(pdf.text).toContain("/PatternType 1");
  });

  it("keeps the card shadows translucent", () => {
    const pdf = pdfOf(retail());
    expect(page(pdf).content).toMatch(/\/GS\d+ gs/);
    expect(pdf.text).toMatch(/\/GS\d+ << \/Type \/ExtGState \/ca 0\.06 \/CA 1 >>/);
  });
});

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
