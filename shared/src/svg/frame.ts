import { LANE_LABEL_WIDTH, PHASE_BAND_HEIGHT, STAGE_HEADER_HEIGHT } from "../layout/gridMetrics";
import type { ColumnLayout, LaneLayout } from "../layout/layoutTypes";
import type { RenderContext } from "./context";
import { el, text, tooltip, wrap } from "./elements";
import { categoryLabel, countLabel, phaseLabel, word } from "./labels";
import { CATEGORY_COLORS, GAP_COLORS, NEUTRAL, NO_CHANNEL_COLORS, PHASE_COLORS } from "./palette";
import { ellipsize, measureText, wrapText, type FontSpec } from "./text";

const BAND_FONT: FontSpec = { size: 11, bold: true };
const BAND_TRACKING = 0.9;
const STAGE_FONT: FontSpec = { size: 13.5, bold: true };
const LANE_FONT: FontSpec = { size: 13, bold: true };
const SMALL_FONT: FontSpec = { size: 11 };

/** Upper-case, letter-spaced text cut to `maxWidth`, counting the tracking the estimate does not know. */
function trackedLabel(label: string, maxWidth: number): string {
  const upper = label.toUpperCase();
  const tracking = BAND_TRACKING * [...upper].length;
  return measureText(upper, BAND_FONT) + tracking <= maxWidth
    ? upper
    : ellipsize(upper, maxWidth - tracking, BAND_FONT);
}

function phaseBands(context: RenderContext): string {
  return context.layout.phaseBands
    .map((band) => {
      const swatch = band.empty ? GAP_COLORS : PHASE_COLORS[band.phase];
      const label = phaseLabel(band.phase, context.locale);
      return wrap(
        "g",
        { "data-role": "phase-band", "data-phase": band.phase },
        el("rect", { x: band.x, y: 0, width: band.width, height: PHASE_BAND_HEIGHT, rx: 6, fill: swatch.tint }) +
          el("rect", { x: band.x, y: PHASE_BAND_HEIGHT - 3, width: band.width, height: 3, fill: swatch.color }) +
          text(
            {
              x: band.x + 12,
              y: 18.5,
              "font-size": BAND_FONT.size,
              "font-weight": 700,
              "letter-spacing": BAND_TRACKING,
              fill: swatch.ink,
            },
            trackedLabel(label, band.width - 24),
          ),
      );
    })
    .join("");
}

/** Where a stage header's text goes; `top` is the header's top edge. */
interface HeaderText {
  x: number;
  top: number;
  font: FontSpec;
  weight: number;
  fill: string;
  /** Baseline of a single line, below `top`: roughly centred in the header. */
  oneLineY: number;
  /** Two lines stack from a baseline 20 below `top`, this far apart. */
  lineHeight: number;
}

/** The one or two wrapped lines of a stage header (a stage's title, or the "no stage" note). */
function headerLines(lines: readonly string[], at: HeaderText): string {
  return lines
    .map((line, index) =>
      text(
        {
          x: at.x,
          y: at.top + (lines.length === 1 ? at.oneLineY : 20 + index * at.lineHeight),
          "font-size": at.font.size,
          "font-weight": at.weight,
          fill: at.fill,
        },
        line,
      ),
    )
    .join("");
}

function stageHeader(column: ColumnLayout, context: RenderContext): string {
  const { locale } = context;
  const y = context.layout.stageHeaderY;
  const box = { x: column.x, y, width: column.width, height: STAGE_HEADER_HEIGHT, rx: 6 };
  if (column.kind === "empty-phase") {
    const lines = wrapText(word("noStage", locale), column.width - 20, SMALL_FONT, 2);
    return wrap(
      "g",
      { "data-role": "empty-phase", "data-phase": column.phase },
      el("rect", { ...box, fill: GAP_COLORS.tint, stroke: GAP_COLORS.color, "stroke-dasharray": "4 3" }) +
        headerLines(lines, {
          x: column.x + 10,
          top: y,
          font: SMALL_FONT,
          weight: 600,
          fill: GAP_COLORS.ink,
          oneLineY: 27,
          lineHeight: 14,
        }),
    );
  }
  const unplaced = column.kind === "unplaced";
  const title = unplaced
    ? word("unplaced", locale)
    : column.title.trim() === ""
      ? word("untitledStage", locale)
      : column.title;
  const count = String(column.touchpointCount);
  const countWidth = measureText(count, SMALL_FONT) + 12;
  const lines = wrapText(title, column.width - 30 - countWidth, STAGE_FONT, 2);
  const titleText = headerLines(lines, {
    x: column.x + 12,
    top: y,
    font: STAGE_FONT,
    weight: 700,
    fill: NEUTRAL.ink,
    oneLineY: 28,
    lineHeight: 16,
  });
  return wrap(
    "g",
    { "data-role": unplaced ? "unplaced-column" : "stage", "data-stage-id": column.stageId },
    tooltip(unplaced ? `${title}: ${word("unplacedHint", locale)}` : title) +
      el("rect", {
        ...box,
        fill: NEUTRAL.surface,
        stroke: unplaced ? NEUTRAL.subtle : NEUTRAL.hairline,
        "stroke-dasharray": unplaced ? "4 3" : undefined,
      }) +
      titleText +
      el("rect", {
        x: column.x + column.width - 10 - countWidth,
        y: y + (STAGE_HEADER_HEIGHT - 18) / 2,
        width: countWidth,
        height: 18,
        rx: 9,
        fill: NEUTRAL.well,
      }) +
      text(
        {
          x: column.x + column.width - 10 - countWidth / 2,
          y: y + (STAGE_HEADER_HEIGHT - 18) / 2 + 13,
          "font-size": SMALL_FONT.size,
          "font-weight": 600,
          fill: NEUTRAL.muted,
          "text-anchor": "middle",
        },
        count,
      ),
  );
}

function laneLabel(lane: LaneLayout, context: RenderContext): string {
  const { locale } = context;
  const swatch = lane.key === "none" ? NO_CHANNEL_COLORS : CATEGORY_COLORS[lane.key];
  const name = lane.key === "none" ? word("noChannel", locale) : categoryLabel(lane.key, locale);
  const lines = wrapText(name, LANE_LABEL_WIDTH - 30, LANE_FONT, 2);
  const label = lines
    .map((line, index) =>
      text(
        { x: 18, y: lane.y + 26 + index * 16, "font-size": LANE_FONT.size, "font-weight": 700, fill: swatch.ink },
        line,
      ),
    )
    .join("");
  return wrap(
    "g",
    { "data-role": "lane", "data-lane": lane.key },
    el("rect", { x: 0, y: lane.y, width: LANE_LABEL_WIDTH, height: lane.height, rx: 6, fill: swatch.tint }) +
      el("rect", { x: 0, y: lane.y, width: 4, height: lane.height, fill: swatch.color }) +
      label +
      text(
        { x: 18, y: lane.y + 26 + lines.length * 16 + 2, "font-size": SMALL_FONT.size, fill: NEUTRAL.muted },
        countLabel(lane.touchpointCount, "touchpoint", "touchpoints", locale),
      ),
  );
}

function cells(context: RenderContext): string {
  const out: string[] = [];
  for (const column of context.layout.columns) {
    for (const lane of context.layout.lanes) {
      const empty = column.kind === "empty-phase";
      out.push(
        el("rect", {
          x: column.x,
          y: lane.y,
          width: column.width,
          height: lane.height,
          rx: 6,
          fill: empty ? "url(#kr-hatch)" : NEUTRAL.surface,
          stroke: column.kind === "unplaced" ? NEUTRAL.subtle : NEUTRAL.hairline,
          "stroke-dasharray": column.kind === "unplaced" ? "4 3" : undefined,
        }),
      );
    }
  }
  return wrap("g", { "data-role": "cells" }, out.join(""));
}

/** Phase bands, stage headers, lane labels and the cells: the grid everything else sits on. */
export function renderFrame(context: RenderContext): string {
  const columns = context.layout.columns.map((column) => stageHeader(column, context)).join("");
  const lanes = context.layout.lanes.map((lane) => laneLabel(lane, context)).join("");
  return (
    wrap("g", { "data-role": "phases" }, phaseBands(context)) +
    wrap("g", { "data-role": "stages" }, columns) +
    wrap("g", { "data-role": "lanes" }, lanes) +
    cells(context)
  );
}
