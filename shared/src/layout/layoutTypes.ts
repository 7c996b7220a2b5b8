import type { Category, Phase } from "../format/enums";

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * `stage`: one of the map's stages. `empty-phase`: the placeholder of a phase with no stage.
 * `unplaced`: the trailing column of touchpoints whose `stageId` names no stage.
 */
export type ColumnKind = "stage" | "empty-phase" | "unplaced";

export interface ColumnLayout {
  index: number;
  kind: ColumnKind;
  /** Set for `stage` columns only. */
  stageId?: string;
  /** Unset for the `unplaced` column, which belongs to no phase. */
  phase?: Phase;
  /** The stage's title as the map spells it (may be empty); empty for the other kinds. */
  title: string;
  x: number;
  width: number;
  touchpointCount: number;
}

export interface PhaseBandLayout {
  phase: Phase;
  x: number;
  width: number;
  /** Indexes into `JourneyLayout.columns`: the phase's stages, or its one `empty-phase` column. */
  columnIndexes: number[];
  /** True when the phase has no stage. */
  empty: boolean;
}

/** A lane per category, and `none` for touchpoints without a known channel. */
export type LaneKey = Category | "none";

export interface LaneLayout {
  index: number;
  key: LaneKey;
  y: number;
  height: number;
  touchpointCount: number;
}

export interface CardLayout {
  touchpointId: string;
  columnIndex: number;
  laneIndex: number;
  /** Absolute, in layout coordinates. */
  rect: Rect;
}

/**
 * How an edge runs: `forward` from a card's right side to a later card's left side, `backward` the
 * other way, `vertical` between cards stacked in one column, `loop` the re-purchase loop from an
 * after-phase card back to a before-phase card, routed under the lanes.
 */
export type EdgeKind = "forward" | "backward" | "vertical" | "loop";

export interface EdgeLayout {
  connectionId: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** SVG path data, ending on the target card's border (draw the arrowhead there). */
  path: string;
  start: Point;
  end: Point;
  /** The cubic's control points (every kind but `loop`): `path` is `M start C c1 c2 end`. */
  controls?: [Point, Point];
  /** Where a label sits: on the curve's middle, or the loop's bottom run. */
  labelAt: Point;
}

export interface EmotionStagePoint {
  columnIndex: number;
  stageId: string;
  /** Mean emotion of the stage's rated touchpoints, −2…2. */
  average: number;
  ratedCount: number;
  x: number;
  y: number;
}

export interface EmotionTouchpointPoint {
  touchpointId: string;
  emotion: number;
  x: number;
  y: number;
}

export interface EmotionLaneLayout {
  /** The whole lane across the columns (the label gutter is to its left, as for the other lanes). */
  rect: Rect;
  /** y of +2 (top) and −2 (bottom): emotion e sits at `plotTop + (2 − e) / 4 × (plotBottom − plotTop)`. */
  plotTop: number;
  plotBottom: number;
  /** One per value −2…2, top to bottom, for grid lines and axis labels. */
  axis: { value: number; y: number }[];
  /** Per-stage averages in column order; stages without a rated touchpoint have none. */
  stagePoints: EmotionStagePoint[];
  /** Every rated touchpoint in a stage, at its card's centre x. */
  touchpointPoints: EmotionTouchpointPoint[];
  /** A smooth curve (monotone, so it never overshoots ±2) through `stagePoints`; empty for fewer than two. */
  curvePath: string;
}

export interface JourneyLayout {
  width: number;
  height: number;
  phaseBandY: number;
  stageHeaderY: number;
  /** The area of the cells: all columns × all lanes. */
  grid: Rect;
  phaseBands: PhaseBandLayout[];
  columns: ColumnLayout[];
  lanes: LaneLayout[];
  /** In the order of `map.touchpoints`. */
  cards: CardLayout[];
  cardsById: ReadonlyMap<string, CardLayout>;
  /** In the order of `map.connections`; connections with a missing end, or from a card to itself, have none. */
  edges: EdgeLayout[];
  /** The strip the re-purchase loops run in; absent when the map has no loop. */
  loopGutter?: Rect;
  emotion: EmotionLaneLayout;
}
