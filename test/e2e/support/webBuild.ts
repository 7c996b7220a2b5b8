import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
export const WEB_DIST = join(root, "web/dist");

/** What the editor bundle is built from: the same list server/start.mjs checks before `npm start`. */
const SOURCES = [
  "web/src",
  "web/build",
  "web/index.html",
  "web/vite.config.ts",
  "web/package.json",
  "shared/src",
  "pnpm-lock.yaml",
];

/** Newest modification time under `path`, skipping node_modules and dist. */
function newestChange(path: string): number {
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

/**
 * Builds web/dist with Vite when it is missing or older than its sources, so the suite (and the
 * canvas bench) always drives the editor as it is in the tree (the server serves the production
 * build, as `npm start` does). Says whether it built.
 */
export function ensureWebBuilt(): boolean {
  const built = join(WEB_DIST, "index.html");
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((path) => newestChange(join(root, path))));
  if (builtAt > sourcesAt) return false;
  const vite = join(root, "web/node_modules/vite/bin/vite.js");
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "error"], {
    cwd: join(root, "web"),
    encoding: "utf8",
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: slower,
    // bigger, and left in web/dist for `npm start` to serve.
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    throw new Error(`building the editor (vite build in web/) failed:\n${result.stdout}\n${result.stderr}`);
  }
  return true;
}
