import type { ImportProblem } from "./problems";

/** One forward step of the format: takes a version-`from` document and returns version `from + 1`. */
export interface Migration {
  from: number;
  /** What changed, for the changelog and for error messages. */
  description: string;
  up: (document: Record<string, unknown>) => Record<string, unknown>;
}

export type MigrationResult =
  { ok: true; document: Record<string, unknown>; migratedFrom: number } | { ok: false; problem: ImportProblem };

export interface MigrationSequence {
  firstVersion: number;
  currentVersion: number;
  migrate: (document: Record<string, unknown>) => MigrationResult;
}

/**
 * Builds the forward-only migration chain from `firstVersion` to `currentVersion`. The sequence is
 * checked when the module loads: one step per version, no gaps, no step past the current version, so
 * a mistake in a future format bump fails every test run instead of corrupting somebody's file.
 */
export function createMigrationSequence(
  firstVersion: number,
  currentVersion: number,
  steps: readonly Migration[],
): MigrationSequence {
  if (steps.length !== currentVersion - firstVersion) {
    throw new Error(
      `migration sequence: expected ${currentVersion - firstVersion} steps from version ${firstVersion} to ${currentVersion}, got ${steps.length}`,
    );
  }
  steps.forEach((step, index) => {
    if (step.from !== firstVersion + index) {
      throw new Error(`migration sequence: step ${index} migrates from ${step.from}, expected ${firstVersion + index}`);
    }
  });

  function migrate(document: Record<string, unknown>): MigrationResult {
    const version = document["version"];
    if (typeof version !== "number" || !Number.isInteger(version)) {
      return {
        ok: false,
        problem: {
          path: "version",
          message: `must be a whole number (this Kundresa reads versions ${firstVersion}–${currentVersion})`,
        },
      };
    }
    if (version > currentVersion) {
      return {
        ok: false,
        problem: {
          path: "version",
          message: `version ${version} is newer than this Kundresa understands (up to ${currentVersion}): update Kundresa to open this file`,
        },
      };
    }
    if (version < firstVersion) {
      return {
        ok: false,
        problem: {
          path: "version",
          message: `version ${version} is not a known version of the format (the first is ${firstVersion})`,
        },
      };
    }
    let current = document;
    for (const step of steps.slice(version - firstVersion)) {
      current = { ...step.up(current), version: step.from + 1 };
    }
    return { ok: true, document: current, migratedFrom: version };
  }

  return { firstVersion, currentVersion, migrate };
}
