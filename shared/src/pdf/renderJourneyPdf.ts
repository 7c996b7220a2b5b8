import type { Locale } from "../catalogue/locale";
import type { JourneyMap } from "../format/journeyMap";
import { canonicalJourney, exportJourney } from "../io/exportJourney";
import { renderJourneySvg } from "../svg/renderJourneySvg";
import type { ValidationIssue } from "../validation/report";
import { PdfDocument } from "./pdfDocument";
import { PdfResources } from "./pdfResources";
import { pdfMatrix, pdfNumber as n } from "./pdfSyntax";
import { pdfTextString, utf8Bytes } from "./pdfText";
import { placeOnPage, type PageOrientation, type PageSizeName, type PagePlacement } from "./pageSizes";
import { IDENTITY, multiply, numberList, type Matrix } from "./svgPaint";
import { INITIAL_STYLE, resolveStyle } from "./svgStyle";
import { SvgToPdf } from "./svgToPdf";
import { elementsById, parseSvg, textContent, type SvgElement } from "./svgTree";

export interface RenderJourneyPdfOptions {
  /** Language of every label the export adds, as for the SVG. Default "en". */
  locale?: Locale;
  /** Validation issues to mark on the cards and count in the header (from `validateJourney`). */
  issues?: ValidationIssue[];
  /** The paper. Default A3, the smallest a workshop reads on the wall. */
  pageSize?: PageSizeName;
  /** Default "auto": whichever orientation prints the map larger. */
  orientation?: PageOrientation;
  /** Attach the journey JSON (comments left out, as in the SVG), so the PDF can be traced back to its map. Default true. */
  embedJson?: boolean;
}

export interface SvgToPdfOptions {
  pageSize: PageSizeName;
  orientation: PageOrientation;
  /** A file carried inside the PDF (its attachments panel lists it). */
  attachment?: { name: string; description: string; mimeType: string; bytes: Uint8Array };
}

/** The drawing's size in user units and the matrix from its viewBox to them. */
function viewBoxOf(svg: SvgElement): { width: number; height: number; matrix: Matrix } {
  const [minX = 0, minY = 0, boxWidth, boxHeight] = numberList(svg.attributes.get("viewBox") ?? "");
  const width = parseFloat(svg.attributes.get("width") ?? "") || boxWidth || 300;
  const height = parseFloat(svg.attributes.get("height") ?? "") || boxHeight || 150;
  if (boxWidth === undefined || boxHeight === undefined || boxWidth <= 0 || boxHeight <= 0) {
    return { width, height, matrix: IDENTITY };
  }
  // The renderer's viewBox always matches its size; another's is scaled uniformly and centred (xMidYMid meet).
  const scale = Math.min(width / boxWidth, height / boxHeight);
  const matrix: Matrix = [
    scale,
    0,
    0,
    scale,
    (width - boxWidth * scale) / 2 - minX * scale,
    (height - boxHeight * scale) / 2 - minY * scale,
  ];
  return { width, height, matrix };
}

/** A file name PDF byte strings can hold: ASCII letters, digits and dashes. */
function asciiName(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return base === "" ? "journey-map" : base;
}

/** The page as SVG user space to PDF points: scaled, centred, and the y axis turned to point up. */
function pageMatrix({ scale, left, top, pageHeight }: PagePlacement): Matrix {
  return [scale, 0, 0, -scale, left, pageHeight - top];
}

/**
 * A one-page vector PDF of an SVG drawing as `renderJourneySvg` writes it (shapes, paths, text,
 * markers, patterns, clip paths, transforms, opacity), fitted to the page. Text stays text, in the
 * standard Helvetica fonts, so it is selectable and searchable. The file's Title is the SVG's
 * `<title>`. Elements it cannot draw are skipped; `unsupported` names them.
 */
export function svgToPdf(
  svgText: string,
  options: SvgToPdfOptions,
): { bytes: Uint8Array<ArrayBuffer>; unsupported: string[] } {
  const svg = parseSvg(svgText);
  const byId = elementsById(svg);
  const { width, height, matrix: viewBox } = viewBoxOf(svg);
  const placement = placeOnPage(width, height, options.pageSize, options.orientation);
  const toPage = pageMatrix(placement);
  const resources = new PdfResources();
  const rootStyle = resolveStyle(INITIAL_STYLE, svg);
  const page = new SvgToPdf(byId, resources, multiply(toPage, viewBox), rootStyle);
  page.drawChildren(svg, rootStyle);
  // The SVG's viewport clips what lies outside it; so does the page.
  const content =
    `q\n${pdfMatrix(toPage)} cm\n0 0 ${n(width)} ${n(height)} re W n\n` +
    (viewBox === IDENTITY ? "" : `${pdfMatrix(viewBox)} cm\n`) +
    `${page.content()}\nQ\n`;

  const document = new PdfDocument();
  const catalog = document.reserve();
  const pages = document.reserve();
  const pageObject = document.reserve();
  const resourcesObject = document.reserve();
  const contentObject = document.add({ entries: "", stream: content });

  const patternObjects: string[] = [];
  const unsupported = new Set(page.unsupported);
  // A tile may use further patterns while it is drawn: go on until every one asked for is written.
  for (let index = 0; index < resources.patterns().length; index++) {
    const use = resources.patterns()[index];
    if (!use) break;
    // A pattern used inside a tile is placed in that tile's space, so its drawing starts from identity.
    const tile = new SvgToPdf(byId, resources, IDENTITY, rootStyle);
    tile.drawChildren(use.element, resolveStyle(rootStyle, use.element));
    for (const name of tile.unsupported) unsupported.add(name);
    const object = document.add({
      entries:
        `/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1` +
        ` /BBox [0 0 ${n(use.tileWidth)} ${n(use.tileHeight)}] /XStep ${n(use.tileWidth)} /YStep ${n(use.tileHeight)}` +
        ` /Matrix [${pdfMatrix(use.matrix)}] /Resources ${resourcesObject} 0 R`,
      stream: tile.content(),
    });
    patternObjects.push(`/${use.name} ${object} 0 R`);
  }

  const fonts = [...resources.fonts].sort().map((weight) => {
    const bold = weight === "bold";
    const object = document.add(
      `<< /Type /Font /Subtype /Type1 /BaseFont /${bold ? "Helvetica-Bold" : "Helvetica"} /Encoding /WinAnsiEncoding >>`,
    );
    return `/${PdfResources.fontName(bold)} ${object} 0 R`;
  });
  const states = resources
    .alphaStates()
    .map((state) => `/${state.name} << /Type /ExtGState /ca ${n(state.fill, 4)} /CA ${n(state.stroke, 4)} >>`);
  document.set(
    resourcesObject,
    `<< /ProcSet [/PDF /Text] /Font << ${fonts.join(" ")} >> /ExtGState << ${states.join(" ")} >>` +
      ` /Pattern << ${patternObjects.join(" ")} >> >>`,
  );
  document.set(
    pageObject,
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${n(placement.pageWidth, 2)} ${n(placement.pageHeight, 2)}]` +
      ` /Resources ${resourcesObject} 0 R /Contents ${contentObject} 0 R >>`,
  );
  document.set(pages, `<< /Type /Pages /Kids [${pageObject} 0 R] /Count 1 >>`);

  const title = svg.children.find((child): child is SvgElement => typeof child !== "string" && child.name === "title");
  const titleText = title ? textContent(title).trim() : "";
  const info = document.add(
    `<< ${titleText === "" ? "" : `/Title ${pdfTextString(titleText)} `}/Creator (Kundresa) /Producer (Kundresa) >>`,
  );

  let names = "";
  if (options.attachment) {
    const { name, description, mimeType, bytes } = options.attachment;
    const file = document.add({
      entries: `/Type /EmbeddedFile /Subtype /${mimeType.replace("/", "#2F")} /Params << /Size ${bytes.length} >>`,
      stream: bytes,
    });
    const ascii = asciiName(name.replace(/\.journey\.json$/, ""));
    const spec = document.add(
      `<< /Type /Filespec /F (${ascii}.journey.json) /UF ${pdfTextString(name)} /Desc ${pdfTextString(description)}` +
        ` /EF << /F ${file} 0 R >> /AFRelationship /Source >>`,
    );
    names = ` /Names << /EmbeddedFiles << /Names [(${ascii}.journey.json) ${spec} 0 R] >> >>`;
  }
  document.set(
    catalog,
    `<< /Type /Catalog /Pages ${pages} 0 R /ViewerPreferences << /DisplayDocTitle true >>${names} >>`,
  );
  return { bytes: document.toBytes(catalog, info), unsupported: [...unsupported].sort() };
}

/**
 * The map as a one-page vector PDF for printing (A4…A0, Letter, Tabloid): the drawing of
 * `renderJourneySvg`, translated element by element, so the two exports never disagree, scaled to fit
 * the page inside its margin and centred. Title = the map's title, Creator = Kundresa, and (unless
 * `embedJson` is false) the journey JSON attached. Pure and deterministic: no clock, no DOM, no Node.
 */
export function renderJourneyPdf(map: JourneyMap, options: RenderJourneyPdfOptions = {}): Uint8Array<ArrayBuffer> {
  const locale = options.locale ?? "en";
  const svg = renderJourneySvg(map, {
    locale,
    embedJson: false,
    ...(options.issues ? { issues: options.issues } : {}),
  });
  const base = map.title
    .normalize("NFKC")
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const attachment =
    options.embedJson === false
      ? undefined
      : {
          name: `${base === "" ? "journey-map" : base.slice(0, 80)}.journey.json`,
          description:
            locale === "sv"
              ? "Kundresekartan som JSON: importera den i Kundresa för att redigera"
              : "The journey map as JSON: import it into Kundresa to edit it",
          mimeType: "application/json",
          bytes: utf8Bytes(exportJourney({ ...canonicalJourney(map), comments: [] })),
        };
  return svgToPdf(svg, {
    pageSize: options.pageSize ?? "A3",
    orientation: options.orientation ?? "auto",
    ...(attachment ? { attachment } : {}),
  }).bytes;
}
