import { describe, expect, it } from "vitest";
import { exportJourney } from "../io/exportJourney";
import { importJourney } from "../io/importJourney";
import { cdata, extractJourneyFromSvg, journeyMetadata } from "./metadata";
import { renderJourneySvg } from "./renderJourneySvg";
import { NASTY_TITLE, electricityJourney, unfinishedJourney } from "./testJourneys";

function reimported(svg: string): string {
  const json = extractJourneyFromSvg(svg);
  expect(json).toBeDefined();
  const result = importJourney(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return exportJourney(result.map);
}

describe("journey JSON in the SVG's metadata", () => {
  it("round-trips: extract + import gives the map exportJourney wrote", () => {
    for (const map of [electricityJourney(), unfinishedJourney()]) {
      expect(reimported(renderJourneySvg(map))).toBe(exportJourney(map));
    }
  });

  it("leaves the comment threads out of the SVG unless asked to keep them", () => {
    const map = {
      ...electricityJourney(),
      comments: [
        {
          id: "k1",
          touchpointId: electricityJourney().touchpoints[0]?.id ?? "",
          resolved: false,
          messages: [
            { id: "m1", author: "Anna", createdAt: "2026-11-30T09:15:00.000Z", text: "Private: ask legal" },
            {
              id: "m2",
              author: "Björn",
              createdAt: "2026-11-30T09:20:00.000Z",
              editedAt: "2026-11-30T09:25:00.000Z",
              text: "Legal says yes",
            },
          ],
        },
      ],
    };
    const plain = renderJourneySvg(map);
    expect(plain).not.toContain("Private: ask legal");
    expect(reimported(plain)).toBe(exportJourney({ ...map, comments: [] }));
    const asked = renderJourneySvg(map, { comments: true });
    expect(reimported(asked)).toBe(exportJourney(map));
    // Asked for, the threads are printed too: a section under the legend, author, time and text.
    expect(asked).toContain('data-role="comments"');
    expect(asked).toContain(">Anna · 2026-11-30 09:15 UTC<");
    expect(asked).toContain(">Björn · 2026-11-30 09:20 UTC · edited<");
    expect(asked).toContain(">Private: ask legal<");
    expect(plain).not.toContain('data-role="comments"');
  });

  it("splits the CDATA section around ]]> in a title, and still round-trips", () => {
    const map = unfinishedJourney();
    expect(NASTY_TITLE).toContain("]]>");
    const svg = renderJourneySvg(map);
    expect(svg).toContain("]]]]><![CDATA[>");
    expect(reimported(svg)).toBe(exportJourney(map));
  });

  it("keeps characters XML forbids out of the document, and gets them back", () => {
    const map = electricityJourney();
    const first = map.touchpoints[0];
    if (first) first.title = "odd \uFFFE and \uFFFF and lone \uD83D";
    const svg = renderJourneySvg(map);
    expect(svg).not.toMatch(/[\uFFFE\uFFFF]/);
    expect(reimported(svg)).toBe(exportJourney(map));
  });

  it("reads the JSON back when an editor re-saved it as escaped text instead of CDATA", () => {
    const json = exportJourney(unfinishedJourney());
    const escaped = json.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&#x3E;");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><metadata id='kundresa-journey'>\n${escaped}</metadata></svg>`;
    expect(extractJourneyFromSvg(svg)?.trim()).toBe(json.trim());
  });

  it("finds nothing in an SVG without the journey, or exported with embedJson: false", () => {
    expect(
      extractJourneyFromSvg('<svg xmlns="http://www.w3.org/2000/svg"><metadata id="other">x</metadata></svg>'),
    ).toBe(undefined);
    const svg = renderJourneySvg(electricityJourney(), { embedJson: false });
    expect(svg).not.toContain("<metadata");
    expect(extractJourneyFromSvg(svg)).toBeUndefined();
  });

  it("cdata joins back to its input however many ]]> it holds", () => {
    const content = "a]]>b]]>]]>c]]";
    const wrapped = journeyMetadata(content);
    expect(wrapped.startsWith('<metadata id="kundresa-journey"')).toBe(true);
    expect(cdata(content).match(/\]\]>/g)).toHaveLength(4);
    expect(extractJourneyFromSvg(`<svg>${wrapped}</svg>`)).toBe(content);
  });
});
