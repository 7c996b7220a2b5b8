import { useState } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SidePanel, type SidePanelTab } from "./SidePanel";

function Panel({ locale = "en" }: { locale?: "en" | "sv" }) {
  const [tab, setTab] = useState<SidePanelTab>("validation");
  return (
    <SidePanel locale={locale} activeTab={tab} onTabChange={setTab} summary={{ errors: 2, warnings: 5, infos: 1 }}>
      {(active) => <p>content of {active}</p>}
    </SidePanel>
  );
}

describe("SidePanel", () => {
  it("is a tab list whose tabs the arrow keys move through", async () => {
    render(<Panel />);
    const user = userEvent.setup();
    const validation = screen.getByRole("tab", { name: /Validation/ });
    expect(validation).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("content of validation");

    validation.focus();
    await user.keyboard("{ArrowRight}");
    const inspector = screen.getByRole("tab", { name: "Inspector" });
    expect(inspector).toHaveFocus();
    expect(inspector).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Inspector" })).toHaveTextContent("content of inspector");

    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Map" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: /Validation/ })).toHaveFocus();
    // Only the selected tab is a tab stop.
    expect(screen.getAllByRole("tab").filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });

  it("badges the Validation tab with the report's counts", () => {
    render(<Panel locale="sv" />);
    const validation = screen.getByRole("tab", { name: /^Validering\W+fel: 2, varningar: 5$/ });
    expect(validation).toHaveTextContent("2");
  });
});
