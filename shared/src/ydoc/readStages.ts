import type * as Y from "yjs";
import type { Stage } from "../format/stage";
import type { InvalidEntry } from "../validation/report";
import { STAGE_SPEC, parseEntry, rejected, type ValidEntry } from "./parseEntry";
import { plainEqual, toRawJson } from "./plainValues";

export interface StagesRead {
  /** In array order, each id once; `key` is the entry's index in the Y.Array. */
  valid: ValidEntry<Stage>[];
  invalid: InvalidEntry[];
}

/** The problem message of a later copy of a stage id; `isDuplicateStage` recognises it. */
export const DUPLICATE_STAGE_MESSAGE = "is a copy of an earlier stage with this id";

/**
 * The stages of the `stages` Y.Array. Never throws. A duplicate id (two people moving the same stage at
 * once leave two copies, see `reorderStage`) keeps the first valid entry and reports the later ones,
 * which `repairJourney` deletes. Stages are few, so any change re-parses all of them; a stage equal to
 * one of `previous` (same id and fields) is returned as that very object, even after a move.
 */
export function readStages(root: Y.Array<unknown> | undefined, previous: readonly ValidEntry<Stage>[]): StagesRead {
  const previousById = new Map(previous.map((entry) => [entry.value.id, entry.value]));
  const firstIndex = new Map<string, number>();
  const valid: ValidEntry<Stage>[] = [];
  const invalid: InvalidEntry[] = [];
  let stored: unknown[] = [];
  try {
    stored = root?.toArray() ?? [];
  } catch {
    stored = [];
  }
  stored.forEach((item, index) => {
    const parsed = parseEntry(STAGE_SPEC, String(index), item);
    if (!parsed.ok) {
      invalid.push(parsed.invalid);
      return;
    }
    const id = parsed.value.id;
    const earlier = firstIndex.get(id);
    if (earlier !== undefined) {
      const problem = { path: "id", message: `${DUPLICATE_STAGE_MESSAGE} "${id}" (stages[${earlier}])` };
      invalid.push(rejected("stages", String(index), [problem], toRawJson(item)).invalid);
      return;
    }
    firstIndex.set(id, index);
    const before = previousById.get(id);
    valid.push(before !== undefined && plainEqual(before, parsed.value) ? { ...parsed, value: before } : parsed);
  });
  return { valid, invalid };
}

/** Whether an invalid entry is a later copy of a stage, which `repairJourney` removes. */
export function isDuplicateStage(entry: InvalidEntry): boolean {
  return (
    entry.collection === "stages" &&
    entry.problems.some((problem) => problem.message.startsWith(DUPLICATE_STAGE_MESSAGE))
  );
}
