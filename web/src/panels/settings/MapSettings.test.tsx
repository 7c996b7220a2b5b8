import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { MetaPatch } from "@kundresa/shared";
import { describe, expect, it, vi } from "vitest";
import { fixtureMap } from "../testing/fixtureMaps";
import { MapSettings } from "./MapSettings";

function setup(readOnly = false, locale: "en" | "sv" = "en") {
  const onChange = vi.fn<(patch: MetaPatch) => void>();
  render(
    <MapSettings map={{ ...fixtureMap(), market: "b2c" }} locale={locale} readOnly={readOnly} onChange={onChange} />,
  );
  return { user: userEvent.setup(), onChange };
}

describe("MapSettings", () => {
  it("toggles a coverage requirement, keeping the categories in catalogue order", async () => {
    const { user, onChange } = setup();
    const marketing = screen.getByRole("checkbox", { name: "Require Marketing in Before purchase" });
    expect(marketing).not.toBeChecked();
    await user.click(marketing);
    expect(onChange).toHaveBeenLastCalledWith({
      coverage: {
        before: ["marketing", "sales", "service", "communication"],
        during: ["sales", "service", "communication"],
        after: ["sales", "service", "communication"],
      },
    });
    await user.click(screen.getByRole("checkbox", { name: "Require Sales in After purchase" }));
    expect(onChange).toHaveBeenLastCalledWith({
      coverage: expect.objectContaining({ after: ["service", "communication"] }),
    });
  });

  it("sets and clears the market, and commits the title once", async () => {
    const { user, onChange } = setup();
    expect(screen.getByRole("radio", { name: "B2C" })).toHaveAttribute("aria-checked", "true");
    await user.click(screen.getByRole("radio", { name: "B2B" }));
    expect(onChange).toHaveBeenLastCalledWith({ market: "b2b" });
    await user.click(screen.getByRole("radio", { name: "Not set" }));
    expect(onChange).toHaveBeenLastCalledWith({ market: null });
    const title = screen.getByRole("textbox", { name: "Title" });
    await user.type(title, " 2025");
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith({ title: "Fixture journey 2025" });
  });

  it("speaks Swedish", () => {
    setup(false, "sv");
    expect(screen.getByRole("checkbox", { name: "Kräv Sälj i Efter köp" })).toBeChecked();
    expect(screen.getByRole("radiogroup", { name: "Marknad" })).toBeInTheDocument();
  });

  it("shows the settings, coverage included, with no controls on a view link", () => {
    setup(true);
    expect(screen.queryAllByRole("checkbox")).toHaveLength(0);
    expect(screen.queryAllByRole("textbox")).toHaveLength(0);
    expect(screen.queryAllByRole("radio")).toHaveLength(0);
    expect(screen.getByText("Fixture journey")).toBeInTheDocument();
    expect(screen.getAllByText("required")).toHaveLength(9);
  });
});
