import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeXml } from "./escape";
import { ELLIPSIS, ellipsize, measureText, wrapText } from "./text";

const FONT = { size: 13, bold: true };

describe("measureText", () => {
  it("counts wide letters wider than narrow ones, and bigger or bold type wider", () => {
    expect(measureText("WWWW", FONT)).toBeGreaterThan(measureText("iiii", FONT) * 3);
    expect(measureText("Sales", { size: 26 })).toBeCloseTo(measureText("Sales", { size: 13 }) * 2);
    expect(measureText("Sales", { size: 13, bold: true })).toBeGreaterThan(measureText("Sales", { size: 13 }));
    expect(measureText("🎉", FONT)).toBeGreaterThan(measureText("a", FONT));
  });
});

describe("wrapText", () => {
  it("wraps at spaces into at most two lines that fit, ellipsizing the rest", () => {
    const lines = wrapText("Calls customer service about the invoice that was far too high this month", 170, FONT);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("Calls customer service");
    expect(lines[1]?.endsWith(ELLIPSIS)).toBe(true);
    for (const line of lines) expect(measureText(line, FONT)).toBeLessThanOrEqual(170);
  });

  it("keeps a short title on one line and collapses line breaks", () => {
    expect(wrapText("  Orders\n in the  web shop ", 170, FONT)).toEqual(["Orders in the web shop"]);
  });

  it("breaks a word too long for a line", () => {
    const lines = wrapText("Supercalifragilisticexpialidocious-and-then-some", 120, FONT);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.length).toBeGreaterThan(3);
    expect(lines[1]?.endsWith(ELLIPSIS)).toBe(true);
  });

  it("never exceeds the width or the line count, and never cuts a surrogate pair", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.integer({ min: 40, max: 300 }), (text, width) => {
        const lines = wrapText(text, width, FONT, 2);
        expect(lines.length).toBeGreaterThanOrEqual(1);
        expect(lines.length).toBeLessThanOrEqual(2);
        for (const line of lines) {
          expect(measureText(line, FONT)).toBeLessThanOrEqual(width);
          expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
      }),
    );
  });
});

describe("ellipsize", () => {
  it("returns text that fits unchanged, and cuts what does not with an ellipsis", () => {
    expect(ellipsize("E-mail", 100, FONT)).toBe("E-mail");
    const cut = ellipsize("Assembly and installation team", 100, FONT);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(measureText(cut, FONT)).toBeLessThanOrEqual(100);
    expect(ellipsize("🎉🎉🎉🎉🎉🎉🎉🎉", 50, FONT)).toMatch(/^(🎉)+…$/u);
  });
});

describe("escapeXml", () => {
  it("escapes the five XML specials and replaces characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
    expect(escapeXml("ok\u0000\u0008\t\n🎉\uD800x\uFFFF")).toBe("ok\t\n🎉x");
    expect(escapeXml("plain")).toBe("plain");
  });
});
