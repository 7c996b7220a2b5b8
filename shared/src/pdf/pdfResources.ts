import type { Matrix } from "./svgPaint";
import type { SvgElement } from "./svgTree";

/** A tiling pattern a fill asked for: the SVG `<pattern>` and where its tile sits on the page. */
export interface PatternUse {
  name: string;
  element: SvgElement;
  /** Pattern space to the page's default space: PDF places a pattern there, not in the current space. */
  matrix: Matrix;
  tileWidth: number;
  tileHeight: number;
}

/** The fonts, transparency states and patterns the drawing uses, named as its content streams call them. */
export class PdfResources {
  readonly fonts = new Set<"regular" | "bold">();
  private readonly states = new Map<string, { name: string; fill: number; stroke: number }>();
  private readonly patternsByKey = new Map<string, PatternUse>();

  static fontName(bold: boolean): string {
    return bold ? "F2" : "F1";
  }

  font(bold: boolean): string {
    this.fonts.add(bold ? "bold" : "regular");
    return PdfResources.fontName(bold);
  }

  /** The graphics state with these alphas (`ca` for fills and text, `CA` for strokes), shared by all who need it. */
  alpha(fill: number, stroke: number): string {
    const key = `${fill.toFixed(4)} ${stroke.toFixed(4)}`;
    let state = this.states.get(key);
    if (!state) {
      state = { name: `GS${this.states.size + 1}`, fill, stroke };
      this.states.set(key, state);
    }
    return state.name;
  }

  /** The pattern drawing `element` through `matrix`; one per place it is used from, as PDF ties a pattern to one matrix. */
  pattern(element: SvgElement, id: string, matrix: Matrix, tileWidth: number, tileHeight: number): string {
    const key = `${id} ${matrix.map((value) => value.toFixed(6)).join(" ")} ${tileWidth} ${tileHeight}`;
    let use = this.patternsByKey.get(key);
    if (!use) {
      use = { name: `P${this.patternsByKey.size + 1}`, element, matrix, tileWidth, tileHeight };
      this.patternsByKey.set(key, use);
    }
    return use.name;
  }

  alphaStates(): { name: string; fill: number; stroke: number }[] {
    return [...this.states.values()];
  }

  /** In the order first used; a pattern's own tile may add more while it is drawn, so read this again after. */
  patterns(): PatternUse[] {
    return [...this.patternsByKey.values()];
  }
}
