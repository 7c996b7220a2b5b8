import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium: the suite never downloads a browser of its own. */
export const CHROMIUM = "/usr/bin/chromium";

/** Exactly these flags: headless in a container, nothing phoning home, nothing updating itself. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches Debian's Chromium, or fails (never skips) naming the command that installs it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM} and it is not there. ` +
        "Install Debian's package with `apt-get install -y chromium` (as root; `sudo apt-get update` first if needed).",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
