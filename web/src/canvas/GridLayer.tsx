import { memo } from "react";
import {
  CATEGORY_COLORS,
  CATEGORY_LABELS,
  EMOTION_CURVE_COLOR,
  LANE_LABEL_WIDTH,
  NO_CHANNEL_COLORS,
  PHASE_COLORS,
  PHASE_LABELS,
  emotionSwatch,
  wrapText,
  type Category,
  type JourneyLayout,
  type Locale,
  type Phase,
} from "@kundresa/shared";
import type { Translate } from "../i18n/i18n";
import { EmotionChart } from "./EmotionChart";
import "./GridLayer.css";

/** The lane label's type (GridLayer.css), for `wrapText`'s estimate. */
const LANE_LABEL_FONT = { size: 13, bold: true };

/** A generous average advance of the gap label's bold 11.5 px type; longer labels are squeezed to fit. */
const GAP_CHAR_WIDTH = 6.8;

export interface CoverageGap {
  phase: Phase;
  category: Category;
}

interface GridLayerProps {
  layout: JourneyLayout;
  locale: Locale;
  t: Translate;
  gaps: readonly CoverageGap[];
  /** Column index → title, so the header shows what the map calls each stage. */
  readOnly: boolean;
}

/**
 * Everything under the cards, in flow coordinates from `layoutJourney`: phase bands, stage headers,
 * lane labels, the cells, coverage gaps, the re-purchase strip and the emotion chart. One SVG, drawn
 * once per layout change, never per card.
 */
export const GridLayer = memo(function GridLayer({ layout, locale, t, gaps, readOnly }: GridLayerProps) {
  const { grid, columns, lanes, phaseBands } = layout;
  const gapKeys = new Set(gaps.map((gap) => `${gap.phase}:${gap.category}`));
  return (
    <svg
      className="GridLayer"
      width={layout.width + 8}
      height={layout.height + 8}
      viewBox={`0 0 ${layout.width + 8} ${layout.height + 8}`}
      aria-hidden="true"
    >
      {phaseBands.map((band) => {
        const swatch = PHASE_COLORS[band.phase];
        return (
          <g key={band.phase}>
            <rect x={band.x} y={layout.phaseBandY} width={band.width} height={30} rx={8} fill={swatch.tint} />
            <rect
              x={band.x}
              y={layout.phaseBandY + 26}
              width={band.width}
              height={4}
              fill={swatch.color}
              opacity={0.55}
            />
            <text className="GridLayer-phase" x={band.x + 12} y={layout.phaseBandY + 19} fill={swatch.ink}>
              {PHASE_LABELS[band.phase][locale].toUpperCase()}
            </text>
          </g>
        );
      })}
      {columns.map((column) => (
        <g key={column.index}>
          <rect
            className="GridLayer-stageHeader"
            x={column.x}
            y={layout.stageHeaderY}
            width={column.width}
            height={46}
            rx={8}
          />
          <text className="GridLayer-stageTitle" x={column.x + 12} y={layout.stageHeaderY + 20}>
            {column.kind === "stage"
              ? column.title.trim() || t("canvas.stage.untitled")
              : column.kind === "empty-phase"
                ? t("canvas.stage.none")
                : t("canvas.stage.unplaced")}
          </text>
          <text className="GridLayer-stageCount" x={column.x + 12} y={layout.stageHeaderY + 37}>
            {t("canvas.stage.count", { count: column.touchpointCount })}
          </text>
        </g>
      ))}
      {lanes.map((lane) => {
        const swatch = lane.key === "none" ? NO_CHANNEL_COLORS : CATEGORY_COLORS[lane.key];
        const label = lane.key === "none" ? t("canvas.lane.none") : CATEGORY_LABELS[lane.key][locale];
        // Two lines where one does not fit ("Reklam och marknadsföring"), as the SVG export draws it.
        const labelLines = wrapText(label, LANE_LABEL_WIDTH - 28, LANE_LABEL_FONT, 2);
        return (
          <g key={lane.key}>
            <rect x={0} y={lane.y} width={LANE_LABEL_WIDTH} height={lane.height} rx={8} fill={swatch.tint} />
            <rect x={0} y={lane.y} width={4} height={lane.height} rx={2} fill={swatch.color} />
            {labelLines.map((line, index) => (
              <text key={index} className="GridLayer-laneLabel" x={16} y={lane.y + 24 + index * 16} fill={swatch.ink}>
                {line}
              </text>
            ))}
            <text className="GridLayer-laneCount" x={16} y={lane.y + 42 + (labelLines.length - 1) * 16}>
              {t("canvas.stage.count", { count: lane.touchpointCount })}
            </text>
            {columns.map((column) => {
              const gap =
                lane.key !== "none" && column.phase !== undefined && gapKeys.has(`${column.phase}:${lane.key}`);
              return (
                <rect
                  key={column.index}
                  className="GridLayer-cell"
                  data-gap={gap || undefined}
                  data-kind={column.kind}
                  x={column.x}
                  y={lane.y}
                  width={column.width}
                  height={lane.height}
                  rx={8}
                />
              );
            })}
          </g>
        );
      })}
      {gaps.map((gap) => {
        const band = phaseBands.find((b) => b.phase === gap.phase);
        const lane = lanes.find((l) => l.key === gap.category);
        if (!band || !lane) return null;
        // SVG text does not wrap: what is missing and where go on two short lines, so a phase of one
        // stage (the narrowest band) holds its label instead of running into the next phase's.
        const label = t("canvas.gap", { category: CATEGORY_LABELS[gap.category][locale] });
        const room = band.width - 24;
        const squeeze =
          label.length * GAP_CHAR_WIDTH > room ? { textLength: room, lengthAdjust: "spacingAndGlyphs" } : {};
        return (
          <g key={`${gap.phase}:${gap.category}`} className="GridLayer-gap">
            <rect x={band.x + 2} y={lane.y + 2} width={band.width - 4} height={lane.height - 4} rx={7} />
            <text x={band.x + band.width / 2} y={lane.y + lane.height - 29} textAnchor="middle" {...squeeze}>
              {label}
            </text>
            <text
              className="GridLayer-gapPhase"
              x={band.x + band.width / 2}
              y={lane.y + lane.height - 14}
              textAnchor="middle"
            >
              {PHASE_LABELS[gap.phase][locale]}
            </text>
          </g>
        );
      })}
      {!readOnly && layout.cards.length === 0 && (
        <text className="GridLayer-hint" x={grid.x + grid.width / 2} y={grid.y + grid.height / 2} textAnchor="middle">
          {t("canvas.emptyHint")}
        </text>
      )}
      {layout.loopGutter && (
        <text
          className="GridLayer-loopLabel"
          x={layout.loopGutter.x + layout.loopGutter.width / 2}
          y={layout.loopGutter.y + layout.loopGutter.height - 4}
          textAnchor="middle"
        >
          {t("canvas.loop")}
        </text>
      )}
      <EmotionChart emotion={layout.emotion} t={t} curveColor={EMOTION_CURVE_COLOR} swatchOf={emotionSwatch} />
    </svg>
  );
});
