import type { Matrix } from "./svgPaint";

/**
 * A number as PDF writes it: no exponent (PDF has none), at most `decimals` places, no trailing
 * zeros and never "-0", so the same drawing always prints the same bytes.
 */
export function pdfNumber(value: number, decimals = 3): string {
  if (!Number.isFinite(value)) return "0";
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  if (rounded === 0) return "0";
  const text = rounded.toFixed(decimals);
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** A matrix's six operands: finer for the scale and rotation, whose error grows with the page. */
export function pdfMatrix(matrix: Matrix): string {
  return matrix.map((value, index) => pdfNumber(value, index < 4 ? 6 : 3)).join(" ");
}
