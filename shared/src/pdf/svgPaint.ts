/** An affine map [a b c d e f]: (x, y) → (a·x + c·y + e, b·x + d·y + f), as SVG and PDF both write it. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` after `inner`: what PDF's `cm` makes of the current matrix `outer` and the operand `inner`. */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

export function applyMatrix(matrix: Matrix, x: number, y: number): { x: number; y: number } {
  const [a, b, c, d, e, f] = matrix;
  return { x: a * x + c * y + e, y: b * x + d * y + f };
}

export function translation(x: number, y: number): Matrix {
  return [1, 0, 0, 1, x, y];
}

export function rotation(degrees: number): Matrix {
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  return [cos, sin, -sin, cos, 0, 0];
}

/** Numbers in an SVG list: separated by spaces and/or commas, "1-2" and "1.5.5" included. */
export function numberList(text: string): number[] {
  return (text.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number);
}

/** An SVG `transform` list as one matrix; an unknown function is skipped, as browsers do. */
export function parseTransform(text: string | undefined): Matrix {
  let matrix = IDENTITY;
  if (text === undefined) return matrix;
  for (const match of text.matchAll(/(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)/g)) {
    const args = numberList(match[2] ?? "");
    const [p = 0, q, r, s, t, u] = args;
    let step: Matrix = IDENTITY;
    switch (match[1]) {
      case "matrix":
        if (args.length === 6) step = [p, q ?? 0, r ?? 0, s ?? 1, t ?? 0, u ?? 0];
        break;
      case "translate":
        step = translation(p, q ?? 0);
        break;
      case "scale":
        step = [p, 0, 0, q ?? p, 0, 0];
        break;
      case "rotate":
        step =
          q === undefined
            ? rotation(p)
            : multiply(multiply(translation(q, r ?? 0), rotation(p)), translation(-q, -(r ?? 0)));
        break;
      case "skewX":
        step = [1, 0, Math.tan((p * Math.PI) / 180), 1, 0, 0];
        break;
      case "skewY":
        step = [1, Math.tan((p * Math.PI) / 180), 0, 1, 0, 0];
        break;
    }
    matrix = multiply(matrix, step);
  }
  return matrix;
}

/** A solid colour, 0…1 per channel, and the alpha it carried (`#RRGGBBAA`, `rgba()`). */
export interface Rgb {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

/** A fill or stroke: nothing, a colour, or a reference to a pattern (or anything else by id). */
export type Paint = { kind: "none" } | { kind: "color"; color: Rgb } | { kind: "url"; id: string; fallback?: Rgb };

const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  yellow: "#FFFF00",
  orange: "#FFA500",
};

function channel(text: string): number {
  const value = text.trim();
  const number = parseFloat(value);
  if (!Number.isFinite(number)) return 0;
  return Math.max(0, Math.min(1, value.endsWith("%") ? number / 100 : number / 255));
}

/** A CSS colour as SVG writes it: `#RGB`, `#RGBA`, `#RRGGBB`, `#RRGGBBAA`, `rgb()`, `rgba()`, a few names. */
export function parseColor(text: string): Rgb | undefined {
  const value = (NAMED_COLORS[text.trim().toLowerCase()] ?? text).trim();
  const hex = /^#([0-9a-fA-F]{3,8})$/.exec(value)?.[1];
  if (hex !== undefined && hex.length !== 5 && hex.length !== 7) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join("") : hex;
    const part = (at: number) => parseInt(full.slice(at, at + 2), 16) / 255;
    return { r: part(0), g: part(2), b: part(4), alpha: full.length === 8 ? part(6) : 1 };
  }
  const functional = /^rgba?\(([^)]*)\)$/i.exec(value)?.[1];
  if (functional !== undefined) {
    const [r = "0", g = "0", b = "0", a] = functional.split(/[\s,/]+/).filter((part) => part !== "");
    const alpha = a === undefined ? 1 : a.endsWith("%") ? parseFloat(a) / 100 : parseFloat(a);
    return { r: channel(r), g: channel(g), b: channel(b), alpha: Number.isFinite(alpha) ? alpha : 1 };
  }
  return undefined;
}

/** A `fill` or `stroke` value; `undefined` when it is not one SVG knows (the property then inherits). */
export function parsePaint(text: string, currentColor: Rgb): Paint | undefined {
  const value = text.trim();
  if (value === "none" || value === "transparent") return { kind: "none" };
  if (value === "currentColor") return { kind: "color", color: currentColor };
  const url = /^url\(\s*['"]?#([^'")]+)['"]?\s*\)\s*(.*)$/.exec(value);
  if (url) {
    const fallback = url[2] ? parseColor(url[2]) : undefined;
    return fallback ? { kind: "url", id: url[1] as string, fallback } : { kind: "url", id: url[1] as string };
  }
  const color = parseColor(value);
  return color ? { kind: "color", color } : undefined;
}
