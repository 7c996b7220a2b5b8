import type { Touchpoint } from "../format/touchpoint";
import { EMOTION_PLOT_PADDING } from "./gridMetrics";
import type {
  CardLayout,
  ColumnLayout,
  EmotionLaneLayout,
  EmotionStagePoint,
  EmotionTouchpointPoint,
  Rect,
} from "./layoutTypes";
import { monotonePath } from "./pathData";

const EMOTION_VALUES = [2, 1, 0, -1, -2] as const;

/**
 * The emotion lane's geometry: the −2…+2 axis, one point per stage at the mean of its rated
 * touchpoints (at the column's centre, so the curve reads left to right like the journey), and one
 * point per rated touchpoint. Touchpoints in no stage are left out: they have no place in the order.
 */
export function layoutEmotionLane(
  touchpoints: readonly Touchpoint[],
  cards: readonly CardLayout[],
  columns: readonly ColumnLayout[],
  rect: Rect,
): EmotionLaneLayout {
  const plotTop = rect.y + EMOTION_PLOT_PADDING;
  const plotBottom = rect.y + rect.height - EMOTION_PLOT_PADDING;
  const yOf = (emotion: number): number => plotTop + ((2 - emotion) / 4) * (plotBottom - plotTop);

  const sums = new Array<number>(columns.length).fill(0);
  const counts = new Array<number>(columns.length).fill(0);
  const touchpointPoints: EmotionTouchpointPoint[] = [];
  touchpoints.forEach((touchpoint, index) => {
    const card = cards[index];
    if (touchpoint.emotion === undefined || !card) return;
    if (columns[card.columnIndex]?.kind !== "stage") return;
    const emotion = Math.max(-2, Math.min(2, touchpoint.emotion));
    sums[card.columnIndex] = (sums[card.columnIndex] as number) + emotion;
    counts[card.columnIndex] = (counts[card.columnIndex] as number) + 1;
    touchpointPoints.push({
      touchpointId: touchpoint.id,
      emotion,
      x: card.rect.x + card.rect.width / 2,
      y: yOf(emotion),
    });
  });

  const stagePoints: EmotionStagePoint[] = [];
  for (const column of columns) {
    const count = counts[column.index] as number;
    if (column.kind !== "stage" || column.stageId === undefined || count === 0) continue;
    const average = (sums[column.index] as number) / count;
    stagePoints.push({
      columnIndex: column.index,
      stageId: column.stageId,
      average,
      ratedCount: count,
      x: column.x + column.width / 2,
      y: yOf(average),
    });
  }

  return {
    rect,
    plotTop,
    plotBottom,
    axis: EMOTION_VALUES.map((value) => ({ value, y: yOf(value) })),
    stagePoints,
    touchpointPoints,
    curvePath: monotonePath(stagePoints),
  };
}
