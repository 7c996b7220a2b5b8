import { LANE_LABEL_WIDTH } from "../layout/gridMetrics";
import type { RenderContext } from "./context";
import { el, text, tooltip, wrap } from "./elements";
import { emotionText, word } from "./labels";
import { emotionFace } from "./marks";
import { EMOTION_CURVE_COLOR, NEUTRAL, emotionSwatch } from "./palette";
import { measureText, type FontSpec } from "./text";

const LABEL_FONT: FontSpec = { size: 11, bold: true };

/**
 * The emotion lane under the cards: a −2…+2 axis with faces, faint dots for every rated touchpoint,
 * and a smooth curve through each stage's average, every average labelled with its value.
 */
export function renderEmotionLane(context: RenderContext): string {
  const { emotion, columns } = context.layout;
  const { rect, plotTop, plotBottom } = emotion;
  const { locale } = context;
  const zeroY = plotTop + (plotBottom - plotTop) / 2;
  const parts: string[] = [];

  parts.push(
    el("rect", { x: 0, y: rect.y, width: LANE_LABEL_WIDTH, height: rect.height, rx: 6, fill: NEUTRAL.surface }),
    el("rect", { x: 0, y: rect.y, width: 4, height: rect.height, fill: EMOTION_CURVE_COLOR }),
    text({ x: 18, y: rect.y + 26, "font-size": 13, "font-weight": 700, fill: NEUTRAL.ink }, word("experience", locale)),
    text({ x: 18, y: rect.y + 43, "font-size": 10.5, fill: NEUTRAL.muted }, word("experienceHint", locale)),
    emotionFace(LANE_LABEL_WIDTH - 14, plotTop, 7, 2),
    emotionFace(LANE_LABEL_WIDTH - 14, plotBottom, 7, -2),
    el("rect", { ...rect, rx: 6, fill: NEUTRAL.surface, stroke: NEUTRAL.hairline }),
    // Faint wash above and below neutral: at a glance, where the journey feels good or bad.
    el("rect", {
      x: rect.x,
      y: plotTop,
      width: rect.width,
      height: zeroY - plotTop,
      fill: "#16A34A",
      "fill-opacity": 0.045,
    }),
    el("rect", {
      x: rect.x,
      y: zeroY,
      width: rect.width,
      height: plotBottom - zeroY,
      fill: "#DC2626",
      "fill-opacity": 0.045,
    }),
  );
  for (const tick of emotion.axis) {
    parts.push(
      el("line", {
        x1: rect.x,
        x2: rect.x + rect.width,
        y1: tick.y,
        y2: tick.y,
        stroke: tick.value === 0 ? NEUTRAL.subtle : NEUTRAL.hairline,
        "stroke-dasharray": tick.value === 0 ? undefined : "3 4",
      }),
      text(
        {
          x: LANE_LABEL_WIDTH - 28,
          y: tick.y + 4,
          "font-size": 11,
          "font-weight": tick.value === 0 ? 700 : 400,
          fill: NEUTRAL.muted,
          "text-anchor": "end",
        },
        emotionText(tick.value),
      ),
    );
  }
  for (const column of columns) {
    if (column.kind !== "stage") continue;
    const x = column.x + column.width / 2;
    parts.push(el("line", { x1: x, x2: x, y1: plotTop, y2: plotBottom, stroke: NEUTRAL.hairline }));
  }
  for (const point of emotion.touchpointPoints) {
    parts.push(
      el("circle", { cx: point.x, cy: point.y, r: 3, fill: emotionSwatch(point.emotion).color, "fill-opacity": 0.4 }),
    );
  }
  if (emotion.curvePath !== "") {
    parts.push(
      el("path", {
        d: emotion.curvePath,
        fill: "none",
        stroke: EMOTION_CURVE_COLOR,
        "stroke-width": 2.5,
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        "data-role": "emotion-line",
      }),
    );
  }
  for (const point of emotion.stagePoints) {
    const swatch = emotionSwatch(point.average);
    const value = emotionText(point.average);
    const labelWidth = measureText(value, LABEL_FONT) + 10;
    parts.push(
      wrap(
        "g",
        { "data-role": "emotion-point", "data-stage-id": point.stageId, "data-average": value },
        tooltip(`${value} (${point.ratedCount})`) +
          el("circle", {
            cx: point.x,
            cy: point.y,
            r: 6,
            fill: swatch.color,
            stroke: NEUTRAL.surface,
            "stroke-width": 2.5,
          }) +
          el("rect", {
            x: point.x - labelWidth / 2,
            y: point.y - 26,
            width: labelWidth,
            height: 17,
            rx: 8.5,
            fill: NEUTRAL.surface,
            stroke: swatch.color,
            "stroke-width": 0.8,
          }) +
          text(
            {
              x: point.x,
              y: point.y - 13.5,
              "font-size": LABEL_FONT.size,
              "font-weight": 700,
              fill: swatch.ink,
              "text-anchor": "middle",
            },
            value,
          ),
      ),
    );
  }
  if (emotion.stagePoints.length === 0) {
    parts.push(
      text(
        { x: rect.x + rect.width / 2, y: zeroY - 10, "font-size": 12, fill: NEUTRAL.muted, "text-anchor": "middle" },
        word("noRatings", locale),
      ),
    );
  }
  return wrap("g", { "data-role": "emotion-curve" }, parts.join(""));
}
