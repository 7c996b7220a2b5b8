import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { TEMPLATES } from "@kundresa/shared";
import { EditorPage } from "../pages/EditorPage";
import type { E2eSuite } from "../support/e2eSuite";
import { eventually } from "../support/eventually";

/** A1 landscape in points: 841 × 594 mm at 72/25.4 points a millimetre. */
const A1_LANDSCAPE = [0, 0, 2383.94, 1683.78];

/** WinAnsi's typographic codes that Latin-1 leaves to control characters. */
const WIN_ANSI_TYPOGRAPHY: Readonly<Record<number, string>> = {
  0x85: "\u2026",
  0x91: "\u2018",
  0x92: "\u2019",
  0x93: "\u201C",
  0x94: "\u201D",
  0x96: "\u2013",
  0x97: "\u2014",
};

/**
 * The strings a PDF content stream shows with `Tj`, decoded from literal-string escapes and WinAnsi:
 * read here from the bytes alone, not with the exporter's own helpers.
 */
function shownStrings(pdf: string): string[] {
  return [...pdf.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((match) =>
    (match[1] ?? "")
      .replace(/\\([0-7]{1,3}|.)/g, (_escape, code: string) =>
        /^[0-7]+$/.test(code) ? String.fromCharCode(parseInt(code, 8)) : code,
      )
      .replace(/[\x80-\x9f]/g, (char) => WIN_ANSI_TYPOGRAPHY[char.charCodeAt(0)] ?? "?"),
  );
}

/** The PDF export: page size and orientation in a dialog with a preview, then a vector file. */
export function pdfExportScenarios(suite: E2eSuite): void {
  it("exports a template as an A1 landscape PDF, chosen by keyboard in the dialog, with the touchpoints as text", async () => {
    const template = TEMPLATES.find((candidate) => candidate.id === "retail-customer-club")?.build();
    if (!template) throw new Error("the retail template is gone");
    const created = await suite.createMap(template);
    const page = await suite.newPerson("Anna Lind");
    await EditorPage.open(page, suite.server.url, created.id, created.editToken, "edit");

    const exportButton = page.getByRole("button", { name: "Export" });
    await exportButton.click();
    await page.getByRole("menuitem", { name: /^PDF for printing/ }).click();
    const dialog = page.getByRole("dialog", { name: "Export as PDF" });
    await dialog.waitFor();
    const sizeSelect = dialog.getByLabel("Page size");
    // Focus starts on the first choice, and the defaults are A3, Auto.
    await eventually(() => sizeSelect.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await sizeSelect.inputValue()).toBe("A3");
    const orientation = dialog.getByRole("radiogroup", { name: "Orientation" });
    expect(await orientation.getByRole("radio", { name: "Auto" }).getAttribute("aria-checked")).toBe("true");

    // Keyboard only: the page size from the list, Tab to the orientation, arrows to Landscape.
    await sizeSelect.selectOption("A1");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await orientation.getByRole("radio", { name: "Landscape" }).getAttribute("aria-checked")).toBe("true");
    const preview = dialog.getByRole("img", { name: "Preview: A1 page, landscape" });
    // The page's shape (after its resize animation): A1 landscape is √2 times as wide as tall.
    await eventually(async () => {
      const box = await preview.boundingBox();
      return box ? Math.round((box.width / box.height) * 10) / 10 : 0;
    }).toBe(1.4);
    await expect
      .poll(() => dialog.locator("img.PdfExport-drawing").evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    await suite.screenshot(page, "pdf-export-dialog");

    const downloading = page.waitForEvent("download");
    await page.keyboard.press("Tab"); // Cancel
    await page.keyboard.press("Tab"); // Export PDF
    await page.keyboard.press("Enter");
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("Retail-with-a-customer-club.pdf");
    await dialog.waitFor({ state: "hidden" });
    await eventually(() => exportButton.evaluate((element) => element === document.activeElement)).toBe(true);

    const pdf = readFileSync(await download.path()).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
    const mediaBox = /\/MediaBox \[([^\]]+)\]/.exec(pdf)?.[1]?.split(" ").map(Number);
    expect(mediaBox).toEqual(A1_LANDSCAPE);
    const text = shownStrings(pdf).join(" ");
    expect(text).toContain("Retail with a customer club");
    for (const touchpoint of template.touchpoints) {
      // A card shows at most two lines of its title: its opening words are always among them.
      expect(text).toContain(touchpoint.title.slice(0, 24));
    }
  });
}
