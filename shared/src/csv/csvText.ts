/**
 * A CSV document that spreadsheets open cleanly (RFC 4180, with the habits of Excel, LibreOffice and
 * Numbers in mind). A cell is text or a number: only text is guarded against formula injection, so a
 * real number such as an emotion of `-2` stays a number the spreadsheet can sum and chart.
 */
export type CsvCell = string | number;

/**
 * Excel reads a CSV without a byte-order mark in the machine's legacy code page (Windows-1252 in
 * Sweden), which turns "å" into "Ã¥"; with the mark it reads UTF-8. LibreOffice and Numbers accept it.
 */
export const UTF8_BOM = "\uFEFF";

/** RFC 4180's record separator; Excel on every platform reads it, some tools misread a bare LF. */
const RECORD_END = "\r\n";

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `@SUM(…)`, a
 * DDE `-cmd|…`), so a pain point typed in a workshop could execute on a colleague's machine (OWASP,
 * "CSV Injection"). Tab and CR are on OWASP's list as well: a spreadsheet may drop them and then see `=`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP's fix: a leading apostrophe, which no spreadsheet reads as the start of a formula, so the cell
 * stays text. Some show the apostrophe; a visible `'` beats a formula running on someone's machine.
 */
function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Line breaks inside a cell as LF, the one Excel writes for Alt+Enter: a CR inside a quoted cell shows
 * as a stray character (or `_x000D_`) in some spreadsheets.
 */
function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function encodeCell(cell: CsvCell, separator: string): string {
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = normaliseLineBreaks(guardFormula(cell));
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole file as text: the BOM, then each row's cells joined by `separator`, each row ended by CRLF.
 * Cells holding the separator, a quote or a line break are quoted, their quotes doubled (RFC 4180 §2).
 */
export function csvDocument(rows: readonly (readonly CsvCell[])[], separator: string): string {
  return (
    UTF8_BOM + rows.map((row) => row.map((cell) => encodeCell(cell, separator)).join(separator) + RECORD_END).join("")
  );
}
