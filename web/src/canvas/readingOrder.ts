import type { CardLayout, JourneyLayout } from "@kundresa/shared";

/**
 * The card `step` places after (or, negative, before) `id` in reading order: stage by stage from the
 * left, and within a stage lane by lane from the top. Tab walks the map in this order, which is also
 * how a facilitator reads it out; undefined past either end (so Tab can leave the canvas).
 */
export function neighbourInReadingOrder(layout: JourneyLayout, id: string, step: 1 | -1): string | undefined {
  const order = [...layout.cards].sort(
    (a: CardLayout, b: CardLayout) =>
      a.columnIndex - b.columnIndex || a.laneIndex - b.laneIndex || a.rect.y - b.rect.y || a.rect.x - b.rect.x,
  );
  const index = order.findIndex((card) => card.touchpointId === id);
  if (index < 0) return undefined;
  return order[index + step]?.touchpointId;
}
