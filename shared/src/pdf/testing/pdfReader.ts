import { decodeWinAnsi, parsePdfLiteral } from "../pdfText";

/**
 * A reader for the tests: just enough PDF to check what `renderJourneyPdf` writes (uncompressed
 * objects, a classic xref table), and strict where a viewer would be lenient, so a wrong offset or
 * length fails a test instead of being repaired silently.
 */
export interface ParsedPdf {
  /** The file as 8-bit text. */
  text: string;
  /** Object number → its body, between `N 0 obj` and `endobj`. */
  objects: Map<number, string>;
  trailer: string;
}

export function latin1Text(bytes: Uint8Array): string {
  let text = "";
  for (let index = 0; index < bytes.length; index += 8192) {
    text += String.fromCharCode(...bytes.subarray(index, index + 8192));
  }
  return text;
}

export function parsePdf(bytes: Uint8Array): ParsedPdf {
  const text = latin1Text(bytes);
  if (!text.startsWith("%PDF-1.")) throw new Error("no %PDF- header");
  if (!text.endsWith("%%EOF\n")) throw new Error("does not end with %%EOF");
  const startxref = /startxref\n(\d+)\n%%EOF\n$/.exec(text);
  if (!startxref) throw new Error("no startxref");
  const xrefAt = Number(startxref[1]);
  if (!text.startsWith("xref\n", xrefAt)) throw new Error(`startxref ${xrefAt} does not point at the xref table`);
  const head = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt));
  if (!head) throw new Error("no xref subsection");
  const count = Number(head[1]);
  const entriesAt = xrefAt + head[0].length;
  const objects = new Map<number, string>();
  for (let number = 0; number < count; number++) {
    const entry = text.slice(entriesAt + number * 20, entriesAt + (number + 1) * 20);
    const match = /^(\d{10}) (\d{5}) ([nf]) \n$/.exec(entry);
    if (!match) throw new Error(`xref entry ${number} is not 20 bytes of the right form: ${JSON.stringify(entry)}`);
    if (number === 0) continue;
    const offset = Number(match[1]);
    const opening = `${number} 0 obj\n`;
    if (!text.startsWith(opening, offset))
      throw new Error(`xref entry ${number} (${offset}) does not point at "${number} 0 obj"`);
    const end = text.indexOf("\nendobj\n", offset);
    objects.set(number, text.slice(offset + opening.length, end));
  }
  const trailerAt = entriesAt + count * 20;
  const trailer = /^trailer\n(<<[\s\S]*?>>)\nstartxref/.exec(text.slice(trailerAt))?.[1];
  if (!trailer) throw new Error("no trailer right after the xref table");
  if (!trailer.includes(`/Size ${count} `)) throw new Error(`the trailer's /Size is not ${count}`);
  return { text, objects, trailer };
}

function objectBody(pdf: ParsedPdf, number: number): string {
  const body = pdf.objects.get(number);
  if (body === undefined) throw new Error(`no object ${number}`);
  return body;
}

/** The object a `/Key N 0 R` entry of `body` refers to. */
export function reference(body: string, key: string): number {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(body);
  if (!match) throw new Error(`no /${key} reference in ${body.slice(0, 200)}`);
  return Number(match[1]);
}

/** A stream's dictionary and data, cut by its /Length (the data must be followed by endstream). */
export function stream(pdf: ParsedPdf, number: number): { dictionary: string; data: string } {
  const body = objectBody(pdf, number);
  const match = /^(<<[\s\S]*?>>)\nstream\n/.exec(body);
  const length = /\/Length (\d+)/.exec(body);
  if (!match || !length) throw new Error(`object ${number} is not a stream`);
  const start = match[0].length;
  const data = body.slice(start, start + Number(length[1]));
  if (body.slice(start + data.length) !== "\nendstream") throw new Error(`object ${number}'s /Length is wrong`);
  return { dictionary: match[1] as string, data };
}

export function catalog(pdf: ParsedPdf): string {
  return objectBody(pdf, reference(pdf.trailer, "Root"));
}

export function info(pdf: ParsedPdf): string {
  return objectBody(pdf, reference(pdf.trailer, "Info"));
}

/** The one page: its MediaBox and content stream. */
export function page(pdf: ParsedPdf): { mediaBox: number[]; content: string; dictionary: string } {
  const pages = objectBody(pdf, reference(catalog(pdf), "Pages"));
  const kid = /\/Kids \[(\d+) 0 R\]/.exec(pages);
  if (!kid || !pages.includes("/Count 1")) throw new Error("not a single page");
  const dictionary = objectBody(pdf, Number(kid[1]));
  const box = /\/MediaBox \[([^\]]+)\]/.exec(dictionary)?.[1] ?? "";
  return {
    mediaBox: box.split(" ").map(Number),
    content: stream(pdf, reference(dictionary, "Contents")).data,
    dictionary,
  };
}

/** A document-information text string written as UTF-16BE hex with a byte order mark. */
export function textString(hex: string): string {
  const digits = hex.replace(/^<FEFF|>$/g, "");
  let out = "";
  for (let index = 0; index < digits.length; index += 4)
    out += String.fromCharCode(parseInt(digits.slice(index, index + 4), 16));
  return out;
}

export interface ShownText {
  text: string;
  font: string;
  size: number;
  x: number;
  y: number;
}

/** Every `Tj` in a content stream, decoded from WinAnsi, with the font and text matrix it was shown with. */
export function shownTexts(content: string): ShownText[] {
  const pattern =
    /BT \/(F\d) ([\d.]+) Tf(?: [-\d.]+ Tc)?(?: \d Tr)? 1 0 0 -1 ([-\d.]+) ([-\d.]+) Tm (\((?:\\.|[^\\)])*\)) Tj ET/g;
  return [...content.matchAll(pattern)].map((match) => ({
    font: match[1] as string,
    size: Number(match[2]),
    x: Number(match[3]),
    y: Number(match[4]),
    text: decodeWinAnsi(parsePdfLiteral(match[5] as string)),
  }));
}
