import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { coverageMatrix, defaultCoverage, itSupportMatrix, validateJourney } from "@kundresa/shared";
import { describe, expect, it, vi } from "vitest";
import { fixtureMap } from "../testing/fixtureMaps";
import { spokenText } from "../testing/spokenText";
import { CoverageMatrix } from "./CoverageMatrix";
import { ItSupportMatrix } from "./ItSupportMatrix";
import { ItSupportSummary } from "./ItSupportSummary";

/** The body cells of a phase's row, in category order (marketing, sales, service, communication). */
function phaseCells(phase: string) {
  const row = screen.getByRole("rowheader", { name: phase }).closest("tr");
  if (!row) throw new Error(`no row for ${phase}`);
  return within(row).getAllByRole("cell");
}

describe("CoverageMatrix", () => {
  const map = fixtureMap();

  it("counts touchpoints per phase and category and marks required empty cells as gaps", () => {
    render(<CoverageMatrix coverage={coverageMatrix(map)} required={map.coverage} locale="en" />);
    const [marketing, sales, service, communication] = phaseCells("Before purchase");
    expect(sales).toHaveTextContent("1");
    expect(communication).toHaveTextContent("1");
    // Service is required by default and empty before purchase: a gap, said in words as well.
    expect(service).toHaveTextContent("gap");
    expect(service).toHaveTextContent("gap: required, but no touchpoint");
    expect(service).toHaveClass("coverage-cell--gap");
    // Marketing is not required: quiet, no gap.
    expect(marketing).not.toHaveTextContent("gap");
    expect(marketing).toHaveTextContent("–");
    expect(marketing).toHaveTextContent("none, not required");
  });

  it("marks a gap for a category only once the map requires it", () => {
    const required = { ...defaultCoverage(), before: ["marketing" as const, "sales" as const] };
    render(<CoverageMatrix coverage={coverageMatrix(map)} required={required} locale="en" />);
    const [marketing, , service] = phaseCells("Before purchase");
    expect(marketing).toHaveClass("coverage-cell--gap");
    expect(service).not.toHaveTextContent("gap");
  });

  it("is a real table with row and column headers, in Swedish too", () => {
    render(<CoverageMatrix coverage={coverageMatrix(map)} required={map.coverage} locale="sv" />);
    expect(screen.getByRole("table", { name: "Kontaktpunkter per fas och kanalkategori" })).toBeInTheDocument();
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual([
      "MarkReklam och marknadsföring",
      "SäljSälj",
      "ServService",
      "KommKommunikation",
    ]);
    expect(phaseCells("Efter köp")[1]).toHaveTextContent("lucka");
  });

  it("offers each cell as a button when the editor can focus it", async () => {
    const onFocusCell = vi.fn();
    render(
      <CoverageMatrix coverage={coverageMatrix(map)} required={map.coverage} locale="en" onFocusCell={onFocusCell} />,
    );
    await userEvent.click(
      screen.getByRole("button", { name: "During purchase, Sales: gap: required, but no touchpoint" }),
    );
    expect(onFocusCell).toHaveBeenCalledWith("during", "sales");
  });
});

describe("ItSupportMatrix", () => {
  const map = fixtureMap();

  it("lists used channels by category with their counts, and hides unused ones by default", async () => {
    render(<ItSupportMatrix matrix={itSupportMatrix(map)} channels={map.channels} locale="en" />);
    const fieldSales = screen.getByRole("rowheader", { name: "Field sales" }).closest("tr");
    if (!fieldSales) throw new Error("no Field sales row");
    // Columns: integrated, stand-alone, none, not assessed, total.
    expect(within(fieldSales).getAllByRole("cell").map(spokenText)).toEqual(["1", "0", "0", "0", "1"]);
    expect(screen.queryByRole("rowheader", { name: "Customer club" })).not.toBeInTheDocument();
    expect(screen.getByText(`${map.channels.length - 4} unused hidden`)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("checkbox", { name: "Show unused channels" }));
    expect(screen.getByRole("rowheader", { name: "Customer club" })).toBeInTheDocument();
  });

  it("heads each category with its totals and sums every channel use at the foot", () => {
    render(<ItSupportMatrix matrix={itSupportMatrix(map)} channels={map.channels} locale="en" />);
    const communication = screen.getByRole("rowheader", { name: "Communication" }).closest("tr");
    if (!communication) throw new Error("no Communication row");
    // E-mail (integrated) and Letter (not assessed).
    expect(within(communication).getAllByRole("cell").map(spokenText)).toEqual(["1", "0", "0", "1", "2"]);
    const totals = screen.getByRole("rowheader", { name: "All channel uses" }).closest("tr");
    if (!totals) throw new Error("no totals row");
    expect(within(totals).getAllByRole("cell").map(spokenText)).toEqual(["2", "0", "1", "1", "4"]);
  });
});

describe("ItSupportSummary", () => {
  it("shows one count per level", () => {
    render(<ItSupportSummary counts={validateJourney(fixtureMap()).itSupport} locale="sv" />);
    const rows = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(rows.map((row) => row.textContent)).toEqual(["Integrerat1", "Stand-alone0", "Inget IT1", "Ej bedömt1"]);
  });
});
