import type { Locale } from "../catalogue/locale";
import type { Channel } from "../format/channel";
import type { JourneyMap } from "../format/journeyMap";
import { canonicalJourney, exportJourney } from "../io/exportJourney";
import { layoutJourney } from "../layout/layoutJourney";
import type { Severity, ValidationIssue } from "../validation/report";
import { renderCard } from "./cards";
import type { RenderContext } from "./context";
import { edgeMarkers, renderEdges } from "./edges";
import { el, tooltip, wrap } from "./elements";
import { renderEmotionLane } from "./emotionCurve";
import { coverageGapNotes, renderCoverageGaps } from "./coverageGaps";
import { renderFrame } from "./frame";
import { renderHeader } from "./header";
import { word } from "./labels";
import { renderLegend } from "./legend";
import { renderComments } from "./comments";
import { journeyMetadata } from "./metadata";
import { GAP_COLORS, NEUTRAL } from "./palette";

export interface RenderJourneySvgOptions {
  /** Language of every label the export adds (phases, lanes, legend, IT levels). Default "en". */
  locale?: Locale;
  /** Draw the page header (title, market, counts, IT-support mix). Default true. */
  title?: boolean;
  /** Embed the journey JSON in `<metadata>`, so the picture can be opened again. Default true. */
  embedJson?: boolean;
  /**
   * Print the comment threads (a section under the legend) and keep them in the embedded JSON.
   * Default false: comments are the team's talk, and an SVG goes onto slides and walls.
   */
  comments?: boolean;
  /** Validation issues to mark on the cards and count in the header (from `validateJourney`). */
  issues?: ValidationIssue[];
}

/** Space around the drawing. */
const MARGIN = 32;
/** Narrowest drawing area: the header and the legend need this much even for a three-stage map. */
const MIN_CONTENT_WIDTH = 960;
const SECTION_GAP = 24;
export const SVG_FONT_FAMILY = 'Inter, "Segoe UI", Helvetica, Arial, sans-serif';

function worstIssuePerTouchpoint(issues: readonly ValidationIssue[] | undefined) {
  const worst = new Map<string, Exclude<Severity, "info">>();
  for (const issue of issues ?? []) {
    if (issue.touchpointId === undefined || issue.severity === "info") continue;
    if (issue.severity === "error" || !worst.has(issue.touchpointId)) worst.set(issue.touchpointId, issue.severity);
  }
  return worst;
}

/** Defs shared by the drawing: arrowheads and the hatch of a phase without stages. */
function defs(): string {
  const hatch = wrap(
    "pattern",
    { id: "kr-hatch", width: 8, height: 8, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
    el("rect", { width: 8, height: 8, fill: GAP_COLORS.tint }) +
      el("line", { x1: 0, y1: 0, x2: 0, y2: 8, stroke: GAP_COLORS.color, "stroke-opacity": 0.25, "stroke-width": 3 }),
  );
  return wrap("defs", {}, edgeMarkers() + hatch);
}

/**
 * The map as a standalone SVG document (contract §6): `xmlns`, `viewBox`, `width` and `height`;
 * no `foreignObject`, no external reference (system fonts only, the only `url()`s point at ids in
 * its own `<defs>`), so it opens in Inkscape and Illustrator and pastes into slides. Every
 * touchpoint is a `<g data-touchpoint-id>` with its full title as text. Pure: the same map (in any
 * array order) gives byte-identical output; nothing depends on the clock or the platform. With
 * `embedJson` (the default) the `exportJourney` text sits in `<metadata>` for
 * `extractJourneyFromSvg`. Linear in the map's size.
 */
export function renderJourneySvg(map: JourneyMap, options: RenderJourneySvgOptions = {}): string {
  const locale = options.locale ?? "en";
  const canonical = canonicalJourney(map);
  const layout = layoutJourney(canonical);
  const channelsById = new Map<string, Channel>();
  for (const channel of canonical.channels) if (!channelsById.has(channel.id)) channelsById.set(channel.id, channel);
  const context: RenderContext = {
    locale,
    map: canonical,
    layout,
    channelsById,
    touchpointIssues: worstIssuePerTouchpoint(options.issues),
  };

  const contentWidth = Math.max(MIN_CONTENT_WIDTH, layout.width);
  const header =
    options.title === false ? undefined : renderHeader(context, MARGIN, MARGIN, contentWidth, options.issues);
  const gridTop = MARGIN + (header ? header.height + SECTION_GAP : 0);
  const legendTop = gridTop + layout.height + SECTION_GAP;
  const legend = renderLegend(context, MARGIN, legendTop, contentWidth);
  const comments =
    options.comments === true
      ? renderComments(context, MARGIN, legendTop + legend.height + SECTION_GAP, contentWidth)
      : undefined;
  const width = Math.ceil(contentWidth + 2 * MARGIN);
  const height = Math.ceil(legendTop + legend.height + (comments ? SECTION_GAP + comments.height : 0) + MARGIN);

  const cards = canonical.touchpoints
    .map((touchpoint, index) => renderCard(touchpoint, layout.cards[index] as (typeof layout.cards)[number], context))
    .join("");
  const gaps = coverageGapNotes(context);
  const edges = renderEdges(
    context,
    gaps.map((gap) => gap.rect),
  );
  const body =
    renderFrame(context) +
    edges.paths +
    renderCoverageGaps(gaps, context) +
    wrap("g", { "data-role": "touchpoints" }, cards) +
    edges.labels +
    renderEmotionLane(context);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${SVG_FONT_FAMILY.replace(/"/g, "&quot;")}" role="img" data-kundresa-format="kundresa.journey-map">` +
    tooltip(map.title.trim() === "" ? word("mapKind", locale) : map.title) +
    (options.embedJson === false
      ? ""
      : journeyMetadata(exportJourney(options.comments === true ? canonical : { ...canonical, comments: [] }))) +
    defs() +
    el("rect", { width, height, fill: NEUTRAL.canvas }) +
    (header ? header.svg : "") +
    wrap("g", { "data-role": "map", transform: `translate(${MARGIN} ${gridTop})` }, body) +
    legend.svg +
    (comments ? comments.svg : "") +
    "</svg>\n"
  );
}
