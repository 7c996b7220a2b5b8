import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { validateJourney, type JourneyMap, type ValidationIssue } from "@kundresa/shared";
import { describe, expect, it, vi } from "vitest";
import { fixtureMap } from "../testing/fixtureMaps";
import { ValidationPanel } from "./ValidationPanel";

function setup(map: JourneyMap = fixtureMap(), locale: "en" | "sv" = "en") {
  const onFocusIssue = vi.fn<(issue: ValidationIssue) => void>();
  const report = validateJourney(map);
  render(<ValidationPanel report={report} map={map} locale={locale} onFocusIssue={onFocusIssue} />);
  return { user: userEvent.setup(), onFocusIssue, report };
}

function tile(label: string) {
  const tiles = screen.getByRole("list", { name: /summary|Sammanfattning/ });
  return within(tiles).getByText(label).closest("li");
}

describe("ValidationPanel", () => {
  it("counts errors, warnings and notes, and groups the findings by severity", () => {
    // Fixture: one critical touchpoint without IT (error), one not assessed, five coverage gaps.
    setup();
    expect(tile("Errors")).toHaveTextContent("1");
    expect(tile("Warnings")).toHaveTextContent("6");
    expect(tile("Notes")).toHaveTextContent("0");
    const errors = screen.getByRole("list", { name: "Errors" });
    expect(within(errors).getAllByRole("button")).toHaveLength(1);
    expect(within(screen.getByRole("list", { name: "Warnings" })).getAllByRole("button")).toHaveLength(6);
    expect(screen.queryByRole("list", { name: "Notes" })).not.toBeInTheDocument();
  });

  it("names what each finding concerns: the touchpoint, or the phase and category", () => {
    setup();
    const errors = screen.getByRole("list", { name: "Errors" });
    expect(within(errors).getByRole("button")).toHaveTextContent(
      "Critical gapInstallationA business-critical customer meeting with no IT support.",
    );
    const warnings = screen.getByRole("list", { name: "Warnings" });
    expect(within(warnings).getByRole("button", { name: /Before purchase · Service/ })).toHaveTextContent(
      "No touchpoint in this phase uses a Service channel.",
    );
    expect(within(warnings).getByRole("button", { name: /Not assessed.*Renewal letter/ })).toBeInTheDocument();
  });

  it("hands the clicked finding to the editor to focus", async () => {
    const { user, onFocusIssue } = setup();
    await user.click(screen.getByRole("button", { name: /Not assessed.*Renewal letter/ }));
    expect(onFocusIssue).toHaveBeenCalledTimes(1);
    expect(onFocusIssue.mock.calls[0]?.[0]).toMatchObject({ rule: "it-support.unassessed", touchpointId: "t-letter" });
    await user.click(screen.getByRole("button", { name: /During purchase · Sales/ }));
    expect(onFocusIssue.mock.calls[1]?.[0]).toMatchObject({
      rule: "coverage.missing",
      phase: "during",
      category: "sales",
    });
  });

  it("folds a severity group away and back", async () => {
    const { user } = setup();
    const toggle = screen.getByRole("button", { name: /Warnings/, expanded: true });
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("list", { name: "Warnings" })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByRole("list", { name: "Warnings" })).toBeInTheDocument();
  });

  it("speaks Swedish, built from the rule and its targets rather than the English engine message", () => {
    setup(fixtureMap(), "sv");
    expect(tile("Fel")).toHaveTextContent("1");
    expect(tile("Varningar")).toHaveTextContent("6");
    const warnings = screen.getByRole("list", { name: "Varningar" });
    expect(within(warnings).getByRole("button", { name: /Före köp · Service/ })).toHaveTextContent(
      "TäckningsluckaFöre köp · ServiceIngen kontaktpunkt i den här fasen använder en kanal inom Service.",
    );
    expect(screen.getByText("Ett affärskritiskt kundmöte utan IT-stöd.")).toBeInTheDocument();
    expect(screen.queryByText(/business-critical/)).not.toBeInTheDocument();
    expect(screen.queryByText(/No touchpoint/)).not.toBeInTheDocument();
  });

  it("names both ends of a broken connection", () => {
    const base = fixtureMap();
    setup({ ...base, connections: [...base.connections, { id: "c9", from: "t-letter", to: "t-gone", label: "" }] });
    expect(screen.getByRole("button", { name: /Broken connection/ })).toHaveTextContent(
      "Renewal letter → missing touchpoint “t-gone”It ends at a touchpoint that does not exist.",
    );
  });

  it("celebrates a clean map", () => {
    const map = fixtureMap();
    const report = { ...validateJourney(map), issues: [], summary: { errors: 0, warnings: 0, infos: 0 } };
    render(<ValidationPanel report={report} map={map} locale="en" onFocusIssue={() => {}} />);
    expect(screen.getByRole("status")).toHaveTextContent("A clean map!");
    expect(screen.queryAllByRole("button")).toHaveLength(0);
  });
});
