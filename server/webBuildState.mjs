import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/*
 * Whether web/dist is older than what it is built from. `npm start` and the test suite both build
 * the editor on demand, so they must agree on the sources: one list, here. Plain JavaScript because
 * start.mjs runs before anything is installed or compiled.
 */

/** What the editor bundle is built from, relative to the repository root. */
export const WEB_SOURCES = [
  "web/src",
  "web/build",
  "web/index.html",
  "web/vite.config.ts",
  "web/package.json",
  "shared/src",
  "pnpm-lock.yaml",
];

/** Newest modification time under `path` (a file or folder), skipping node_modules and dist. */
function newestChange(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry !== "node_modules" && entry !== "dist") newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/** True when web/dist/index.html is missing or older than any of WEB_SOURCES. */
export function webBuildIsStale(root) {
  const built = join(root, "web/dist/index.html");
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  return builtAt <= Math.max(...WEB_SOURCES.map((path) => newestChange(join(root, path))));
}
