import { endAngle, endPoint, ellipsePath, parsePathData, polyPath, rectPath, type PathSegment } from "./pathGeometry";
import { pdfMatrix, pdfNumber as n } from "./pdfSyntax";
import type { PdfResources } from "./pdfResources";
import { pdfLiteral, winAnsiWidth } from "./pdfText";
import {
  IDENTITY,
  multiply,
  numberList,
  parseTransform,
  rotation,
  translation,
  type Matrix,
  type Paint,
} from "./svgPaint";
import { declarations, resolveStyle, type SvgStyle } from "./svgStyle";
import type { SvgElement } from "./svgTree";
import { textRuns } from "./svgText";

/** Elements that define things for others (or say things) and draw nothing where they stand. */
const NOT_DRAWN = new Set(["defs", "title", "desc", "metadata", "marker", "pattern", "clipPath", "style", "symbol"]);
const GROUPS = new Set(["g", "a", "switch", "svg"]);

function number(element: SvgElement, name: string, fallback = 0): number {
  const value = parseFloat(element.attributes.get(name) ?? "");
  return Number.isFinite(value) ? value : fallback;
}

/** The id a `url(#id)` names. */
function urlId(value: string | undefined): string | undefined {
  return value === undefined ? undefined : /url\(\s*['"]?#([^'")]+)['"]?\s*\)/.exec(value)?.[1];
}

/** The geometry of a basic shape or path; `undefined` for what SVG does not draw (a zero-size rect). */
export function shapeSegments(element: SvgElement): PathSegment[] | undefined {
  switch (element.name) {
    case "path":
      return parsePathData(element.attributes.get("d") ?? "");
    case "rect": {
      const width = number(element, "width");
      const height = number(element, "height");
      if (width <= 0 || height <= 0) return undefined;
      const rx = element.attributes.has("rx") ? number(element, "rx") : undefined;
      const ry = element.attributes.has("ry") ? number(element, "ry") : undefined;
      return rectPath(number(element, "x"), number(element, "y"), width, height, rx ?? ry ?? 0, ry ?? rx ?? 0);
    }
    case "circle": {
      const r = number(element, "r");
      return r > 0 ? ellipsePath(number(element, "cx"), number(element, "cy"), r, r) : undefined;
    }
    case "ellipse": {
      const rx = number(element, "rx");
      const ry = number(element, "ry");
      return rx > 0 && ry > 0 ? ellipsePath(number(element, "cx"), number(element, "cy"), rx, ry) : undefined;
    }
    case "line":
      return [
        { op: "M", x: number(element, "x1"), y: number(element, "y1") },
        { op: "L", x: number(element, "x2"), y: number(element, "y2") },
      ];
    case "polyline":
    case "polygon":
      return polyPath(numberList(element.attributes.get("points") ?? ""), element.name === "polygon");
    default:
      return undefined;
  }
}

function pathOperators(segments: readonly PathSegment[], matrix: Matrix = IDENTITY): string {
  const point = (x: number, y: number): string => {
    const [a, b, c, d, e, f] = matrix;
    return `${n(a * x + c * y + e)} ${n(b * x + d * y + f)}`;
  };
  return segments
    .map((segment) => {
      switch (segment.op) {
        case "M":
          return `${point(segment.x, segment.y)} m`;
        case "L":
          return `${point(segment.x, segment.y)} l`;
        case "C":
          return `${point(segment.x1, segment.y1)} ${point(segment.x2, segment.y2)} ${point(segment.x, segment.y)} c`;
        case "Z":
          return "h";
      }
      return "";
    })
    .join("\n");
}

function boundingBox(segments: readonly PathSegment[]): { x: number; y: number; width: number; height: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const segment of segments) {
    if (segment.op === "Z") continue;
    xs.push(segment.x);
    ys.push(segment.y);
    if (segment.op === "C") {
      xs.push(segment.x1, segment.x2);
      ys.push(segment.y1, segment.y2);
    }
  }
  const x = xs.length ? Math.min(...xs) : 0;
  const y = ys.length ? Math.min(...ys) : 0;
  return { x, y, width: (xs.length ? Math.max(...xs) : 0) - x, height: (ys.length ? Math.max(...ys) : 0) - y };
}

/**
 * Draws an SVG element tree as PDF content-stream operators, in the SVG's own coordinates (the
 * caller's `cm` flips and scales them onto the page). What it cannot draw it names in
 * `unsupported` instead of failing, so a future element in the renderer shows up in a test.
 */
export class SvgToPdf {
  private readonly out: string[] = [];
  readonly unsupported = new Set<string>();

  /**
   * `ctm`: the SVG's user space to the page's default space, for patterns, which PDF places there.
   * `rootStyle`: the document root's style, which markers and pattern tiles inherit (from where
   * they are defined, not from what uses them).
   */
  constructor(
    private readonly byId: ReadonlyMap<string, SvgElement>,
    readonly resources: PdfResources,
    private ctm: Matrix,
    private readonly rootStyle: SvgStyle,
  ) {}

  content(): string {
    return this.out.join("\n");
  }

  drawChildren(element: SvgElement, style: SvgStyle): void {
    for (const child of element.children) if (typeof child !== "string") this.drawElement(child, style);
  }

  private drawElement(element: SvgElement, parentStyle: SvgStyle): void {
    if (NOT_DRAWN.has(element.name)) return;
    const own = declarations(element);
    if (own.get("display") === "none") return;
    const style = resolveStyle(parentStyle, element);
    const isGroup = GROUPS.has(element.name);
    const segments = isGroup || element.name === "text" ? undefined : shapeSegments(element);
    if (!isGroup && element.name !== "text" && segments === undefined) {
      if (!/^(rect|circle|ellipse)$/.test(element.name)) this.unsupported.add(element.name);
      return;
    }
    const transform = element.attributes.get("transform");
    const clip = urlId(own.get("clip-path"));
    const isolated = transform !== undefined || clip !== undefined;
    const savedCtm = this.ctm;
    if (isolated) {
      this.out.push("q");
      if (transform !== undefined) this.concat(parseTransform(transform));
      if (clip !== undefined) this.clipTo(clip);
    }
    if (isGroup) this.drawChildren(element, style);
    else if (element.name === "text") this.drawText(element, style);
    else if (segments) this.drawShape(segments, style);
    if (isolated) {
      this.out.push("Q");
      this.ctm = savedCtm;
    }
  }

  private concat(matrix: Matrix): void {
    this.out.push(`${pdfMatrix(matrix)} cm`);
    this.ctm = multiply(this.ctm, matrix);
  }

  private clipTo(id: string): void {
    const clipPath = this.byId.get(id);
    if (!clipPath || clipPath.name !== "clipPath") return;
    if (clipPath.attributes.get("clipPathUnits") === "objectBoundingBox") this.unsupported.add("clipPathUnits");
    const outer = parseTransform(clipPath.attributes.get("transform"));
    const paths: string[] = [];
    for (const child of clipPath.children) {
      if (typeof child === "string") continue;
      const segments = shapeSegments(child);
      if (segments)
        paths.push(pathOperators(segments, multiply(outer, parseTransform(child.attributes.get("transform")))));
    }
    const evenOdd = declarations(clipPath).get("clip-rule") === "evenodd";
    // An empty clip path hides everything, as in SVG.
    this.out.push(paths.length ? paths.join("\n") : "0 0 0 0 re", evenOdd ? "W* n" : "W n");
  }

  /** Sets the fill colour (or pattern); false when there is nothing to fill with. */
  private setFill(paint: Paint, style: SvgStyle, box: () => ReturnType<typeof boundingBox>): boolean {
    if (paint.kind === "none") return false;
    if (paint.kind === "color") {
      this.out.push(`${n(paint.color.r)} ${n(paint.color.g)} ${n(paint.color.b)} rg`);
      return true;
    }
    const target = this.byId.get(paint.id);
    if (target?.name === "pattern") {
      const name = this.patternFor(target, paint.id, box);
      if (name) {
        this.out.push(`/Pattern cs /${name} scn`);
        return true;
      }
    } else this.unsupported.add(`paint:${target?.name ?? "missing"}`);
    if (!paint.fallback) return false;
    return this.setFill({ kind: "color", color: paint.fallback }, style, box);
  }

  private patternFor(pattern: SvgElement, id: string, box: () => ReturnType<typeof boundingBox>): string | undefined {
    const byBox = pattern.attributes.get("patternUnits") !== "userSpaceOnUse";
    const bounds = byBox ? box() : { x: 0, y: 0, width: 1, height: 1 };
    const x = bounds.x + number(pattern, "x") * bounds.width;
    const y = bounds.y + number(pattern, "y") * bounds.height;
    const width = number(pattern, "width") * (byBox ? bounds.width : 1);
    const height = number(pattern, "height") * (byBox ? bounds.height : 1);
    if (width <= 0 || height <= 0) return undefined;
    if (pattern.attributes.has("viewBox") || pattern.attributes.get("patternContentUnits") === "objectBoundingBox") {
      this.unsupported.add("pattern-content-units");
    }
    const matrix = multiply(
      multiply(this.ctm, parseTransform(pattern.attributes.get("patternTransform"))),
      translation(x, y),
    );
    return this.resources.pattern(pattern, id, matrix, width, height);
  }

  /** The transparency for this fill and stroke, when either is not opaque. */
  private setAlpha(style: SvgStyle, fillAlpha: number, strokeAlpha: number): void {
    const fill = style.fillOpacity * style.opacity * fillAlpha;
    const stroke = style.strokeOpacity * style.opacity * strokeAlpha;
    if (fill < 1 || stroke < 1) this.out.push(`/${this.resources.alpha(fill, stroke)} gs`);
  }

  private setStroke(style: SvgStyle): boolean {
    if (style.stroke.kind === "none" || style.strokeWidth <= 0) return false;
    const color = style.stroke.kind === "color" ? style.stroke.color : (style.stroke.fallback ?? undefined);
    if (!color) {
      this.unsupported.add("stroke:url");
      return false;
    }
    this.out.push(`${n(color.r)} ${n(color.g)} ${n(color.b)} RG ${n(style.strokeWidth)} w`);
    const cap = { butt: 0, round: 1, square: 2 }[style.lineCap];
    const join = { miter: 0, round: 1, bevel: 2 }[style.lineJoin];
    if (cap !== 0) this.out.push(`${cap} J`);
    if (join !== 0) this.out.push(`${join} j`);
    else this.out.push(`${n(style.miterLimit)} M`);
    if (style.dashArray)
      this.out.push(`[${style.dashArray.map((value) => n(value)).join(" ")}] ${n(style.dashOffset)} d`);
    return true;
  }

  private drawShape(segments: PathSegment[], style: SvgStyle): void {
    if (segments.length === 0) return;
    if (style.visible) {
      const fillAlpha = style.fill.kind === "color" ? style.fill.color.alpha : 1;
      const strokeAlpha = style.stroke.kind === "color" ? style.stroke.color.alpha : 1;
      this.out.push("q");
      this.setAlpha(style, fillAlpha, strokeAlpha);
      const fills = this.setFill(style.fill, style, () => boundingBox(segments));
      const strokes = this.setStroke(style);
      const evenOdd = style.fillRule === "evenodd";
      const paint = fills && strokes ? (evenOdd ? "B*" : "B") : fills ? (evenOdd ? "f*" : "f") : strokes ? "S" : "n";
      this.out.push(pathOperators(segments), paint, "Q");
    }
    if (style.markerEnd !== undefined) this.drawEndMarker(segments, style);
  }

  /** The `marker-end` at the path's last point, turned along its last direction when `orient` asks. */
  private drawEndMarker(segments: readonly PathSegment[], style: SvgStyle): void {
    const marker = this.byId.get(urlId(style.markerEnd) ?? "");
    const at = endPoint(segments);
    if (!marker || marker.name !== "marker" || !at) return;
    const orient = marker.attributes.get("orient") ?? "0";
    const angle = orient.startsWith("auto") ? ((endAngle(segments) ?? 0) * 180) / Math.PI : parseFloat(orient) || 0;
    const unit = marker.attributes.get("markerUnits") === "userSpaceOnUse" ? 1 : style.strokeWidth;
    const width = number(marker, "markerWidth", 3) * unit;
    const height = number(marker, "markerHeight", 3) * unit;
    const [vbX = 0, vbY = 0, vbWidth = width, vbHeight = height] = numberList(marker.attributes.get("viewBox") ?? "");
    // preserveAspectRatio's default, xMidYMid meet: one scale, the viewBox centred in the marker's box.
    const scale = Math.min(width / vbWidth, height / vbHeight);
    const viewBox: Matrix = [
      scale,
      0,
      0,
      scale,
      (width - vbWidth * scale) / 2 - vbX * scale,
      (height - vbHeight * scale) / 2 - vbY * scale,
    ];
    const refX = number(marker, "refX") * scale + viewBox[4];
    const refY = number(marker, "refY") * scale + viewBox[5];
    const savedCtm = this.ctm;
    this.out.push("q");
    this.concat(multiply(multiply(translation(at.x, at.y), rotation(angle)), translation(-refX, -refY)));
    if (marker.attributes.get("overflow") !== "visible") this.out.push(`0 0 ${n(width)} ${n(height)} re W n`);
    this.concat(viewBox);
    this.drawChildren(marker, resolveStyle(this.rootStyle, marker));
    this.out.push("Q");
    this.ctm = savedCtm;
  }

  private drawText(element: SvgElement, style: SvgStyle): void {
    for (const run of textRuns(element, style)) {
      const { codes } = run;
      if (codes.length === 0 || !run.style.visible) continue;
      const { fontSize, bold, letterSpacing } = run.style;
      const fills = run.style.fill.kind !== "none";
      const strokes = run.style.stroke.kind !== "none" && run.style.strokeWidth > 0;
      if (!fills && !strokes) continue;
      this.out.push("q");
      const fillAlpha = run.style.fill.kind === "color" ? run.style.fill.color.alpha : 1;
      const strokeAlpha = run.style.stroke.kind === "color" ? run.style.stroke.color.alpha : 1;
      this.setAlpha(run.style, fillAlpha, strokeAlpha);
      const width = winAnsiWidth(codes, fontSize, bold, letterSpacing);
      const filled =
        fills &&
        this.setFill(run.style.fill, run.style, () => ({ x: run.x, y: run.y - fontSize, width, height: fontSize }));
      const stroked = strokes && this.setStroke(run.style);
      const mode = filled && stroked ? 2 : stroked ? 1 : filled ? 0 : 3;
      // The SVG's y axis points down: the text matrix flips it back so the letters stand upright.
      this.out.push(
        `BT /${this.resources.font(bold)} ${n(fontSize)} Tf` +
          (letterSpacing !== 0 ? ` ${n(letterSpacing)} Tc` : "") +
          (mode !== 0 ? ` ${mode} Tr` : "") +
          ` 1 0 0 -1 ${n(run.x)} ${n(run.y)} Tm ${pdfLiteral(codes)} Tj ET`,
        "Q",
      );
    }
  }
}
