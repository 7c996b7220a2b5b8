/** Points per millimetre: PDF's unit is 1/72 inch. */
const MM = 72 / 25.4;

/** The paper a map is printed on, short side first, in points: ISO 216 A sizes and the ANSI ones. */
export const PAGE_SIZES = {
  A4: { width: 210 * MM, height: 297 * MM },
  A3: { width: 297 * MM, height: 420 * MM },
  A2: { width: 420 * MM, height: 594 * MM },
  A1: { width: 594 * MM, height: 841 * MM },
  A0: { width: 841 * MM, height: 1189 * MM },
  Letter: { width: 612, height: 792 },
  Tabloid: { width: 792, height: 1224 },
} as const satisfies Record<string, { width: number; height: number }>;

export type PageSizeName = keyof typeof PAGE_SIZES;
export const PAGE_SIZE_NAMES = Object.keys(PAGE_SIZES) as PageSizeName[];

export type PageOrientation = "auto" | "portrait" | "landscape";

/**
 * White space kept free on every side: 10 mm clears the unprintable edge of office and plotter
 * printers alike, and the drawing already has its own margin inside.
 */
export const PAGE_MARGIN = 10 * MM;

export function isPageSizeName(value: string): value is PageSizeName {
  return Object.hasOwn(PAGE_SIZES, value);
}

/** Where the drawing goes on the page: the page's size and the drawing's uniform scale and offset. */
export interface PagePlacement {
  orientation: "portrait" | "landscape";
  pageWidth: number;
  pageHeight: number;
  /** Points per SVG user unit. */
  scale: number;
  /** The drawing's top-left corner, in points from the page's top-left corner. */
  left: number;
  top: number;
}

function placeOn(
  orientation: "portrait" | "landscape",
  size: { width: number; height: number },
  width: number,
  height: number,
  margin: number,
): PagePlacement {
  const short = Math.min(size.width, size.height);
  const long = Math.max(size.width, size.height);
  const pageWidth = orientation === "portrait" ? short : long;
  const pageHeight = orientation === "portrait" ? long : short;
  const scale = Math.min((pageWidth - 2 * margin) / width, (pageHeight - 2 * margin) / height);
  return {
    orientation,
    pageWidth,
    pageHeight,
    scale,
    left: (pageWidth - width * scale) / 2,
    top: (pageHeight - height * scale) / 2,
  };
}

/**
 * A `width` × `height` drawing scaled uniformly to fit the page inside `margin`, centred. "auto"
 * takes the orientation in which the drawing comes out larger (landscape when both are equal, as a
 * journey map is wider than tall).
 */
export function placeOnPage(
  width: number,
  height: number,
  pageSize: PageSizeName,
  orientation: PageOrientation,
  margin = PAGE_MARGIN,
): PagePlacement {
  const size = PAGE_SIZES[pageSize];
  const safeWidth = Math.max(width, 1);
  const safeHeight = Math.max(height, 1);
  if (orientation !== "auto") return placeOn(orientation, size, safeWidth, safeHeight, margin);
  const landscape = placeOn("landscape", size, safeWidth, safeHeight, margin);
  const portrait = placeOn("portrait", size, safeWidth, safeHeight, margin);
  return portrait.scale > landscape.scale ? portrait : landscape;
}
