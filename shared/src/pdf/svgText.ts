import { encodeWinAnsi, winAnsiWidth } from "./pdfText";
import { numberList } from "./svgPaint";
import { resolveStyle, type SvgStyle } from "./svgStyle";
import type { SvgElement } from "./svgTree";

/** One stretch of text in one style, placed: its baseline starts at (x, y). */
export interface TextRun {
  text: string;
  /** `text` in WinAnsi, as it will be shown and measured. */
  codes: number[];
  x: number;
  y: number;
  style: SvgStyle;
}

interface Piece {
  text: string;
  style: SvgStyle;
  x?: number;
  y?: number;
  dx: number;
  dy: number;
}

function first(element: SvgElement, name: string): number | undefined {
  const value = element.attributes.get(name);
  return value === undefined ? undefined : numberList(value)[0];
}

function collectPieces(element: SvgElement, style: SvgStyle, pieces: Piece[]): void {
  let position: Omit<Piece, "text" | "style"> | undefined = {
    x: first(element, "x"),
    y: first(element, "y"),
    dx: first(element, "dx") ?? 0,
    dy: first(element, "dy") ?? 0,
  };
  for (const child of element.children) {
    if (typeof child === "string") {
      pieces.push({ text: child, style, ...(position ?? { dx: 0, dy: 0 }) });
      position = undefined;
    } else if (child.name === "tspan" && child.attributes.get("display") !== "none") {
      if (position && (position.x !== undefined || position.y !== undefined || position.dx || position.dy)) {
        // The parent's own position applies before its first child, even an element one.
        pieces.push({ text: "", style, ...position });
      }
      position = undefined;
      collectPieces(child, resolveStyle(style, child), pieces);
    }
  }
}

/**
 * SVG's default white-space handling (`xml:space` default): line breaks go, tabs become spaces,
 * runs of spaces collapse to one across the pieces, and the text loses its leading and trailing space.
 */
function collapseSpaces(pieces: Piece[]): void {
  let afterSpace = true;
  for (const piece of pieces) {
    let text = piece.text
      .replace(/[\r\n]/g, "")
      .replace(/\t/g, " ")
      .replace(/ {2,}/g, " ");
    if (afterSpace && text.startsWith(" ")) text = text.slice(1);
    if (text !== "") afterSpace = text.endsWith(" ");
    piece.text = text;
  }
  for (let index = pieces.length - 1; index >= 0; index--) {
    const piece = pieces[index] as Piece;
    if (piece.text === "") continue;
    piece.text = piece.text.replace(/ $/, "");
    break;
  }
}

/**
 * A `<text>` element's runs, placed as SVG places them: each starting where the previous one
 * ended, a new chunk wherever a `tspan` sets x or y, and each chunk moved for its `text-anchor`
 * by its width in Helvetica's metrics, the font the PDF draws it in.
 */
export function textRuns(element: SvgElement, style: SvgStyle): TextRun[] {
  const pieces: Piece[] = [];
  collectPieces(element, style, pieces);
  collapseSpaces(pieces);
  const runs: TextRun[] = [];
  let chunk: { runs: TextRun[]; width: number; anchor: SvgStyle["textAnchor"] } | undefined;
  const closeChunk = (): void => {
    if (!chunk) return;
    const shift = chunk.anchor === "middle" ? chunk.width / 2 : chunk.anchor === "end" ? chunk.width : 0;
    for (const run of chunk.runs) run.x -= shift;
    chunk = undefined;
  };
  let x = 0;
  let y = 0;
  for (const piece of pieces) {
    if (piece.x !== undefined || piece.y !== undefined || !chunk) {
      closeChunk();
      chunk = { runs: [], width: 0, anchor: piece.style.textAnchor };
    }
    x = (piece.x ?? x) + piece.dx;
    y = (piece.y ?? y) + piece.dy;
    if (piece.text === "") continue;
    const codes = encodeWinAnsi(piece.text);
    const width = winAnsiWidth(codes, piece.style.fontSize, piece.style.bold, piece.style.letterSpacing);
    const run = { text: piece.text, codes, x, y, style: piece.style };
    chunk.runs.push(run);
    runs.push(run);
    chunk.width += width;
    x += width;
  }
  closeChunk();
  return runs;
}
