import { describe, expect, it } from "vitest";
import { TEMPLATES, layoutJourney } from "@kundresa/shared";
import { neighbourInReadingOrder } from "./readingOrder";

const layout = layoutJourney(TEMPLATES[1]!.build());

/** Every card in Tab order, walking from the first with `step` +1. */
function walk(): string[] {
  const first = layout.cards.find(
    (card) => neighbourInReadingOrder(layout, card.touchpointId, -1) === undefined,
  )!.touchpointId;
  const order = [first];
  for (let next = neighbourInReadingOrder(layout, first, 1); next; next = neighbourInReadingOrder(layout, next, 1)) {
    order.push(next);
  }
  return order;
}

describe("reading order of the cards", () => {
  it("reaches every card once, stage by stage from the left and lane by lane from the top", () => {
    const order = walk();
    expect(new Set(order).size).toBe(layout.cards.length);
    expect(order).toHaveLength(layout.cards.length);
    const place = order.map((id) => layout.cardsById.get(id)!);
    for (let index = 1; index < place.length; index++) {
      const [before, after] = [place[index - 1]!, place[index]!];
      expect(
        after.columnIndex > before.columnIndex ||
          (after.columnIndex === before.columnIndex && after.laneIndex >= before.laneIndex),
      ).toBe(true);
    }
  });

  it("goes back the same way and ends at either end", () => {
    const order = walk();
    for (let index = 1; index < order.length; index++) {
      expect(neighbourInReadingOrder(layout, order[index]!, -1)).toBe(order[index - 1]);
    }
    expect(neighbourInReadingOrder(layout, order.at(-1)!, 1)).toBeUndefined();
    expect(neighbourInReadingOrder(layout, "no-such-card", 1)).toBeUndefined();
  });
});
