import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { WEB_DIST } from "../e2e/support/webBuild";

export { WEB_DIST, ensureWebBuilt } from "../e2e/support/webBuild";

/**
 * Gzip size (level 9, as Vite reports it) of a file the server sent, looked up in `dist` by its
 * URL path; what a browser downloads from a server that compresses.
 */
export function gzipBytesOf(urlPath: string, dist = WEB_DIST): number {
  const file = join(dist, decodeURIComponent(urlPath.replace(/^\/+/, "")));
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export interface ScriptLoad {
  /** Chunk file names, e.g. `EditorPage-abc123.js`. */
  files: string[];
  gzipBytes: number;
}

/** Sums the gzip sizes of the JavaScript files a page fetched (their URL paths). */
export function scriptLoad(urlPaths: Iterable<string>, dist = WEB_DIST): ScriptLoad {
  const paths = [...new Set(urlPaths)].filter((path) => path.endsWith(".js")).sort();
  return {
    files: paths.map((path) => path.slice(path.lastIndexOf("/") + 1)),
    gzipBytes: paths.reduce((sum, path) => sum + gzipBytesOf(path, dist), 0),
  };
}
