import { CATEGORIES, PHASES, type Category, type Phase } from "../format/enums";
import type { JourneyMap } from "../format/journeyMap";
import type { Stage } from "../format/stage";
import { routeEdges } from "./edgeRoutes";
import { layoutEmotionLane } from "./emotionLane";
import {
  EMOTION_GAP,
  EMOTION_LANE_HEIGHT,
  EMPTY_PHASE_WIDTH,
  GRID_GUTTER,
  HEADER_ROW_GAP,
  LANE_LABEL_WIDTH,
  LOOP_GUTTER_HEIGHT,
  LOOP_SPACING,
  PHASE_BAND_HEIGHT,
  PHASE_GAP,
  STAGE_HEADER_HEIGHT,
} from "./gridMetrics";
import type {
  CardLayout,
  ColumnLayout,
  JourneyLayout,
  LaneKey,
  LaneLayout,
  PhaseBandLayout,
  Rect,
} from "./layoutTypes";
import { CARD_HEIGHT, CARD_WIDTH, CELL_PADDING, MIN_COLUMN_WIDTH, MIN_LANE_HEIGHT } from "./metrics";

/** A stored offset as the layout uses it: cards never sit left of or above their cell's padding. */
function cellOffset(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** Stage columns grouped under PHASES (stage order kept within a phase); a phase with none gets a placeholder. */
function buildColumns(stages: readonly Stage[]): { columns: ColumnLayout[]; columnOfStage: Map<string, number> } {
  const byPhase: Record<Phase, Stage[]> = { before: [], during: [], after: [] };
  for (const stage of stages) byPhase[stage.phase].push(stage);
  const columns: ColumnLayout[] = [];
  const columnOfStage = new Map<string, number>();
  const base = { title: "", x: 0, width: 0, touchpointCount: 0 };
  for (const phase of PHASES) {
    const phaseStages = byPhase[phase];
    if (phaseStages.length === 0) columns.push({ ...base, index: columns.length, kind: "empty-phase", phase });
    for (const stage of phaseStages) {
      // Import refuses duplicate ids; if one slips through (a live document), the first stage wins.
      if (columnOfStage.has(stage.id)) continue;
      columnOfStage.set(stage.id, columns.length);
      columns.push({ ...base, index: columns.length, kind: "stage", stageId: stage.id, phase, title: stage.title });
    }
  }
  return { columns, columnOfStage };
}

/**
 * The geometry of a journey map, shared by the SVG export and the editor canvas (conventions in
 * `metrics.ts` and `gridMetrics.ts`). Invariants:
 * - one column per stage, grouped in PHASES order, stage order kept inside a phase; a phase with no
 *   stage has one narrow `empty-phase` column; touchpoints in an unknown stage get a trailing
 *   `unplaced` column (present only then);
 * - one lane per category in CATEGORIES order, then a `none` lane only when some touchpoint has no
 *   known channel; a touchpoint's lane is the category of its first known channel;
 * - a card's rect is its cell's corner + `CELL_PADDING` + its `position` (negative parts as 0);
 *   columns and lanes grow so every card fits inside its cell with the padding on all sides;
 * - pure and deterministic: the same map gives the same layout; linear in the map's size.
 */
export function layoutJourney(map: JourneyMap): JourneyLayout {
  const { columns, columnOfStage } = buildColumns(map.stages);
  const categoryOfChannel = new Map<string, Category>();
  for (const channel of map.channels)
    if (!categoryOfChannel.has(channel.id)) categoryOfChannel.set(channel.id, channel.category);

  const laneKeyOf = (channelIds: readonly string[]): LaneKey => {
    for (const channelId of channelIds) {
      const category = categoryOfChannel.get(channelId);
      if (category !== undefined) return category;
    }
    return "none";
  };
  const laneKeys = map.touchpoints.map((touchpoint) => laneKeyOf(touchpoint.channelIds));
  const laneOrder: LaneKey[] = [...CATEGORIES];
  if (laneKeys.includes("none")) laneOrder.push("none");
  const laneIndexOf = new Map(laneOrder.map((key, index) => [key, index]));

  let unplacedIndex = -1;
  const placements = map.touchpoints.map((touchpoint, index) => {
    let columnIndex = columnOfStage.get(touchpoint.stageId);
    if (columnIndex === undefined) {
      if (unplacedIndex < 0) {
        unplacedIndex = columns.length;
        columns.push({ index: unplacedIndex, kind: "unplaced", title: "", x: 0, width: 0, touchpointCount: 0 });
      }
      columnIndex = unplacedIndex;
    }
    const laneIndex = laneIndexOf.get(laneKeys[index] as LaneKey) as number;
    return { columnIndex, laneIndex, dx: cellOffset(touchpoint.position.x), dy: cellOffset(touchpoint.position.y) };
  });

  // Cells grow to the farthest card edge in them, plus the padding on both sides.
  const columnExtent = new Array<number>(columns.length).fill(0);
  const laneExtent = new Array<number>(laneOrder.length).fill(0);
  const laneCounts = new Array<number>(laneOrder.length).fill(0);
  for (const { columnIndex, laneIndex, dx, dy } of placements) {
    columnExtent[columnIndex] = Math.max(columnExtent[columnIndex] as number, dx + CARD_WIDTH + 2 * CELL_PADDING);
    laneExtent[laneIndex] = Math.max(laneExtent[laneIndex] as number, dy + CARD_HEIGHT + 2 * CELL_PADDING);
    (columns[columnIndex] as ColumnLayout).touchpointCount++;
    laneCounts[laneIndex] = (laneCounts[laneIndex] as number) + 1;
  }

  let x = LANE_LABEL_WIDTH + GRID_GUTTER;
  columns.forEach((column, index) => {
    if (index > 0 && column.phase !== columns[index - 1]?.phase) x += PHASE_GAP;
    column.x = x;
    column.width =
      column.kind === "empty-phase" ? EMPTY_PHASE_WIDTH : Math.max(MIN_COLUMN_WIDTH, columnExtent[index] as number);
    x += column.width + GRID_GUTTER;
  });
  const gridRight = x - GRID_GUTTER;

  const stageHeaderY = PHASE_BAND_HEIGHT + HEADER_ROW_GAP;
  const gridTop = stageHeaderY + STAGE_HEADER_HEIGHT + GRID_GUTTER;
  let y = gridTop;
  const lanes: LaneLayout[] = laneOrder.map((key, index) => {
    const height = Math.max(MIN_LANE_HEIGHT, laneExtent[index] as number);
    const lane = { index, key, y, height, touchpointCount: laneCounts[index] as number };
    y += height + GRID_GUTTER;
    return lane;
  });
  const gridBottom = y - GRID_GUTTER;
  const firstColumn = LANE_LABEL_WIDTH + GRID_GUTTER;
  const grid: Rect = { x: firstColumn, y: gridTop, width: gridRight - firstColumn, height: gridBottom - gridTop };

  const phaseBands: PhaseBandLayout[] = PHASES.map((phase) => {
    const members = columns.filter((column) => column.phase === phase);
    const first = members[0] as ColumnLayout;
    const last = members[members.length - 1] as ColumnLayout;
    return {
      phase,
      x: first.x,
      width: last.x + last.width - first.x,
      columnIndexes: members.map((column) => column.index),
      empty: first.kind === "empty-phase",
    };
  });

  const cards: CardLayout[] = [];
  const cardsById = new Map<string, CardLayout>();
  map.touchpoints.forEach((touchpoint, index) => {
    const { columnIndex, laneIndex, dx, dy } = placements[index] as (typeof placements)[number];
    const column = columns[columnIndex] as ColumnLayout;
    const lane = lanes[laneIndex] as LaneLayout;
    const rect = {
      x: column.x + CELL_PADDING + dx,
      y: lane.y + CELL_PADDING + dy,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    };
    const card = { touchpointId: touchpoint.id, columnIndex, laneIndex, rect };
    cards.push(card);
    if (!cardsById.has(touchpoint.id)) cardsById.set(touchpoint.id, card);
  });

  const columnOf = (card: CardLayout): ColumnLayout => columns[card.columnIndex] as ColumnLayout;
  const routing = routeEdges(
    map.connections,
    cardsById,
    (card) => columnOf(card).phase,
    { leftOf: (card) => columnOf(card).x, rightOf: (card) => columnOf(card).x + columnOf(card).width },
    gridBottom,
  );
  const loopGutter =
    routing.loopTracks > 0
      ? {
          x: grid.x,
          y: gridBottom,
          width: grid.width,
          height: LOOP_GUTTER_HEIGHT + (routing.loopTracks - 1) * LOOP_SPACING,
        }
      : undefined;
  const emotionTop = (loopGutter ? loopGutter.y + loopGutter.height : gridBottom) + EMOTION_GAP;
  const emotionRect = { x: grid.x, y: emotionTop, width: grid.width, height: EMOTION_LANE_HEIGHT };

  return {
    width: gridRight,
    height: emotionRect.y + emotionRect.height,
    phaseBandY: 0,
    stageHeaderY,
    grid,
    phaseBands,
    columns,
    lanes,
    cards,
    cardsById,
    edges: routing.edges,
    ...(loopGutter ? { loopGutter } : {}),
    emotion: layoutEmotionLane(map.touchpoints, cards, columns, emotionRect),
  };
}
