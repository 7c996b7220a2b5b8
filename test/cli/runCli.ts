import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));
const cli = fileURLToPath(new URL("../../server/src/cli/main.ts", import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `kundresa` command line in its own process, as `pnpm kundresa …` does. */
export function runCli(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [tsx, cli, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs it the way the README tells people to, through the workspace's package script: `pnpm
 * kundresa …` (pnpm as `npm start` installs it, through npx) or `npm run --silent kundresa -- …`.
 */
export function runScript(manager: "pnpm" | "npm", ...args: string[]): CliRun {
  const [command, prefix] =
    manager === "pnpm" ? ["npx", ["-y", "pnpm@10.34.8", "kundresa"]] : ["npm", ["run", "--silent", "kundresa", "--"]];
  const result = spawnSync(command, [...prefix, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
