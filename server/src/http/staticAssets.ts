import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { send } from "./respond";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
};

/** Vite names files under /assets/ by content hash, so a name never points at other bytes. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else (index.html above all) must be revalidated, or a deploy would not reach users. */
const REVALIDATE = "no-cache";

/** Paths the editor handles itself: the start page and a map. */
const APP_ROUTE = /^\/(?:m\/[^/]+\/?)?$/;

/** The built editor in `web/dist`, when there is one. */
export interface StaticAssets {
  /**
   * Serves a file or the app shell; false when the path is neither or `web/dist` does not exist
   * (checked per request: the editor may be built after the server started).
   */
  serve(pathname: string, response: ServerResponse): Promise<boolean>;
}

async function isFile(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

export function staticAssets(distDir: string): StaticAssets {
  const root = resolve(distDir);
  const indexPath = join(root, "index.html");

  /** The file a URL path names inside `root`, or undefined for anything that would leave it. */
  function fileFor(pathname: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    if (decoded.includes("\0") || decoded.split("/").includes("..")) return undefined;
    const path = resolve(root, `.${decoded}`);
    return path.startsWith(root + sep) ? path : undefined;
  }

  return {
    async serve(pathname, response) {
      if (APP_ROUTE.test(pathname)) {
        const html = await readFile(indexPath).catch(() => undefined);
        if (!html) return false;
        send(response, 200, "text/html; charset=utf-8", html, {
          "cache-control": REVALIDATE,
          // The token is in the URL fragment, which browsers never send; this keeps the page's URL
          // out of Referer headers to anything the page links to.
          "referrer-policy": "no-referrer",
        });
        return true;
      }
      const path = fileFor(pathname);
      const size = path === undefined ? undefined : await isFile(path);
      if (path === undefined || size === undefined) return false;
      response.writeHead(200, {
        "content-type": CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
        "content-length": size,
        "cache-control": pathname.startsWith("/assets/") ? IMMUTABLE : REVALIDATE,
        "x-content-type-options": "nosniff",
      });
      createReadStream(path)
        .on("error", () => response.destroy())
        .pipe(response);
      return true;
    },
  };
}
