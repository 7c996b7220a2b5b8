import { itSupportLevel } from "../catalogue/itSupport";
import { CATEGORIES, IT_SUPPORT_LEVELS, PHASES } from "../format/enums";
import { formatNumber as n } from "../layout/pathData";
import { coverageMatrix } from "../validation/coverageMatrix";
import type { RenderContext } from "./context";
import { el, text, wrap } from "./elements";
import { categoryLabel, categoryShortLabel, phaseLabel, word } from "./labels";
import { emotionFace, starMark } from "./marks";
import {
  CATEGORY_COLORS,
  EDGE_COLORS,
  GAP_COLORS,
  IT_SUPPORT_COLORS,
  NEUTRAL,
  NO_CHANNEL_COLORS,
  type Swatch,
} from "./palette";
import { measureText, type FontSpec } from "./text";

const HEADING_FONT: FontSpec = { size: 11, bold: true };
const ITEM_FONT: FontSpec = { size: 12 };
const ROW = 22;
const FIRST_ROW = 30;
const MARK_WIDTH = 30;
const GROUP_GAP = 48;
const PADDING = 20;

interface Group {
  role: string;
  width: number;
  height: number;
  /** Markup drawn with the group's top-left corner at (0, 0). */
  draw: (x: number, y: number) => string;
}

function heading(x: number, y: number, label: string): string {
  return text(
    { x, y: y + 12, "font-size": HEADING_FONT.size, "font-weight": 700, "letter-spacing": 0.8, fill: NEUTRAL.muted },
    label.toUpperCase(),
  );
}

function headingWidth(label: string): number {
  return measureText(label.toUpperCase(), HEADING_FONT) + 0.8 * label.length;
}

/** A list group: a mark, a label and an optional right-aligned count per row. */
function listGroup(
  role: string,
  title: string,
  rows: { mark: (x: number, cy: number) => string; label: string; count?: number }[],
): Group {
  const countWidth = rows.some((row) => row.count !== undefined) ? 36 : 0;
  const labelWidth = Math.max(...rows.map((row) => measureText(row.label, ITEM_FONT)));
  const width = Math.max(headingWidth(title), MARK_WIDTH + labelWidth + countWidth);
  return {
    role,
    width,
    height: FIRST_ROW + rows.length * ROW - 6,
    draw: (x, y) =>
      heading(x, y, title) +
      rows
        .map((row, index) => {
          const cy = y + FIRST_ROW + index * ROW + 6;
          return (
            row.mark(x, cy) +
            text({ x: x + MARK_WIDTH, y: cy + 4.2, "font-size": ITEM_FONT.size, fill: NEUTRAL.text }, row.label) +
            (row.count === undefined
              ? ""
              : text(
                  {
                    x: x + width,
                    y: cy + 4.2,
                    "font-size": ITEM_FONT.size,
                    "font-weight": 700,
                    fill: NEUTRAL.ink,
                    "text-anchor": "end",
                  },
                  String(row.count),
                ))
          );
        })
        .join(""),
  };
}

const dot = (swatch: Swatch) => (x: number, cy: number) => el("circle", { cx: x + 8, cy, r: 5.5, fill: swatch.color });
const swatchMark = (swatch: Swatch) => (x: number, cy: number) =>
  el("rect", {
    x,
    y: cy - 6,
    width: 18,
    height: 12,
    rx: 3,
    fill: swatch.tint,
    stroke: swatch.color,
    "stroke-width": 1.2,
  }) + el("rect", { x, y: cy - 6, width: 4, height: 12, rx: 1.5, fill: swatch.color });

function itSupportGroup(context: RenderContext): Group {
  const counts = { integrated: 0, standalone: 0, none: 0, unknown: 0 };
  for (const touchpoint of context.map.touchpoints) counts[touchpoint.itSupport]++;
  return listGroup(
    "legend-it-support",
    word("itSupport", context.locale),
    IT_SUPPORT_LEVELS.map((level) => ({
      mark: dot(IT_SUPPORT_COLORS[level]),
      label: itSupportLevel(level).label[context.locale],
      count: counts[level],
    })),
  );
}

function categoryGroup(context: RenderContext): Group {
  const rows = CATEGORIES.map((category) => ({
    mark: swatchMark(CATEGORY_COLORS[category]),
    label: categoryLabel(category, context.locale),
  }));
  if (context.layout.lanes.some((lane) => lane.key === "none")) {
    rows.push({ mark: swatchMark(NO_CHANNEL_COLORS), label: word("noChannel", context.locale) });
  }
  return listGroup("legend-categories", word("categories", context.locale), rows);
}

function markerGroup(context: RenderContext): Group {
  const { locale } = context;
  const loopLabel = word("repurchaseLoop", locale);
  const arrow = (color: string, dashed: boolean) => (x: number, cy: number) =>
    el("path", {
      d: `M${n(x)} ${n(cy)} H${n(x + 20)}`,
      stroke: color,
      "stroke-width": dashed ? 1.8 : 1.6,
      "stroke-dasharray": dashed ? "5 3" : undefined,
      "marker-end": dashed ? "url(#kr-arrow-loop)" : "url(#kr-arrow)",
    });
  return listGroup("legend-markers", word("markers", locale), [
    { mark: (x, cy) => starMark(x + 8, cy, 7.5), label: word("criticalMeeting", locale) },
    { mark: arrow(EDGE_COLORS.path, false), label: word("customerPath", locale) },
    { mark: arrow(EDGE_COLORS.loop, true), label: loopLabel.charAt(0).toUpperCase() + loopLabel.slice(1) },
    {
      mark: (x, cy) =>
        el("rect", {
          x,
          y: cy - 6,
          width: 18,
          height: 12,
          rx: 3,
          fill: GAP_COLORS.tint,
          stroke: GAP_COLORS.color,
          "stroke-dasharray": "3 2",
        }),
      label: word("coverageGap", locale),
    },
    { mark: (x, cy) => emotionFace(x + 8, cy, 7, 1), label: word("emotionScale", locale) },
  ]);
}

/** Phases × categories, as the seed's checklist asks: the count per cell; a required empty cell is a gap. */
function coverageGroup(context: RenderContext): Group {
  const { locale, map } = context;
  const matrix = coverageMatrix(map);
  const rowHead = Math.max(...PHASES.map((phase) => measureText(phaseLabel(phase, locale), ITEM_FONT))) + 12;
  const cell = 40;
  const width = Math.max(headingWidth(word("coverage", locale)), rowHead + CATEGORIES.length * cell);
  return {
    role: "legend-coverage",
    width,
    height: FIRST_ROW + 18 + PHASES.length * ROW - 6,
    draw: (x, y) => {
      const parts = [heading(x, y, word("coverage", locale))];
      CATEGORIES.forEach((category, column) => {
        parts.push(
          text(
            {
              x: x + rowHead + column * cell + (cell - 4) / 2,
              y: y + FIRST_ROW + 8,
              "font-size": 10.5,
              "font-weight": 600,
              fill: CATEGORY_COLORS[category].ink,
              "text-anchor": "middle",
            },
            categoryShortLabel(category, locale),
          ),
        );
      });
      PHASES.forEach((phase, row) => {
        const top = y + FIRST_ROW + 16 + row * ROW;
        parts.push(
          text({ x, y: top + 13, "font-size": ITEM_FONT.size, fill: NEUTRAL.text }, phaseLabel(phase, locale)),
        );
        CATEGORIES.forEach((category, column) => {
          const count = matrix[phase][category];
          const gap = count === 0 && map.coverage[phase].includes(category);
          const cx = x + rowHead + column * cell;
          parts.push(
            el("rect", {
              x: cx,
              y: top,
              width: cell - 4,
              height: 18,
              rx: 4,
              fill: gap ? GAP_COLORS.tint : count > 0 ? IT_SUPPORT_COLORS.integrated.tint : NEUTRAL.well,
              stroke: gap ? GAP_COLORS.color : "none",
              "stroke-dasharray": gap ? "3 2" : undefined,
            }),
            text(
              {
                x: cx + (cell - 4) / 2,
                y: top + 13,
                "font-size": 11,
                "font-weight": 600,
                fill: gap ? GAP_COLORS.ink : count > 0 ? IT_SUPPORT_COLORS.integrated.ink : NEUTRAL.subtle,
                "text-anchor": "middle",
              },
              gap ? word("gap", locale) : count > 0 ? String(count) : "\u2013",
            ),
          );
        });
      });
      return parts.join("");
    },
  };
}

/**
 * The legend panel, `width` wide: groups flow left to right and wrap to a new row when the map is
 * narrow. Returns the markup (top-left at x, y) and its height.
 */
export function renderLegend(
  context: RenderContext,
  x: number,
  y: number,
  width: number,
): { svg: string; height: number } {
  const groups = [itSupportGroup(context), categoryGroup(context), markerGroup(context), coverageGroup(context)];
  const parts: string[] = [];
  let cursorX = x + PADDING;
  let cursorY = y + PADDING;
  let rowHeight = 0;
  for (const group of groups) {
    if (cursorX > x + PADDING && cursorX + group.width > x + width - PADDING) {
      cursorX = x + PADDING;
      cursorY += rowHeight + 24;
      rowHeight = 0;
    }
    parts.push(wrap("g", { "data-role": group.role }, group.draw(cursorX, cursorY)));
    cursorX += group.width + GROUP_GAP;
    rowHeight = Math.max(rowHeight, group.height);
  }
  const height = cursorY + rowHeight + PADDING - y;
  const panel = el("rect", { x, y, width, height, rx: 10, fill: NEUTRAL.surface, stroke: NEUTRAL.hairline });
  return { svg: wrap("g", { "data-role": "legend" }, panel + parts.join("")), height };
}
