import { accessSync, constants, readdirSync, statSync } from "node:fs";
import path from "node:path";

const POSTGRES_ROOT = "/usr/lib/postgresql";
const INSTALL_HINT =
  "`.ci/run` installs Debian's `postgresql` and `redis-server` packages " +
  "(by hand, as root: `apt-get install -y postgresql redis-server`).";

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function pathDirs(): string[] {
  return (process.env.PATH ?? "").split(path.delimiter).filter((dir) => dir !== "");
}

/** Debian installs each major version side by side and puts none of the server binaries on PATH. */
function postgresVersionDirs(): string[] {
  let versions: string[];
  try {
    versions = readdirSync(POSTGRES_ROOT).filter((entry) => /^\d+(\.\d+)?$/.test(entry));
  } catch {
    return [];
  }
  return versions.sort((a, b) => Number(b) - Number(a)).map((version) => path.join(POSTGRES_ROOT, version, "bin"));
}

function firstExecutable(name: string, dirs: string[]): string | undefined {
  return dirs.map((dir) => path.join(dir, name)).find(isExecutableFile);
}

/** The newest installed PostgreSQL's `name`, so initdb and postgres come from the same version. */
export function findPostgresBin(name: "initdb" | "postgres" | "pg_ctl"): string {
  const found = firstExecutable(name, [...postgresVersionDirs(), ...pathDirs()]);
  if (found === undefined) {
    throw new Error(
      `PostgreSQL's \`${name}\` is not installed: not in ${POSTGRES_ROOT}/<version>/bin nor on PATH. ${INSTALL_HINT}`,
    );
  }
  return found;
}

/** `name` on PATH, or in /usr/bin and /usr/sbin, which a minimal PATH (or a non-root one) may lack. */
export function findOnPath(name: string): string {
  const found = firstExecutable(name, [...pathDirs(), "/usr/bin", "/usr/sbin"]);
  if (found === undefined) {
    throw new Error(`\`${name}\` is not installed: not on PATH nor in /usr/bin or /usr/sbin. ${INSTALL_HINT}`);
  }
  return found;
}
