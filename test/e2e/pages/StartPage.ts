import type { Locator, Page } from "playwright-core";

/** A file as a person would pick it in the file chooser. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** `/`: new map from a template, import, recent maps, open a link. */
export class StartPage {
  constructor(
    readonly page: Page,
    private readonly serverUrl: string,
  ) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.serverUrl}/`);
    await this.heading.waitFor();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** A card in "New map" by its visible name ("Blank map", "Broadband subscription", …). */
  template(name: string): Locator {
    return this.page
      .getByRole("region", { name: "New map" })
      .getByRole("button")
      .filter({ has: this.page.locator(".TemplateGallery-name", { hasText: name }) });
  }

  /** Clicks a template and waits for its new map's editor link (`/m/<id>#token=…`). */
  async createFrom(name: string): Promise<void> {
    await this.template(name).click();
    await this.page.waitForURL(/\/m\/[\w-]+#token=[\w-]+$/);
  }

  get importRegion(): Locator {
    return this.page.getByRole("region", { name: "Import" });
  }

  /** The problems a refused import lists (the alert under the drop zone). */
  get importProblems(): Locator {
    return this.importRegion.getByRole("alert");
  }

  /** "Choose file…", then the file in the browser's file chooser. */
  async importFile(file: PickedFile): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.importRegion.getByRole("button", { name: "Choose file…" }).click();
    await (await chooser).setFiles(file);
  }

  get recentMaps(): Locator {
    return this.page.getByRole("region", { name: "Recent on this device" }).getByRole("listitem");
  }
}
