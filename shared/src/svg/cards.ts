import { channelDisplayName } from "../catalogue/channels";
import { itSupportLevel } from "../catalogue/itSupport";
import type { Channel } from "../format/channel";
import type { Touchpoint } from "../format/touchpoint";
import type { CardLayout, Rect } from "../layout/layoutTypes";
import { formatNumber as n } from "../layout/pathData";
import type { RenderContext } from "./context";
import { el, text, tooltip, wrap } from "./elements";
import { word } from "./labels";
import { emotionFace, starMark } from "./marks";
import {
  CATEGORY_COLORS,
  CRITICAL_COLORS,
  GAP_COLORS,
  IT_SUPPORT_COLORS,
  NEUTRAL,
  NO_CHANNEL_COLORS,
  WARNING_COLORS,
  type Swatch,
} from "./palette";
import { ellipsize, measureText, wrapText, type FontSpec } from "./text";

const TITLE_FONT: FontSpec = { size: 13, bold: true };
const CHIP_FONT: FontSpec = { size: 10.5, bold: true };
const META_FONT: FontSpec = { size: 11, bold: true };
const OWNER_FONT: FontSpec = { size: 10.5 };
const PAD_LEFT = 16;
const PAD_RIGHT = 10;
const RADIUS = 8;
const ACCENT = 4;
const CHIP_HEIGHT = 18;
const CHIP_PAD = 7;
const CHIP_GAP = 4;
const MARK_SIZE = 18;

function chip(x: number, y: number, label: string, swatch: Swatch, dashed: boolean): string {
  const width = measureText(label, CHIP_FONT) + 2 * CHIP_PAD;
  return (
    el("rect", {
      x,
      y,
      width,
      height: CHIP_HEIGHT,
      rx: CHIP_HEIGHT / 2,
      fill: dashed ? NEUTRAL.surface : swatch.tint,
      stroke: swatch.color,
      "stroke-width": 0.8,
      "stroke-dasharray": dashed ? "3 2" : undefined,
    }) +
    text({ x: x + CHIP_PAD, y: y + 12.6, "font-size": CHIP_FONT.size, "font-weight": 600, fill: swatch.ink }, label)
  );
}

/** Channel chips left to right; what does not fit becomes a "+N" chip. Unknown channels are dashed grey. */
function channelChips(touchpoint: Touchpoint, rect: Rect, context: RenderContext): string {
  const left = rect.x + PAD_LEFT;
  const limit = rect.x + rect.width - PAD_RIGHT;
  const y = rect.y + 49;
  const parts: string[] = [];
  let x = left;
  const ids = touchpoint.channelIds;
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index] as string;
    const channel: Channel | undefined = context.channelsById.get(id);
    const swatch = channel ? CATEGORY_COLORS[channel.category] : NO_CHANNEL_COLORS;
    const remaining = ids.length - index - 1;
    const reserve = remaining > 0 ? measureText(`+${remaining}`, CHIP_FONT) + 2 * CHIP_PAD + CHIP_GAP : 0;
    const room = limit - x - reserve;
    const full = channel ? channelDisplayName(channel, context.locale) : `? ${id}`;
    const fullWidth = measureText(full, CHIP_FONT) + 2 * CHIP_PAD;
    // Only the first chip is shortened to fit; later ones move into the "+N" count instead.
    if (fullWidth > room && (index > 0 || room < 48)) {
      parts.push(chip(x, y, `+${ids.length - index}`, NO_CHANNEL_COLORS, false));
      break;
    }
    const label = fullWidth > room ? ellipsize(full, room - 2 * CHIP_PAD, CHIP_FONT) : full;
    parts.push(chip(x, y, label, swatch, channel === undefined));
    x += measureText(label, CHIP_FONT) + 2 * CHIP_PAD + CHIP_GAP;
  }
  return parts.join("");
}

/** The bottom row: IT-support dot and label, then the owner in what room is left before the face. */
function supportRow(touchpoint: Touchpoint, rect: Rect, context: RenderContext): string {
  const swatch = IT_SUPPORT_COLORS[touchpoint.itSupport];
  const label = itSupportLevel(touchpoint.itSupport).short[context.locale];
  const baseline = rect.y + rect.height - 13;
  const labelX = rect.x + PAD_LEFT + 11;
  let out =
    el("circle", { cx: rect.x + PAD_LEFT + 4, cy: baseline - 3.8, r: 4.5, fill: swatch.color }) +
    text({ x: labelX, y: baseline, "font-size": META_FONT.size, "font-weight": 600, fill: swatch.ink }, label);
  const owner = touchpoint.owner.trim();
  if (owner !== "") {
    const ownerX = labelX + measureText(label, META_FONT) + 8;
    const room = rect.x + rect.width - PAD_RIGHT - (touchpoint.emotion === undefined ? 0 : 26) - ownerX;
    if (room > 40) {
      out += text(
        { x: ownerX, y: baseline, "font-size": OWNER_FONT.size, fill: NEUTRAL.muted },
        ellipsize(`· ${owner}`, room, OWNER_FONT),
      );
    }
  }
  return out;
}

/** Top-right marks: validation badge and critical star; returns the markup and the width they take. */
function cornerMarks(touchpoint: Touchpoint, rect: Rect, context: RenderContext): { markup: string; width: number } {
  let right = rect.x + rect.width - 8;
  let markup = "";
  if (touchpoint.critical) {
    markup += wrap("g", { "data-role": "critical" }, starMark(right - 8, rect.y + 17, 8));
    right -= MARK_SIZE;
  }
  const severity = context.touchpointIssues.get(touchpoint.id);
  if (severity) {
    const swatch = severity === "error" ? GAP_COLORS : WARNING_COLORS;
    markup += wrap(
      "g",
      { "data-role": "issue", "data-severity": severity },
      el("circle", { cx: right - 8, cy: rect.y + 17, r: 7, fill: swatch.color }) +
        text(
          {
            x: right - 8,
            y: rect.y + 21,
            "font-size": 11,
            "font-weight": 700,
            fill: NEUTRAL.surface,
            "text-anchor": "middle",
          },
          "!",
        ),
    );
    right -= MARK_SIZE;
  }
  return { markup, width: rect.x + rect.width - 8 - right };
}

/**
 * One touchpoint card: `<g data-touchpoint-id>` holding its full title as `<title>` (the visible
 * title is wrapped to two lines and may be cut), the category accent, channel chips, IT support,
 * owner, emotion face and the critical and validation marks.
 */
export function renderCard(touchpoint: Touchpoint, card: CardLayout, context: RenderContext): string {
  const { rect } = card;
  const lane = context.layout.lanes[card.laneIndex];
  const accent = lane && lane.key !== "none" ? CATEGORY_COLORS[lane.key] : NO_CHANNEL_COLORS;
  const { x, y, width, height } = rect;
  const marks = cornerMarks(touchpoint, rect, context);
  const title = touchpoint.title.trim() === "" ? word("untitledTouchpoint", context.locale) : touchpoint.title;
  const titleWidth = width - PAD_LEFT - PAD_RIGHT - (marks.width > 0 ? marks.width + 2 : 0);
  const lines = wrapText(title, titleWidth, TITLE_FONT, 2);
  const titleText = lines
    .map((line, index) =>
      text(
        {
          x: x + PAD_LEFT,
          y: y + 23 + index * 16,
          "font-size": TITLE_FONT.size,
          "font-weight": 600,
          fill: NEUTRAL.ink,
        },
        line,
      ),
    )
    .join("");
  const accentPath =
    `M${n(x + ACCENT)} ${n(y)} V${n(y + height)} H${n(x + RADIUS)} ` +
    `A${RADIUS} ${RADIUS} 0 0 1 ${n(x)} ${n(y + height - RADIUS)} V${n(y + RADIUS)} ` +
    `A${RADIUS} ${RADIUS} 0 0 1 ${n(x + RADIUS)} ${n(y)} Z`;
  const body =
    tooltip(touchpoint.title) +
    el("rect", { x, y: y + 1.5, width, height, rx: RADIUS, fill: NEUTRAL.ink, "fill-opacity": 0.06 }) +
    el("rect", {
      x,
      y,
      width,
      height,
      rx: RADIUS,
      fill: NEUTRAL.surface,
      stroke: touchpoint.critical ? CRITICAL_COLORS.ink : NEUTRAL.rule,
      "stroke-width": touchpoint.critical ? 1.4 : 1,
    }) +
    el("path", { d: accentPath, fill: accent.color }) +
    titleText +
    channelChips(touchpoint, rect, context) +
    supportRow(touchpoint, rect, context) +
    (touchpoint.emotion === undefined ? "" : emotionFace(x + width - 20, y + height - 17.5, 9, touchpoint.emotion)) +
    marks.markup;
  return wrap(
    "g",
    {
      "data-touchpoint-id": touchpoint.id,
      "data-role": "touchpoint",
      "data-it-support": touchpoint.itSupport,
      "data-critical": touchpoint.critical ? "true" : undefined,
    },
    body,
  );
}
