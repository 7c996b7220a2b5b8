/**
 * The frame around the cells (see `metrics.ts` for the cells themselves): the lane-label gutter on the
 * left, the phase band and stage header rows on top, and the re-purchase loop and emotion lanes below.
 * The layout's origin (0, 0) is the top-left corner of that frame.
 */

/** Width of the lane labels on the left ("Marketing", "Sales"…); the emotion lane's axis uses it too. */
export const LANE_LABEL_WIDTH = 156;
/** Height of the Before / During / After band row. */
export const PHASE_BAND_HEIGHT = 30;
/** Height of the stage-title row under the phase bands: room for a title on two lines. */
export const STAGE_HEADER_HEIGHT = 46;
/** Space between the phase band row and the stage header row. */
export const HEADER_ROW_GAP = 4;
/** Space between neighbouring columns, between lanes, and between the labels and the cells. */
export const GRID_GUTTER = 6;
/** Extra space between the last column of one phase and the first of the next, so the bands read apart. */
export const PHASE_GAP = 10;
/** Width of the placeholder column of a phase that has no stage: narrow, but its band label fits. */
export const EMPTY_PHASE_WIDTH = 164;
/** Height of the strip under the lanes where re-purchase loops run back from after to before. */
export const LOOP_GUTTER_HEIGHT = 40;
/** Extra depth per further loop, so several loops run side by side instead of on top of each other. */
export const LOOP_SPACING = 8;
/** Loops beyond this many share the deepest track; the strip must not grow without bound. */
export const MAX_LOOP_TRACKS = 6;
/** Space between the lanes (or the loop strip) and the emotion lane. */
export const EMOTION_GAP = 18;
/** Height of the emotion lane, plot padding included. */
export const EMOTION_LANE_HEIGHT = 176;
/** Vertical space inside the emotion lane above +2 and below −2 (room for point labels). */
export const EMOTION_PLOT_PADDING = 28;
