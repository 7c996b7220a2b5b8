import { glyphWidth } from "./helveticaMetrics";

/** WinAnsi's 0x80…0x9F, which Windows-1252 gives to typographic characters (0 where it is undefined). */
// prettier-ignore
const WIN_ANSI_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const FROM_UNICODE = new Map<number, number>();
WIN_ANSI_HIGH.forEach((code, index) => {
  if (code !== 0) FROM_UNICODE.set(code, 0x80 + index);
});

/**
 * Characters WinAnsi lacks but has a close stand-in for: the minus sign the emotion labels use
 * prints as an en dash (a hyphen would look too short beside "+"), the narrow and thin spaces as
 * spaces, the non-breaking hyphens as hyphens.
 */
const STAND_INS: ReadonlyMap<number, number> = new Map([
  [0x2212, 0x96],
  [0x2010, 0x2d],
  [0x2011, 0x2d],
  [0x2012, 0x96],
  [0x2015, 0x97],
  [0x2032, 0x27],
  [0x2033, 0x22],
  [0x2044, 0x2f],
  [0x2007, 0x20],
  [0x2008, 0x20],
  [0x2009, 0x20],
  [0x200a, 0x20],
  [0x202f, 0xa0],
  [0x205f, 0x20],
  [0x3000, 0x20],
]);

/** What the code for a character WinAnsi cannot show is: a visible sign that something is missing. */
export const MISSING_CHARACTER = 0x3f; // "?"

/** Code points that draw nothing by themselves: dropped rather than shown as "?". */
function drawsNothing(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) || // combining marks NFC could not join to their letter
    (code >= 0x200b && code <= 0x200f) || // zero-width spaces, joiners, direction marks
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    code === 0xfeff ||
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0)
  );
}

function winAnsiCode(code: number): number | undefined {
  if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff)) return code;
  const mapped = FROM_UNICODE.get(code) ?? STAND_INS.get(code);
  if (mapped !== undefined) return mapped;
  return drawsNothing(code) ? undefined : MISSING_CHARACTER;
}

/**
 * `text` as WinAnsi codes, the encoding of the standard Helvetica fonts: composed first (NFC), so a
 * decomposed "a" + ring prints as "å"; what WinAnsi lacks becomes its stand-in or one "?" per
 * character (an emoji is one "?", not two).
 */
export function encodeWinAnsi(text: string): number[] {
  const codes: number[] = [];
  for (const char of text.normalize("NFC")) {
    const code = winAnsiCode(char.codePointAt(0) ?? MISSING_CHARACTER);
    if (code !== undefined) codes.push(code);
  }
  return codes;
}

/** The text WinAnsi `codes` stand for: what a PDF reader extracts from them. */
export function decodeWinAnsi(codes: Iterable<number>): string {
  let out = "";
  for (const code of codes) {
    const high = code >= 0x80 && code < 0xa0 ? WIN_ANSI_HIGH[code - 0x80] : code;
    out += String.fromCharCode(high === undefined || high === 0 ? 0xfffd : high);
  }
  return out;
}

/**
 * Width of `codes` set in Helvetica (or Helvetica-Bold) at `size`, with `letterSpacing` after each
 * character as SVG adds it: what `text-anchor` middle and end need to place the text.
 */
export function winAnsiWidth(codes: readonly number[], size: number, bold: boolean, letterSpacing = 0): number {
  let total = 0;
  for (const code of codes) total += glyphWidth(code, bold);
  return (total / 1000) * size + letterSpacing * codes.length;
}

/**
 * A PDF literal string of 8-bit codes, kept to printable ASCII: the delimiters and backslash
 * escaped, everything outside 0x20…0x7E as an octal escape, so the content stream stays ASCII text.
 */
export function pdfLiteral(codes: readonly number[]): string {
  let out = "(";
  for (const code of codes) {
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code >= 0x20 && code < 0x7f) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, "0")}`;
  }
  return `${out})`;
}

/** The codes a PDF literal string (as `pdfLiteral` writes them, or with any standard escape) holds. */
export function parsePdfLiteral(literal: string): number[] {
  const body = literal.startsWith("(") && literal.endsWith(")") ? literal.slice(1, -1) : literal;
  const codes: number[] = [];
  const named: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let index = 0; index < body.length; index++) {
    const char = body[index] as string;
    if (char !== "\\") {
      codes.push(char.charCodeAt(0));
      continue;
    }
    const next = body[index + 1] ?? "";
    const octal = /^[0-7]{1,3}/.exec(body.slice(index + 1, index + 4));
    if (octal) {
      codes.push(parseInt(octal[0], 8) & 0xff);
      index += octal[0].length;
    } else {
      codes.push(named[next] ?? next.charCodeAt(0));
      index++;
    }
  }
  return codes;
}

/**
 * A PDF text string (document information, file names) for any Unicode text: UTF-16BE with a byte
 * order mark, written as a hex string so it needs no escaping.
 */
export function pdfTextString(text: string): string {
  let hex = "<FEFF";
  for (let index = 0; index < text.length; index++) {
    hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0");
  }
  return `${hex}>`;
}

/** UTF-8 bytes of `text`; lone surrogates become U+FFFD. Shared has neither DOM nor Node types for TextEncoder. */
export function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) ?? 0xfffd;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
  }
  return Uint8Array.from(bytes);
}
