import { describe, expect, it } from "vitest";
import { svgToPdf } from "./renderJourneyPdf";
import { page, parsePdf, shownTexts } from "./testing/pdfReader";

/** The content stream of a small SVG's PDF, without the page transform around it. */
function drawn(body: string, extra = ""): { content: string; unsupported: string[] } {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"${extra}>${body}</svg>`;
  const { bytes, unsupported } = svgToPdf(svg, { pageSize: "A4", orientation: "landscape" });
  return { content: page(parsePdf(bytes)).content, unsupported };
}

describe("svgToPdf", () => {
  it("moves middle- and end-anchored text back by its width in Helvetica's metrics", () => {
    const { content } = drawn(
      `<text x="100" y="50" font-size="10" text-anchor="middle">Åsa</text>` +
        `<text x="100" y="70" font-size="10" font-weight="700" text-anchor="end">Åsa</text>` +
        `<text x="100" y="90" font-size="10" letter-spacing="1">Åsa</text>`,
    );
    const [middle, end, spaced] = shownTexts(content);
    expect(middle).toMatchObject({ text: "Åsa", font: "F1", size: 10, x: 91.385, y: 50 });
    expect(end).toMatchObject({ font: "F2", x: 100 - 18.34 });
    expect(spaced?.x).toBe(100);
    expect(content).toContain("1 Tc");
  });

  it("places tspans one after another and inherits the text's style", () => {
    const { content } = drawn(
      `<text x="10" y="20" font-size="10" fill="#FF0000">ab<tspan font-weight="bold">cd</tspan></text>`,
    );
    const [plain, bold] = shownTexts(content);
    expect(plain).toMatchObject({ text: "ab", x: 10, font: "F1" });
    // a 556 + b 556 at size 10.
    expect(bold).toMatchObject({ text: "cd", x: 21.12, font: "F2" });
    expect(content).toContain("1 0 0 rg");
  });

  it("reads hex, short hex, rgb() and named colours, with their alpha", () => {
    const { content } = drawn(
      `<rect width="1" height="1" fill="#336699"/><rect width="1" height="1" fill="#fff"/>` +
        `<rect width="1" height="1" fill="rgb(255, 0, 0)" stroke="black"/><rect width="1" height="1" fill="#00000080"/>`,
    );
    expect(content).toContain("0.2 0.4 0.6 rg");
    expect(content).toContain("1 1 1 rg");
    expect(content).toMatch(/1 0 0 rg\n0 0 0 RG 1 w/);
    expect(content).toMatch(/\/GS\d+ gs\n0 0 0 rg/);
  });

  it("applies group transforms, strokes with the SVG's dashes, caps and joins, and skips what draws nothing", () => {
    const { content, unsupported } = drawn(
      `<g transform="translate(10 20) rotate(90)"><path d="M0 0 H10" stroke="#000" stroke-dasharray="4 3" ` +
        `stroke-linecap="round" stroke-linejoin="round" fill="none"/></g>` +
        `<rect width="0" height="5"/><g display="none"><rect width="5" height="5"/></g><title>t</title>`,
    );
    expect(content).toContain("0 1 -1 0 10 20 cm");
    expect(content).toMatch(/\[4 3\] 0 d/);
    expect(content).toMatch(/1 J\n1 j/);
    expect(content.match(/ re\n/g)).toBeNull();
    expect(content.match(/ m\n/g)?.length).toBe(1);
    expect(unsupported).toEqual([]);
  });

  it("clips to a clipPath, and names elements it cannot draw instead of failing", () => {
    const { content, unsupported } = drawn(
      `<defs><clipPath id="c"><rect width="50" height="50"/></clipPath></defs>` +
        `<g clip-path="url(#c)"><circle cx="50" cy="50" r="40"/></g><image href="x.png"/><foreignObject/>`,
    );
    expect(content).toMatch(/0 0 m\n50 0 l\n50 50 l\n0 50 l\nh\nW n/);
    expect(unsupported).toEqual(["foreignObject", "image"]);
  });
});
