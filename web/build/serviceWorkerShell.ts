import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { Plugin } from "vite";

/** The string src/offline/serviceWorker.ts parses, replaced in the built worker by the manifest. */
const PLACEHOLDER = /(["'`])__KUNDRESA_SHELL__\1/g;
const WORKER_ENTRY = "sw";
const WORKER_FILE = "sw.js";

/**
 * Builds src/offline/serviceWorker.ts as /sw.js beside the editor (at the root, so its scope is
 * the whole app, and unhashed, so browsers find each new build's worker at the same URL) and
 * writes into it the list of every file the build emitted, so the worker can keep all of them:
 * the lazily loaded dialogs too, which a cache filled as pages load would lack offline.
 */
export function serviceWorkerShell(): Plugin {
  return {
    name: "kundresa:service-worker-shell",
    apply: "build",
    config(userConfig) {
      const root = resolve(userConfig.root ?? process.cwd());
      return {
        build: {
          rolldownOptions: {
            input: {
              index: resolve(root, "index.html"),
              [WORKER_ENTRY]: resolve(root, "src/offline/serviceWorker.ts"),
            },
            output: {
              entryFileNames: (chunk) => (chunk.name === WORKER_ENTRY ? WORKER_FILE : "assets/[name]-[hash].js"),
            },
          },
        },
      };
    },
    // After Vite's own HTML plugin, which emits index.html in this same hook.
    enforce: "post",
    generateBundle(_options, bundle) {
      const worker = bundle[WORKER_FILE];
      if (worker?.type !== "chunk") throw new Error(`the service worker was not built as ${WORKER_FILE}`);
      if (worker.imports.length > 0 || worker.dynamicImports.length > 0) {
        // A classic worker script cannot import; the worker must stay one self-contained file.
        throw new Error(`${WORKER_FILE} imports ${[...worker.imports, ...worker.dynamicImports].join(", ")}`);
      }
      const files = Object.keys(bundle)
        .filter((name) => name !== WORKER_FILE && !name.startsWith(`${WORKER_FILE}.`) && !name.endsWith(".map"))
        .map((name) => (name === "index.html" ? "/" : `/${name}`))
        .sort();
      if (!files.includes("/")) throw new Error("the build has no index.html for the service worker to keep");
      // Every asset name carries its content hash; index.html's bytes cover the rest.
      const hash = createHash("sha256").update(files.join("\n"));
      const index = bundle["index.html"];
      if (index?.type === "asset") hash.update(index.source);
      const manifest = JSON.stringify({ version: hash.digest("hex").slice(0, 16), files });
      let found = 0;
      worker.code = worker.code.replace(PLACEHOLDER, () => {
        found++;
        return JSON.stringify(manifest);
      });
      if (found !== 1) throw new Error(`${WORKER_FILE}: expected the shell placeholder once, found it ${found} times`);
    },
  };
}
