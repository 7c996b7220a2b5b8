import { lazy, Suspense, type ReactNode } from "react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../i18n/i18n";
import { ChunkBoundary, EditorLoading } from "./RouteLoading";

function inSwedish(children: ReactNode) {
  return render(<I18nProvider locale="sv">{children}</I18nProvider>);
}

describe("loading a screen's code", () => {
  it("shows the editor's frame and says the map is opening while the editor's code arrives", async () => {
    const NeverArrives = lazy(() => new Promise<never>(() => undefined));
    render(
      <I18nProvider locale="en">
        <Suspense fallback={<EditorLoading />}>
          <NeverArrives />
        </Suspense>
      </I18nProvider>,
    );
    expect(await screen.findByRole("status")).toHaveTextContent("Opening the map…");
    expect(screen.getByText("Kundresa")).toBeInTheDocument();
  });

  it("explains a failed download and offers a reload instead of a blank page", async () => {
    // React reports the caught error to the console; the test is about what the person sees.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const Broken = lazy(() => Promise.reject(new Error("Failed to fetch dynamically imported module")));
    inSwedish(
      <ChunkBoundary>
        <Suspense fallback={<EditorLoading />}>
          <Broken />
        </Suspense>
      </ChunkBoundary>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Redigeraren kunde inte laddas");
    expect(screen.getByRole("button", { name: "Ladda om" })).toBeInTheDocument();
    quiet.mockRestore();
  });
});
