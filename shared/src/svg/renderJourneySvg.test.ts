import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { JourneyMap } from "../format/journeyMap";
import { validateJourney } from "../validation/validateJourney";
import { renderJourneySvg } from "./renderJourneySvg";
import { NASTY_TITLE, electricityJourney, unfinishedJourney } from "./testJourneys";

/** Parses strictly: any warning or error from the parser fails the test (well-formedness). */
function parseSvg(svg: string): Document {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(svg, "image/svg+xml");
  expect(problems).toEqual([]);
  return document;
}

function all(document: Document): Element[] {
  return Array.from(document.getElementsByTagName("*"));
}

function byRole(document: Document, role: string): Element[] {
  return all(document).filter((element) => element.getAttribute("data-role") === role);
}

function shuffled(map: JourneyMap): JourneyMap {
  return {
    ...map,
    channels: [...map.channels].reverse(),
    touchpoints: [...map.touchpoints].reverse(),
    connections: [...map.connections.slice(3), ...map.connections.slice(0, 3)].reverse(),
  };
}

describe("renderJourneySvg: a standalone SVG document", () => {
  for (const [name, map] of [
    ["a realistic map", electricityJourney()],
    ["an unfinished map", unfinishedJourney()],
  ] as const) {
    it(`is well-formed, with xmlns, a viewBox and a matching width and height (${name})`, () => {
      const document = parseSvg(renderJourneySvg(map, { issues: validateJourney(map).issues }));
      const root = document.documentElement as Element;
      expect(root.tagName).toBe("svg");
      expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
      const [x, y, width, height] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number);
      expect([x, y]).toEqual([0, 0]);
      expect(Number(root.getAttribute("width"))).toBe(width);
      expect(Number(root.getAttribute("height"))).toBe(height);
      expect(width).toBeGreaterThan(900);
    });

    it(`has no foreignObject and no reference outside itself (${name})`, () => {
      const svg = renderJourneySvg(map);
      const document = parseSvg(svg);
      const elements = all(document);
      const ids = new Set(elements.map((element) => element.getAttribute("id")).filter((id) => id));
      const names = new Set(elements.map((element) => element.localName));
      for (const banned of ["foreignObject", "image", "script", "style", "use", "a", "iframe"]) {
        expect(names.has(banned), banned).toBe(false);
      }
      for (const element of elements) {
        for (const attribute of Array.from(element.attributes)) {
          if (/href$/i.test(attribute.name)) expect(ids.has(attribute.value.replace(/^#/, ""))).toBe(true);
          for (const [, target] of attribute.value.matchAll(/url\(\s*([^)]*)\)/g)) {
            expect(target?.startsWith("#"), `${attribute.name}=${attribute.value}`).toBe(true);
            expect(ids.has((target ?? "").slice(1))).toBe(true);
          }
          if (attribute.name !== "xmlns") expect(attribute.value).not.toMatch(/:\/\//);
        }
      }
      expect(svg).not.toMatch(/@import|@font-face/);
    });
  }

  it("draws every touchpoint once as a <g data-touchpoint-id> whose text holds its title, escaped", () => {
    const map = unfinishedJourney();
    map.touchpoints.push({
      ...(map.touchpoints[0] as JourneyMap["touchpoints"][number]),
      id: "emoji",
      title: "Café ☕ 🎉🇸🇪",
    });
    const svg = renderJourneySvg(map);
    const document = parseSvg(svg);
    for (const touchpoint of map.touchpoints) {
      const groups = all(document).filter((element) => element.getAttribute("data-touchpoint-id") === touchpoint.id);
      expect(groups).toHaveLength(1);
      expect(groups[0]?.tagName).toBe("g");
      expect(groups[0]?.textContent).toContain(touchpoint.title);
    }
    expect(svg).toContain("Price &lt;b&gt;&quot;fair&quot;&lt;/b&gt; &amp; clear ]]&gt; &apos;quoted&apos; 🎉 done");
    expect(svg).not.toContain(NASTY_TITLE);
  });

  it("stays well-formed when a title holds characters XML forbids", () => {
    const map = electricityJourney();
    (map.touchpoints[0] as JourneyMap["touchpoints"][number]).title = "bell\u0007 lone\uD800 surrogate \uFFFF";
    map.title = "form\u000Cfeed";
    const document = parseSvg(renderJourneySvg(map));
    const card = all(document).find((element) => element.getAttribute("data-touchpoint-id") === "t1");
    expect(card?.textContent).toContain("bell lone surrogate ");
  });
});

describe("renderJourneySvg: deterministic", () => {
  it("gives byte-identical output for the same map, and for the same content in another array order", () => {
    const map = electricityJourney();
    const issues = validateJourney(map).issues;
    const first = renderJourneySvg(map, { issues });
    expect(renderJourneySvg(electricityJourney(), { issues })).toBe(first);
    expect(renderJourneySvg(shuffled(map), { issues: [...issues].reverse() })).toBe(first);
    expect(first).not.toMatch(/20\d\d-\d\d-\d\d/);
  });
});

describe("renderJourneySvg: what the map shows", () => {
  const map = electricityJourney();
  const document = parseSvg(renderJourneySvg(map, { issues: validateJourney(map).issues }));

  it("shows the header, the three phase bands, and the stages in order", () => {
    expect(byRole(document, "map-title")[0]?.textContent).toBe(map.title);
    expect(byRole(document, "header")[0]?.textContent).toContain("B2C");
    const bands = byRole(document, "phase-band");
    expect(bands.map((band) => band.getAttribute("data-phase"))).toEqual(["before", "during", "after"]);
    expect(bands.map((band) => band.textContent)).toEqual(["BEFORE PURCHASE", "DURING PURCHASE", "AFTER PURCHASE"]);
    const stages = byRole(document, "stage");
    expect(stages.map((stage) => stage.getAttribute("data-stage-id"))).toEqual(map.stages.map((stage) => stage.id));
    expect(stages[0]?.textContent).toContain("Awareness");
  });

  it("shows the category lanes with their labels", () => {
    const lanes = byRole(document, "lane");
    expect(lanes.map((lane) => lane.getAttribute("data-lane"))).toEqual([
      "marketing",
      "sales",
      "service",
      "communication",
    ]);
    expect(lanes[0]?.textContent).toContain("Marketing");
  });

  it("marks each card's IT support, critical star, emotion and channel names", () => {
    const card = (id: string) => all(document).find((element) => element.getAttribute("data-touchpoint-id") === id);
    const ordered = card("t6");
    expect(ordered?.getAttribute("data-it-support")).toBe("integrated");
    expect(ordered?.textContent).toContain("Integrated");
    expect(ordered?.textContent).toContain("E-commerce");
    expect(byRole(ordered as unknown as Document, "critical")).toHaveLength(1);
    expect(ordered?.getElementsByTagName("circle")[0]?.getAttribute("fill")).toBe("#16A34A");
    const firstInvoice = card("t12");
    expect(firstInvoice?.textContent).toContain("No IT");
    expect(
      all(firstInvoice as unknown as Document).some((element) => element.getAttribute("data-emotion") === "-2"),
    ).toBe(true);
    expect(byRole(card("t2") as unknown as Document, "critical")).toHaveLength(0);
  });

  it("draws every routed connection as a path with an arrowhead, and the re-purchase loop dashed and labelled", () => {
    const connections = byRole(document, "connection");
    expect(connections).toHaveLength(map.connections.length - 1);
    for (const connection of connections) {
      const path = connection.getElementsByTagName("path")[0];
      expect(path?.getAttribute("marker-end")).toBe("url(#kr-arrow)");
      expect(path?.getAttribute("d")).toMatch(/^M[\d.]+ [\d.]+ C/);
    }
    const loops = byRole(document, "repurchase-loop");
    expect(loops.map((loop) => loop.getAttribute("data-connection-id"))).toEqual(["c15"]);
    expect(loops[0]?.getElementsByTagName("path")[0]?.getAttribute("stroke-dasharray")).toBeTruthy();
    expect(loops[0]?.textContent).toBe("re-purchase loop");
    expect(byRole(document, "connection-label").map((label) => label.textContent)).toEqual([
      "clicks through",
      "complains",
    ]);
  });

  it("draws the emotion curve under the cards, with a labelled point per rated stage", () => {
    const curve = byRole(document, "emotion-curve")[0];
    expect(byRole(curve as unknown as Document, "emotion-line")).toHaveLength(1);
    const points = byRole(document, "emotion-point");
    expect(points.map((point) => point.getAttribute("data-stage-id"))).toEqual(map.stages.map((stage) => stage.id));
    // Sign-up: 2, 1 and 1 → +1.3; Billing: −2, −1, +1, 0 and −1 → −0.6.
    expect(points[2]?.textContent).toContain("+1.3");
    expect(points[4]?.textContent).toContain("\u22120.6");
  });

  it("has a legend with the IT-support levels and their counts, the categories and the markers", () => {
    expect(byRole(document, "legend")).toHaveLength(1);
    const itSupport = byRole(document, "legend-it-support")[0]?.textContent ?? "";
    expect(itSupport).toContain("Integrated IT support9");
    expect(itSupport).toContain("Stand-alone IT support5");
    expect(itSupport).toContain("No IT support3");
    expect(itSupport).toContain("Not assessed3");
    expect(byRole(document, "legend-categories")[0]?.textContent).toContain("Communication");
    const markers = byRole(document, "legend-markers")[0]?.textContent ?? "";
    expect(markers).toContain("Business-critical customer meeting");
    expect(markers).toContain("Re-purchase loop");
  });

  it("marks touchpoints the given issues name, and counts the issues in the header", () => {
    const issues = byRole(document, "issue");
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((issue) => issue.getAttribute("data-severity") === "error")).toBe(true);
    expect(byRole(document, "issue-summary")[0]?.textContent).toMatch(/1 error.*warnings/);
    const plain = parseSvg(renderJourneySvg(map));
    expect(byRole(plain, "issue")).toHaveLength(0);
    expect(byRole(plain, "issue-summary")).toHaveLength(0);
  });

  it("leaves the header out with title: false", () => {
    const bare = parseSvg(renderJourneySvg(map, { title: false }));
    expect(byRole(bare, "header")).toHaveLength(0);
    expect(byRole(bare, "touchpoint")).toHaveLength(map.touchpoints.length);
  });
});

describe("renderJourneySvg: coverage gaps", () => {
  it("notes a required category with no touchpoint in a phase, and drops the note once a touchpoint fills it", () => {
    const map = electricityJourney();
    const gaps = byRole(parseSvg(renderJourneySvg(map)), "coverage-gap");
    expect(gaps.map((gap) => [gap.getAttribute("data-phase"), gap.getAttribute("data-category")])).toEqual([
      ["before", "service"],
    ]);
    expect(gaps[0]?.textContent).toContain("No service touchpoint before purchase");
    const rect = gaps[0]?.getElementsByTagName("rect")[0];
    expect(rect?.getAttribute("stroke-dasharray")).toBeTruthy();

    const filled = electricityJourney();
    filled.touchpoints.push({
      ...(filled.touchpoints[1] as JourneyMap["touchpoints"][number]),
      id: "t99",
      channelIds: ["support"],
    });
    expect(byRole(parseSvg(renderJourneySvg(filled)), "coverage-gap")).toHaveLength(0);
  });

  it("shows a phase without stages as a hatched empty column, and touchpoints without a stage or channel apart", () => {
    const document = parseSvg(renderJourneySvg(unfinishedJourney()));
    expect(byRole(document, "empty-phase").map((column) => column.getAttribute("data-phase"))).toEqual(["during"]);
    expect(byRole(document, "unplaced-column")).toHaveLength(1);
    expect(byRole(document, "lane").map((lane) => lane.getAttribute("data-lane"))).toContain("none");
    const gapPhases = byRole(document, "coverage-gap").map((gap) => gap.getAttribute("data-phase"));
    expect(gapPhases).not.toContain("during");
    expect(gapPhases).toContain("before");
  });
});

describe("renderJourneySvg: locale", () => {
  it("labels phases, lanes, IT support and the legend in Swedish with locale sv", () => {
    const svg = renderJourneySvg(electricityJourney(), { locale: "sv" });
    const document = parseSvg(svg);
    expect(byRole(document, "phase-band").map((band) => band.textContent)).toEqual([
      "FÖRE KÖP",
      "UNDER KÖP",
      "EFTER KÖP",
    ]);
    expect(byRole(document, "lane")[1]?.textContent).toContain("Sälj");
    expect(byRole(document, "legend-it-support")[0]?.textContent).toContain("Integrerat IT-stöd");
    expect(byRole(document, "repurchase-loop")[0]?.textContent).toBe("återköpsslinga");
    const card = all(document).find((element) => element.getAttribute("data-touchpoint-id") === "t6");
    expect(card?.textContent).toContain("Integrerat");
    expect(card?.textContent).toContain("E-handel");
    expect(svg).not.toContain("BEFORE PURCHASE");
  });
});

describe("renderJourneySvg: size", () => {
  it("renders a map of 1,000 touchpoints quickly (string building, linear)", () => {
    const base = electricityJourney();
    const touchpoints = Array.from({ length: 1000 }, (_, index) => ({
      ...(base.touchpoints[index % base.touchpoints.length] as JourneyMap["touchpoints"][number]),
      id: `t${index}`,
      title: `Touchpoint number ${index} with a title long enough to wrap over two lines`,
      position: { x: 0, y: Math.floor(index / 6) * 112 },
    }));
    const connections = touchpoints.slice(1).map((touchpoint, index) => ({
      id: `c${index}`,
      from: `t${index}`,
      to: touchpoint.id,
      label: index % 10 === 0 ? "next" : "",
    }));
    const map = { ...base, touchpoints, connections };
    renderJourneySvg(map);
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const svg = renderJourneySvg(map);
      best = Math.min(best, performance.now() - started);
      expect(svg.length).toBeGreaterThan(1000 * 500);
    }
    // Well under 200 ms on a laptop; the bound leaves room for a slow CI machine, not for a quadratic step.
    expect(best).toBeLessThan(400);
  });
});
