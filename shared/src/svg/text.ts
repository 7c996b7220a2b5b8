/**
 * Text width estimates for wrapping and ellipsizing without a DOM. Widths are Helvetica/Arial's
 * advance widths (per mille of the font size) for printable ASCII, raised by 8 % for Inter and Segoe
 * UI, which set wider: the estimate errs on the wide side, so text is cut early rather than overflow.
 */
// prettier-ignore
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 584, // p … ~
];
const FONT_FACTOR = 1.08;
const BOLD_FACTOR = 1.06;
export const ELLIPSIS = "\u2026";

/** Width of one code point in em/1000, by character class beyond ASCII. */
function codePointWidth(code: number): number {
  if (code >= 0x20 && code < 0x7f) return ASCII_WIDTHS[code - 0x20] as number;
  if (code < 0x20 || code === 0x7f) return 0;
  // Combining marks, zero-width joiners and variation selectors add nothing by themselves.
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) {
    return 0;
  }
  if (code >= 0x1f000) return 1250; // emoji and pictographs draw wide
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0x2600 && code <= 0x27bf)
  ) {
    return 1000; // CJK, Hangul, full-width forms, dingbats
  }
  if (code === 0x2026) return 1000;
  if (code === 0x2013 || code === 0x2212) return 584;
  if (code === 0x2014) return 1000;
  return 600; // Latin with diacritics, Greek, Cyrillic and the rest: about a lower-case letter and a bit
}

export interface FontSpec {
  size: number;
  bold?: boolean;
}

function scale(font: FontSpec): number {
  return (font.size / 1000) * FONT_FACTOR * (font.bold ? BOLD_FACTOR : 1);
}

/** Estimated rendered width of `text` in user units. Deterministic: no fonts, no DOM. */
export function measureText(text: string, font: FontSpec): number {
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        index++;
      }
    }
    total += codePointWidth(code);
  }
  return total * scale(font);
}

/** Runs of whitespace (line breaks included) as single spaces, trimmed: a card shows one paragraph. */
export function collapseWhitespace(text: string): string {
  return /\s{2,}|[\t\n\r]|^\s|\s$/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/**
 * The longest prefix of `text` that fits `maxWidth`, cut between code points (never inside a
 * surrogate pair), with "…" appended when anything was cut.
 */
export function ellipsize(text: string, maxWidth: number, font: FontSpec): string {
  if (measureText(text, font) <= maxWidth) return text;
  const factor = scale(font);
  const budget = maxWidth / factor - codePointWidth(0x2026);
  let used = 0;
  let cut = 0;
  for (const char of text) {
    const width = codePointWidth(char.codePointAt(0) as number);
    if (used + width > budget) break;
    used += width;
    cut += char.length;
  }
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/** Splits a word too wide for a line at the last code point that fits (at least one code point). */
function splitWord(word: string, maxWidth: number, font: FontSpec): [string, string] {
  const budget = maxWidth / scale(font);
  let used = 0;
  let cut = 0;
  for (const char of word) {
    const width = codePointWidth(char.codePointAt(0) as number);
    if (cut > 0 && used + width > budget) break;
    used += width;
    cut += char.length;
  }
  return [word.slice(0, cut), word.slice(cut)];
}

/**
 * `text` wrapped greedily at spaces into at most `maxLines` lines of at most `maxWidth`; a word
 * wider than a line is broken; whatever does not fit in the last line is ellipsized. Returns at
 * least one line (possibly empty). Linear in the text's length.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines = 2): string[] {
  const words = collapseWhitespace(text).split(" ");
  const spaceWidth = measureText(" ", font);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (lines.length === maxLines - 1) {
      // The last line takes the rest and is cut with an ellipsis.
      const rest = [line, ...words.slice(index)].filter((part) => part !== "").join(" ");
      lines.push(ellipsize(rest, maxWidth, font));
      return lines;
    }
    const wordWidth = measureText(word, font);
    if (line !== "" && lineWidth + spaceWidth + wordWidth <= maxWidth) {
      line += ` ${word}`;
      lineWidth += spaceWidth + wordWidth;
      continue;
    }
    if (line !== "") {
      lines.push(line);
      line = "";
      lineWidth = 0;
      index--; // this word starts the next line (and may be the last line's start)
      continue;
    }
    if (wordWidth > maxWidth) {
      const [head, tail] = splitWord(word, maxWidth, font);
      lines.push(head);
      words[index] = tail;
      index--;
      continue;
    }
    line = word;
    lineWidth = wordWidth;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
