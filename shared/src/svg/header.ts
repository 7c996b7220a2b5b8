import { itSupportLevel } from "../catalogue/itSupport";
import { IT_SUPPORT_LEVELS } from "../format/enums";
import type { ValidationIssue } from "../validation/report";
import type { RenderContext } from "./context";
import { el, text, tooltip, wrap } from "./elements";
import { countLabel, marketLabel, word } from "./labels";
import { EMOTION_CURVE_COLOR, GAP_COLORS, IT_SUPPORT_COLORS, NEUTRAL, WARNING_COLORS, type Swatch } from "./palette";
import { ellipsize, measureText, wrapText, type FontSpec } from "./text";

const TITLE_FONT: FontSpec = { size: 28, bold: true };
const META_FONT: FontSpec = { size: 13 };
const PILL_FONT: FontSpec = { size: 11.5, bold: true };
const SIDE_WIDTH = 264;
const BAR_HEIGHT = 10;

function pill(x: number, y: number, label: string, swatch: Swatch): { svg: string; width: number } {
  const width = measureText(label, PILL_FONT) + 18;
  return {
    svg:
      el("rect", { x, y, width, height: 22, rx: 11, fill: swatch.tint, stroke: swatch.color, "stroke-width": 0.8 }) +
      text({ x: x + 9, y: y + 15, "font-size": PILL_FONT.size, "font-weight": 700, fill: swatch.ink }, label),
    width,
  };
}

/** The IT-support mix as one stacked bar with the count per level under it: the map's health at a glance. */
function itSupportSummary(context: RenderContext, x: number, y: number): string {
  const counts = { integrated: 0, standalone: 0, none: 0, unknown: 0 };
  for (const touchpoint of context.map.touchpoints) counts[touchpoint.itSupport]++;
  const total = context.map.touchpoints.length;
  const parts = [
    text(
      { x, y: y + 11, "font-size": 11, "font-weight": 700, "letter-spacing": 0.8, fill: NEUTRAL.muted },
      word("itSupport", context.locale).toUpperCase(),
    ),
    el("rect", { x, y: y + 20, width: SIDE_WIDTH, height: BAR_HEIGHT, rx: BAR_HEIGHT / 2, fill: NEUTRAL.well }),
  ];
  let cursor = x;
  let itemX = x;
  for (const level of IT_SUPPORT_LEVELS) {
    const swatch = IT_SUPPORT_COLORS[level];
    if (total > 0 && counts[level] > 0) {
      const width = (counts[level] / total) * SIDE_WIDTH;
      parts.push(
        wrap(
          "g",
          {},
          tooltip(`${itSupportLevel(level).label[context.locale]}: ${counts[level]}`) +
            el("rect", { x: cursor, y: y + 20, width, height: BAR_HEIGHT, fill: swatch.color }),
        ),
      );
      cursor += width;
    }
    const label = String(counts[level]);
    parts.push(
      el("circle", { cx: itemX + 5, cy: y + 45, r: 4.5, fill: swatch.color }),
      text({ x: itemX + 14, y: y + 49, "font-size": 12, "font-weight": 700, fill: NEUTRAL.ink }, label),
    );
    itemX += SIDE_WIDTH / 4;
  }
  // Round the bar's ends over the segments, so the segments need no rounding of their own.
  parts.push(
    el("rect", {
      x: x - 1,
      y: y + 19,
      width: SIDE_WIDTH + 2,
      height: BAR_HEIGHT + 2,
      rx: BAR_HEIGHT / 2 + 1,
      fill: "none",
      stroke: NEUTRAL.surface,
      "stroke-width": 2,
    }),
  );
  return wrap("g", { "data-role": "it-support-summary" }, parts.join(""));
}

function issueSummary(issues: readonly ValidationIssue[], context: RenderContext, right: number, y: number): string {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.filter((issue) => issue.severity === "warning").length;
  const pills: { label: string; swatch: Swatch }[] = [];
  if (errors > 0) pills.push({ label: countLabel(errors, "error", "errors", context.locale), swatch: GAP_COLORS });
  if (warnings > 0)
    pills.push({ label: countLabel(warnings, "warning", "warnings", context.locale), swatch: WARNING_COLORS });
  // Right-aligned, but drawn in reading order.
  const widths = pills.map(({ label }) => measureText(label, PILL_FONT) + 18);
  let x = right - widths.reduce((sum, width) => sum + width, 0) - 8 * (pills.length - 1);
  const parts: string[] = [];
  pills.forEach(({ label, swatch }, index) => {
    parts.push(pill(x, y, label, swatch).svg);
    x += (widths[index] as number) + 8;
  });
  return parts.length === 0 ? "" : wrap("g", { "data-role": "issue-summary" }, parts.join(""));
}

/**
 * The page header: what kind of document this is, the map's title, its market and size, the
 * description, and at the right the IT-support mix (and the issue counts, when issues are given).
 * No date: the export must be byte-identical for the same map. Returns the markup and its height.
 */
export function renderHeader(
  context: RenderContext,
  x: number,
  y: number,
  width: number,
  issues: readonly ValidationIssue[] | undefined,
): { svg: string; height: number } {
  const { map, locale } = context;
  const textWidth = width - SIDE_WIDTH - 48;
  const stages = map.stages.length;
  const touchpoints = map.touchpoints.length;
  const critical = map.touchpoints.filter((touchpoint) => touchpoint.critical).length;
  const meta = [
    ...(map.market === undefined ? [] : [`${word("market", locale)}: ${marketLabel(map.market)}`]),
    `${stages} ${word("stages", locale)}`,
    countLabel(touchpoints, "touchpoint", "touchpoints", locale),
    ...(critical > 0 ? [`${critical} ${word("critical", locale)}`] : []),
  ].join("  \u00B7  ");
  const description = map.description.trim() === "" ? [] : wrapText(map.description, textWidth, META_FONT, 2);
  const parts = [
    text(
      { x, y: y + 12, "font-size": 11, "font-weight": 700, "letter-spacing": 1.2, fill: EMOTION_CURVE_COLOR },
      word("mapKind", locale).toUpperCase(),
    ),
    text(
      { x, y: y + 46, "font-size": TITLE_FONT.size, "font-weight": 700, fill: NEUTRAL.ink, "data-role": "map-title" },
      ellipsize(map.title.trim() === "" ? word("mapKind", locale) : map.title, textWidth, TITLE_FONT),
    ),
    text({ x, y: y + 72, "font-size": META_FONT.size, fill: NEUTRAL.muted }, meta),
    ...description.map((line, index) =>
      text({ x, y: y + 96 + index * 18, "font-size": META_FONT.size, fill: NEUTRAL.text }, line),
    ),
    itSupportSummary(context, x + width - SIDE_WIDTH, y + 2),
    issues ? issueSummary(issues, context, x + width, y + 62) : "",
  ];
  const height = 80 + (description.length > 0 ? 8 + description.length * 18 : 0);
  return { svg: wrap("g", { "data-role": "header" }, parts.join("")), height };
}
