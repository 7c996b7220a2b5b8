import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { JourneyMap } from "../format/journeyMap";
import { canonicalJourney } from "../io/exportJourney";
import { layoutJourney } from "../layout/layoutJourney";
import type { Rect } from "../layout/layoutTypes";
import { stackedPosition } from "../layout/metrics";
import { renderJourneySvg } from "./renderJourneySvg";
import { electricityJourney } from "./testJourneys";

function labelRects(svg: string): { id: string; rect: Rect; leader: boolean }[] {
  const document = new DOMParser().parseFromString(svg, "image/svg+xml");
  return Array.from(document.getElementsByTagName("g"))
    .filter((group) => group.getAttribute("data-role") === "connection-label")
    .map((group: Element) => {
      const pill = group.getElementsByTagName("rect")[0];
      const number = (name: string) => Number(pill?.getAttribute(name));
      return {
        id: group.getAttribute("data-connection-id") ?? "",
        rect: { x: number("x"), y: number("y"), width: number("width"), height: number("height") },
        leader: group.getElementsByTagName("path").length > 0,
      };
    });
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Side by side in one lane, a labelled step between them, and more labelled steps nearby. */
function crowdedMap(): JourneyMap {
  const map = electricityJourney();
  const label = (id: string, text: string) => {
    const connection = map.connections.find((candidate) => candidate.id === id);
    if (connection) connection.label = text;
  };
  label("c5", "signs with BankID straight away"); // t6 → t7, stacked in one cell
  label("c7", "confirmation arrives"); // t8 → t11, neighbours in one lane
  label("c9", "first month passes"); // t11 → t12
  label("c12", "checks the contract end date");
  map.touchpoints.push({
    ...(map.touchpoints[5] as JourneyMap["touchpoints"][number]),
    id: "t21",
    title: "Second order",
    position: stackedPosition(2),
  });
  map.connections.push({ id: "c17", from: "t6", to: "t21", label: "orders again" });
  return map;
}

describe("connection labels", () => {
  it("never cover a card or another label, moving off the line (with a leader) when it must", () => {
    const map = crowdedMap();
    const layout = layoutJourney(canonicalJourney(map));
    const labels = labelRects(renderJourneySvg(map));
    expect(labels.map((label) => label.id).sort()).toEqual(["c10", "c12", "c17", "c2", "c5", "c7", "c9"].sort());
    for (const label of labels) {
      for (const card of layout.cards)
        expect(overlap(label.rect, card.rect), `${label.id} on ${card.touchpointId}`).toBe(false);
      for (const other of labels) {
        if (other !== label) expect(overlap(label.rect, other.rect), `${label.id} on ${other.id}`).toBe(false);
      }
    }
    // t8 → t11 are 48 units apart: its label cannot sit on the line.
    expect(labels.find((label) => label.id === "c7")?.leader).toBe(true);
  });
});

describe("re-purchase loops", () => {
  it("label two loops at different places along their run", () => {
    const map = electricityJourney();
    map.connections.push({ id: "c18", from: "t17", to: "t3", label: "" });
    const loops = layoutJourney(canonicalJourney(map)).edges.filter((edge) => edge.kind === "loop");
    expect(loops).toHaveLength(2);
    expect(Math.abs((loops[0]?.labelAt.x ?? 0) - (loops[1]?.labelAt.x ?? 0))).toBeGreaterThan(120);
    expect(loops[0]?.labelAt.y).not.toBe(loops[1]?.labelAt.y);
  });
});
