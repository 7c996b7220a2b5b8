import type { JourneyLayout, Rect } from "@kundresa/shared";

/** One step of a presentation: the whole journey, one stage, or the gaps. */
export type Slide =
  { kind: "overview" } | { kind: "stage"; columnIndex: number; title: string; number: number } | { kind: "gaps" };

/** The journey first, then each stage left to right (stage columns only), then the gaps. */
export function presenterSlides(layout: JourneyLayout): Slide[] {
  const stages = layout.columns.filter((column) => column.kind === "stage");
  return [
    { kind: "overview" },
    ...stages.map((column, index) => ({
      kind: "stage" as const,
      columnIndex: column.index,
      title: column.title,
      number: index + 1,
    })),
    { kind: "gaps" },
  ];
}

/** The part of the map a slide frames: a stage's column from its phase band to the emotion lane. */
export function slideBounds(layout: JourneyLayout, slide: Slide): Rect {
  const whole = withRoomForBar({ x: -8, y: -8, width: layout.width + 16, height: layout.height + 16 });
  if (slide.kind !== "stage") return whole;
  const column = layout.columns[slide.columnIndex];
  if (!column) return whole;
  // From the phase band to the last lane: the cards fill the screen, so they read across a room (the
  // emotion curve has the overview). A little of the neighbours shows at the sides, so the stage
  // reads as part of the journey.
  const top = layout.phaseBandY - 8;
  const bottom = layout.grid.y + layout.grid.height + 8;
  return withRoomForBar({ x: column.x - 24, y: top, width: column.width + 48, height: bottom - top });
}

/** The presenter's bar floats over the bottom of the screen: frame a strip more, so it covers nothing. */
function withRoomForBar(rect: Rect): Rect {
  return { ...rect, height: rect.height * 1.14 };
}

/** The phase band around a stage slide's column: what the spotlight leaves lit. */
export function spotlightFor(layout: JourneyLayout, slide: Slide): { x: number; width: number } | undefined {
  if (slide.kind !== "stage") return undefined;
  const band = layout.phaseBands.find((candidate) => candidate.columnIndexes.includes(slide.columnIndex));
  return band ? { x: band.x, width: band.width } : undefined;
}
