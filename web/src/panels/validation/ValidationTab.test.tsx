import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { validateJourney, type JourneyMap } from "@kundresa/shared";
import { describe, expect, it, vi } from "vitest";
import { fixtureMap } from "../testing/fixtureMaps";
import { spokenText } from "../testing/spokenText";
import { ValidationTab } from "./ValidationTab";

function tab(map: JourneyMap) {
  return <ValidationTab report={validateJourney(map)} map={map} locale="en" onFocusIssue={vi.fn()} />;
}

async function fieldSalesCounts() {
  const header = await screen.findByRole("rowheader", { name: "Field sales" });
  const row = header.closest("tr");
  if (!row) throw new Error("no Field sales row");
  // Columns: integrated, stand-alone, none, not assessed, total.
  return within(row).getAllByRole("cell").map(spokenText);
}

describe("ValidationTab", () => {
  it("opens the channel × IT-support grid on demand and counts it from the map as it changes", async () => {
    const map = fixtureMap();
    const { rerender } = render(tab(map));
    expect(screen.queryByRole("table", { name: /per channel/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByText("Channels × IT support"));
    expect(await fieldSalesCounts()).toEqual(["1", "0", "0", "0", "1"]);

    // Someone marks the field-sales touchpoint as stand-alone: the open grid follows.
    const edited: JourneyMap = {
      ...map,
      touchpoints: map.touchpoints.map((touchpoint) =>
        touchpoint.channelIds.includes("field-sales") ? { ...touchpoint, itSupport: "standalone" } : touchpoint,
      ),
    };
    rerender(tab(edited));
    expect(await fieldSalesCounts()).toEqual(["0", "1", "0", "0", "1"]);
  });
});
