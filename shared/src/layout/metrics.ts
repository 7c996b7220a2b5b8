/**
 * The journey-map grid, shared by the SVG renderer, the templates and the editor canvas.
 *
 * The map is a grid: one column per stage (in stage order, grouped under the phase bands) and one
 * horizontal lane per channel category (in `CATEGORIES` order; a touchpoint's lane is the category of
 * its first known channel, and touchpoints with none sit in a trailing "no channel" lane).
 *
 * A touchpoint's `position` is the top-left corner of its card **relative to its cell** (stage column ×
 * lane), in canvas units. Columns and lanes grow to fit their cards, so reordering or inserting stages
 * never drops a card into someone else's column.
 */
export const CARD_WIDTH = 208;
export const CARD_HEIGHT = 96;
/** Space between cards stacked or set side by side in one cell. */
export const CARD_GAP = 16;
/** Space between a cell's edge and its cards. */
export const CELL_PADDING = 16;
/** Narrowest a stage column gets, even when it is empty. */
export const MIN_COLUMN_WIDTH = CARD_WIDTH + 2 * CELL_PADDING;
/** Lowest a lane gets, even when it is empty. */
export const MIN_LANE_HEIGHT = CARD_HEIGHT + 2 * CELL_PADDING;

/** The `position` of the n-th card stacked top to bottom in a cell (n from 0). */
export function stackedPosition(index: number, column = 0): { x: number; y: number } {
  return { x: column * (CARD_WIDTH + CARD_GAP), y: index * (CARD_HEIGHT + CARD_GAP) };
}
