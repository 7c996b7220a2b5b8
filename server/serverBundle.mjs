// How the server is bundled for `npm start` (server/start.mjs), and for the sync bench, which
// measures the server as users run it: one ES module per entry, dependencies bundled in, native
// addons loaded at run time from beside the output. Only esbuild, imported when called, so that
// start.mjs can import this before anything is installed.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Bundles `entry` into `outfile`. Native addons (better-sqlite3; koffi, for malloc_trim) cannot be
 * bundled: they load at run time, resolved from `outfile`'s folder upwards, so an output under
 * server/ finds them in server/node_modules (they are dependencies of @kundresa/server). `external`:
 * more packages to leave out of the bundle and load from node_modules.
 */
export async function bundleServer(root, entry, outfile, external = []) {
  const { build } = await import(pathToFileURL(join(root, "node_modules/esbuild/lib/main.js")).href);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
    external: ["better-sqlite3", "koffi", ...external],
    // Bundled ESM still meets CommonJS dependencies that call require().
    banner: {
      js: "import { createRequire as __kundresaRequire } from 'node:module'; const require = __kundresaRequire(import.meta.url);",
    },
  });
}
