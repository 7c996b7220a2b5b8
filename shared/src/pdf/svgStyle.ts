import type { SvgElement } from "./svgTree";
import { numberList, parseColor, parsePaint, type Paint, type Rgb } from "./svgPaint";

/** The SVG painting properties a drawn element ends up with: its own, else its parent's, else SVG's initial value. */
export interface SvgStyle {
  fill: Paint;
  stroke: Paint;
  fillOpacity: number;
  strokeOpacity: number;
  /** `opacity` of the element and its groups, multiplied: applied to fill and stroke alike (see svgToPdf). */
  opacity: number;
  fillRule: "nonzero" | "evenodd";
  strokeWidth: number;
  dashArray: number[] | undefined;
  dashOffset: number;
  lineCap: "butt" | "round" | "square";
  lineJoin: "miter" | "round" | "bevel";
  miterLimit: number;
  color: Rgb;
  fontSize: number;
  bold: boolean;
  textAnchor: "start" | "middle" | "end";
  letterSpacing: number;
  markerEnd: string | undefined;
  visible: boolean;
}

const BLACK: Rgb = { r: 0, g: 0, b: 0, alpha: 1 };

export const INITIAL_STYLE: SvgStyle = {
  fill: { kind: "color", color: BLACK },
  stroke: { kind: "none" },
  fillOpacity: 1,
  strokeOpacity: 1,
  opacity: 1,
  fillRule: "nonzero",
  strokeWidth: 1,
  dashArray: undefined,
  dashOffset: 0,
  lineCap: "butt",
  lineJoin: "miter",
  miterLimit: 4,
  color: BLACK,
  fontSize: 16,
  bold: false,
  textAnchor: "start",
  letterSpacing: 0,
  markerEnd: undefined,
  visible: true,
};

/** An element's presentation attributes, with a `style` attribute's declarations over them (as CSS ranks them). */
export function declarations(element: SvgElement): ReadonlyMap<string, string> {
  const style = element.attributes.get("style");
  if (style === undefined) return element.attributes;
  const merged = new Map(element.attributes);
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon > 0) merged.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
  }
  return merged;
}

function opacityValue(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = text.trim().endsWith("%") ? parseFloat(text) / 100 : parseFloat(text);
  return Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : fallback;
}

function lengthValue(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = parseFloat(text);
  return Number.isFinite(value) ? value : fallback;
}

function isBold(weight: string): boolean {
  if (weight === "bold" || weight === "bolder") return true;
  const numeric = Number(weight);
  // Helvetica has two weights: semi-bold (600) prints bold, as browsers draw it with a two-weight font.
  return Number.isFinite(numeric) && numeric >= 600;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** `element`'s style inside `parent`'s. */
export function resolveStyle(parent: SvgStyle, element: SvgElement): SvgStyle {
  const own = declarations(element);
  const get = (name: string): string | undefined => {
    const value = own.get(name);
    return value === undefined || value === "inherit" ? undefined : value;
  };
  const color = parseColor(get("color") ?? "") ?? parent.color;
  const fill = get("fill");
  const stroke = get("stroke");
  const dash = get("stroke-dasharray");
  let dashArray = parent.dashArray;
  if (dash !== undefined) {
    const values = numberList(dash);
    const usable = dash.trim() !== "none" && values.length > 0 && values.every((value) => value >= 0);
    // An odd list repeats to make it even; all zeros draws solid.
    dashArray =
      usable && values.some((value) => value > 0) ? (values.length % 2 ? [...values, ...values] : values) : undefined;
  }
  const weight = get("font-weight");
  const spacing = get("letter-spacing");
  const markerEnd = get("marker-end");
  return {
    fill: (fill === undefined ? undefined : parsePaint(fill, color)) ?? parent.fill,
    stroke: (stroke === undefined ? undefined : parsePaint(stroke, color)) ?? parent.stroke,
    fillOpacity: opacityValue(get("fill-opacity"), parent.fillOpacity),
    strokeOpacity: opacityValue(get("stroke-opacity"), parent.strokeOpacity),
    opacity: parent.opacity * opacityValue(get("opacity"), 1),
    fillRule: oneOf(get("fill-rule"), ["nonzero", "evenodd"], parent.fillRule),
    strokeWidth: Math.max(0, lengthValue(get("stroke-width"), parent.strokeWidth)),
    dashArray,
    dashOffset: lengthValue(get("stroke-dashoffset"), parent.dashOffset),
    lineCap: oneOf(get("stroke-linecap"), ["butt", "round", "square"], parent.lineCap),
    lineJoin: oneOf(get("stroke-linejoin"), ["miter", "round", "bevel"], parent.lineJoin),
    miterLimit: Math.max(1, lengthValue(get("stroke-miterlimit"), parent.miterLimit)),
    color,
    fontSize: Math.max(0, lengthValue(get("font-size"), parent.fontSize)),
    bold: weight === undefined ? parent.bold : isBold(weight.trim()),
    textAnchor: oneOf(get("text-anchor"), ["start", "middle", "end"], parent.textAnchor),
    letterSpacing: spacing === undefined ? parent.letterSpacing : spacing === "normal" ? 0 : lengthValue(spacing, 0),
    markerEnd: markerEnd === undefined ? parent.markerEnd : markerEnd === "none" ? undefined : markerEnd,
    visible: get("visibility") === undefined ? parent.visible : get("visibility") === "visible",
  };
}
