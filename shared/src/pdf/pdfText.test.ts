import { describe, expect, it } from "vitest";
import {
  decodeWinAnsi,
  encodeWinAnsi,
  parsePdfLiteral,
  pdfLiteral,
  pdfTextString,
  utf8Bytes,
  winAnsiWidth,
} from "./pdfText";

describe("WinAnsi text", () => {
  it("encodes Swedish letters and typographic punctuation to their WinAnsi codes and back", () => {
    const text = "åäö ÅÄÖ é – — “quoted” ‘single’ … € • ·";
    const codes = encodeWinAnsi(text);
    expect(codes.slice(0, 3)).toEqual([0xe5, 0xe4, 0xf6]);
    expect(codes).toContain(0x96); // en dash
    expect(codes).toContain(0x93); // left double quote
    expect(codes).toContain(0x85); // ellipsis
    expect(codes).toContain(0x80); // euro
    expect(decodeWinAnsi(codes)).toBe(text);
  });

  it("composes decomposed letters, so 'a' + combining ring prints as 'å'", () => {
    expect(decodeWinAnsi(encodeWinAnsi("A\u030Asa a\u0308r"))).toBe("Åsa är");
  });

  it("shows what it cannot encode as one '?' per character, and stand-ins where WinAnsi has a close one", () => {
    expect(decodeWinAnsi(encodeWinAnsi("ok 🎉 東京 ✓"))).toBe("ok ? ?? ?");
    expect(decodeWinAnsi(encodeWinAnsi("\u22122 a\u2009b zero\u200Bwidth"))).toBe("\u20132 a b zerowidth");
  });

  it("writes literal strings in printable ASCII that read back to the same codes", () => {
    const codes = encodeWinAnsi("(a) \\ b å\n");
    const literal = pdfLiteral(codes);
    expect(literal).toMatch(/^[\x20-\x7e]*$/);
    expect(literal).toBe("(\\(a\\) \\\\ b \\345)");
    expect(parsePdfLiteral(literal)).toEqual(codes);
  });

  it("measures with Helvetica's widths: centred labels stay centred", () => {
    // "Åsa": Å 667 + s 500 + a 556 = 1723/1000 em; bold: 722 + 556 + 556.
    expect(winAnsiWidth(encodeWinAnsi("Åsa"), 10, false)).toBeCloseTo(17.23, 6);
    expect(winAnsiWidth(encodeWinAnsi("Åsa"), 10, true)).toBeCloseTo(18.34, 6);
    expect(winAnsiWidth(encodeWinAnsi("ab"), 10, false, 1)).toBeCloseTo(13.12, 6);
  });

  it("writes document text strings as UTF-16BE, emoji as surrogate pairs", () => {
    expect(pdfTextString("Å🎉")).toBe("<FEFF00C5D83CDF89>");
    expect([...utf8Bytes("å🎉")]).toEqual([0xc3, 0xa5, 0xf0, 0x9f, 0x8e, 0x89]);
  });
});
