#!/usr/bin/env node
// `npm start` and `npm test` begin here, on a machine that may have nothing but Node and npm: this
// file uses Node's standard library only, installs the workspace when needed, builds, then serves.
//
//   node server/start.mjs                  install if needed, build, serve
//   node server/start.mjs --prepare-tests  install if needed, make sure Chromium, PostgreSQL and Redis are there (npm test)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { webBuildIsStale } from "./webBuildState.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM = ["-y", "pnpm@10.34.8"];
const CHROMIUM = "/usr/bin/chromium";

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
    ...options,
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function fail(message) {
  console.error(`kundresa: ${message}`);
  process.exit(1);
}

function isInstalled() {
  const installed = join(root, "node_modules/.pnpm/lock.yaml");
  const wanted = join(root, "pnpm-lock.yaml");
  return existsSync(installed) && readFileSync(installed, "utf8") === readFileSync(wanted, "utf8");
}

function ensureInstalled() {
  if (isInstalled()) return;
  console.log("kundresa: installing dependencies (pnpm, from the lockfile)…");
  const status = run("npx", [...PNPM, "install", "--frozen-lockfile", "--reporter=append-only"]);
  if (status !== 0) fail("installing dependencies failed; see the output above");
}

/** Whether a PostgreSQL server binary is where the tests look for one (test/support/services). */
function hasPostgres() {
  const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql") : [];
  return versions.some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/postgres`)) || onPath("postgres");
}

function onPath(name) {
  return (process.env.PATH ?? "").split(":").some((dir) => dir !== "" && existsSync(join(dir, name)));
}

/**
 * The tests use real parts from Debian's packages: Chromium for the browser, PostgreSQL and Redis
 * for the shared-storage suites (started by the tests themselves on their own ports). Installed
 * when missing and we may; otherwise the command that would install them.
 */
function ensureTestTools() {
  const missing = [
    !existsSync(CHROMIUM) && "chromium",
    !hasPostgres() && "postgresql",
    !onPath("redis-server") && !existsSync("/usr/bin/redis-server") && "redis-server",
  ].filter(Boolean);
  if (missing.length === 0) return;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    fail(
      `the tests need Debian's ${missing.join(", ")} and this machine lacks them.\n` +
        `  Install them with:  sudo apt-get update && sudo apt-get install -y ${missing.join(" ")}\n` +
        "  (the tests never download a browser or a database of their own).",
    );
  }
  console.log(`kundresa: installing Debian's ${missing.join(", ")} for the tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (
    run("apt-get", ["update", "-qq"], { env }) !== 0 ||
    run("apt-get", ["install", "-y", "-qq", ...missing], { env }) !== 0
  ) {
    fail(`apt-get could not install them; install them by hand: apt-get install -y ${missing.join(" ")}`);
  }
}

/**
 * Builds the editor with Vite when its sources (or the model it bundles) changed since the last
 * build, so a second `npm start` on a built tree is up in well under 5 s.
 */
function buildWeb() {
  if (!webBuildIsStale(root)) return;
  console.log("kundresa: building the editor (vite build)…");
  const vite = join(root, "web/node_modules/vite/bin/vite.js");
  // NODE_ENV decides which React Vite bundles: a shell's `development` (or a test runner's `test`)
  // would ship React's slow development build to everyone who opens a map.
  const env = { ...process.env, NODE_ENV: "production" };
  if (run(process.execPath, [vite, "build", "--logLevel", "warn"], { cwd: join(root, "web"), env }) !== 0) {
    fail("building the editor failed; see the output above");
  }
}

async function buildServer() {
  const { bundleServer } = await import("./serverBundle.mjs");
  await bundleServer(root, join(root, "server/src/main.ts"), join(root, "server/dist/main.js"));
}

const mode = process.argv[2];
ensureInstalled();
if (mode === "--prepare-tests") {
  ensureTestTools();
} else if (mode === undefined) {
  buildWeb();
  await buildServer();
  // In this process, so SIGTERM/SIGINT reach the server's own graceful shutdown.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(join(root, "server/dist/main.js")).href);
} else {
  fail(`unknown option ${mode}`);
}
