import { CATEGORIES, PHASES, type Category, type Phase } from "../format/enums";
import type { Rect } from "../layout/layoutTypes";
import { CARD_HEIGHT, CARD_WIDTH, CELL_PADDING } from "../layout/metrics";
import { coverageMatrix } from "../validation/coverageMatrix";
import type { RenderContext } from "./context";
import { el, text, tooltip, wrap } from "./elements";
import { gapMessage, word } from "./labels";
import { GAP_COLORS } from "./palette";
import { wrapText, type FontSpec } from "./text";

const NOTE_FONT: FontSpec = { size: 11 };

export interface CoverageGapNote {
  phase: Phase;
  category: Category;
  /** Where the note sits: a card's place in the phase's first stage column, in the category's lane. */
  rect: Rect;
}

/**
 * Every required category with no touchpoint in a phase (contract §5's `coverage.missing`), placed
 * like a card in the empty cell. A phase with no stage gets none: its hatched column already says
 * the whole phase is missing, and the legend's coverage table still lists its gaps.
 */
export function coverageGapNotes(context: RenderContext): CoverageGapNote[] {
  const { layout, map } = context;
  const matrix = coverageMatrix(map);
  const notes: CoverageGapNote[] = [];
  for (const phase of PHASES) {
    const band = layout.phaseBands.find((candidate) => candidate.phase === phase);
    const column = band && !band.empty ? layout.columns[band.columnIndexes[0] as number] : undefined;
    if (!column) continue;
    for (const category of CATEGORIES) {
      if (!map.coverage[phase].includes(category) || matrix[phase][category] > 0) continue;
      const lane = layout.lanes.find((candidate) => candidate.key === category);
      if (!lane) continue;
      const rect = { x: column.x + CELL_PADDING, y: lane.y + CELL_PADDING, width: CARD_WIDTH, height: CARD_HEIGHT };
      notes.push({ phase, category, rect });
    }
  }
  return notes;
}

/** A dashed red ghost card: "Coverage gap — No service touchpoint before purchase". */
function gapNote({ phase, category, rect }: CoverageGapNote, context: RenderContext): string {
  const { locale } = context;
  const { x, y, width } = rect;
  const message = gapMessage(phase, category, locale);
  const lines = wrapText(message, width - 20, NOTE_FONT, 3);
  return wrap(
    "g",
    { "data-role": "coverage-gap", "data-phase": phase, "data-category": category },
    tooltip(`${word("coverageGap", locale)}: ${message}`) +
      el("rect", {
        ...rect,
        rx: 8,
        fill: GAP_COLORS.tint,
        stroke: GAP_COLORS.color,
        "stroke-width": 1.2,
        "stroke-dasharray": "5 4",
      }) +
      text(
        { x: x + 10, y: y + 21, "font-size": NOTE_FONT.size, "font-weight": 700, fill: GAP_COLORS.ink },
        word("coverageGap", locale),
      ) +
      lines
        .map((line, index) =>
          text({ x: x + 10, y: y + 39 + index * 14, "font-size": NOTE_FONT.size, fill: GAP_COLORS.ink }, line),
        )
        .join(""),
  );
}

/** The notes, drawn like cards: over the lines that pass their cell. */
export function renderCoverageGaps(notes: readonly CoverageGapNote[], context: RenderContext): string {
  return wrap("g", { "data-role": "coverage-gaps" }, notes.map((note) => gapNote(note, context)).join(""));
}
