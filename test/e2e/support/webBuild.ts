import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { webBuildIsStale } from "../../../server/webBuildState.mjs";

const root = fileURLToPath(new URL("../../..", import.meta.url));
export const WEB_DIST = join(root, "web/dist");

/**
 * Builds web/dist with Vite when it is missing or older than its sources, so the suite (and the
 * canvas bench) always drives the editor as it is in the tree (the server serves the production
 * build, as `npm start` does). Says whether it built.
 */
export function ensureWebBuilt(): boolean {
  if (!webBuildIsStale(root)) return false;
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
