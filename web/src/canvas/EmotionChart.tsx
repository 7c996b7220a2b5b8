import { LANE_LABEL_WIDTH, type EmotionLaneLayout, type Swatch } from "@kundresa/shared";
import type { Translate } from "../i18n/i18n";
import { EmotionFaceShape } from "./EmotionFace";

interface EmotionChartProps {
  emotion: EmotionLaneLayout;
  t: Translate;
  curveColor: string;
  swatchOf: (emotion: number) => Swatch;
}

/**
 * The customer's experience across the journey: a −2…+2 axis, each rated touchpoint as a dot at its
 * card's x, and a smooth curve through the stage averages with the area under it tinted, so highs
 * and lows read from across the room.
 */
export function EmotionChart({ emotion, t, curveColor, swatchOf }: EmotionChartProps) {
  const { rect, axis, stagePoints, touchpointPoints, curvePath, plotBottom } = emotion;
  const zeroY = axis.find((tick) => tick.value === 0)?.y ?? rect.y + rect.height / 2;
  const first = stagePoints[0];
  const last = stagePoints[stagePoints.length - 1];
  const area =
    curvePath !== "" && first && last
      ? `${curvePath} L ${last.x} ${plotBottom + 8} L ${first.x} ${plotBottom + 8} Z`
      : "";
  return (
    <g className="EmotionChart">
      <defs>
        <linearGradient id="EmotionChart-fill" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={curveColor} stopOpacity="0.18" />
          <stop offset="100%" stopColor={curveColor} stopOpacity="0" />
        </linearGradient>
      </defs>
      <rect x={0} y={rect.y} width={LANE_LABEL_WIDTH} height={rect.height} rx={8} className="EmotionChart-labelBox" />
      <text className="EmotionChart-title" x={16} y={rect.y + 24}>
        {t("canvas.emotion.title")}
      </text>
      <text className="EmotionChart-subtitle" x={16} y={rect.y + 42}>
        {t("canvas.emotion.subtitle")}
      </text>
      <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} rx={8} className="EmotionChart-plot" />
      {axis.map((tick) => (
        <g key={tick.value}>
          <line
            x1={rect.x + 28}
            x2={rect.x + rect.width - 8}
            y1={tick.y}
            y2={tick.y}
            className={tick.value === 0 ? "EmotionChart-zero" : "EmotionChart-grid"}
          />
          <EmotionFaceShape emotion={tick.value} cx={rect.x + 15} cy={tick.y} r={7} />
          <text className="EmotionChart-tick" x={LANE_LABEL_WIDTH - 10} y={tick.y + 4} textAnchor="end">
            {tick.value > 0 ? `+${tick.value}` : tick.value}
          </text>
        </g>
      ))}
      {area !== "" && <path d={area} fill="url(#EmotionChart-fill)" />}
      {curvePath !== "" && <path d={curvePath} className="EmotionChart-curve" stroke={curveColor} />}
      {touchpointPoints.map((point) => (
        <circle
          key={point.touchpointId}
          cx={point.x}
          cy={point.y}
          r={4}
          fill={swatchOf(point.emotion).color}
          className="EmotionChart-touchpoint"
        />
      ))}
      {stagePoints.map((point) => (
        <g key={point.stageId}>
          <circle cx={point.x} cy={point.y} r={7} fill="#fff" stroke={curveColor} strokeWidth={2.5} />
          <circle cx={point.x} cy={point.y} r={3} fill={curveColor} />
        </g>
      ))}
      {stagePoints.length === 0 && (
        <text className="EmotionChart-empty" x={rect.x + rect.width / 2} y={zeroY - 8} textAnchor="middle">
          {t("canvas.emotion.empty")}
        </text>
      )}
    </g>
  );
}
