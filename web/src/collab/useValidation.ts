import { useMemo } from "react";
import { createJourneyValidator, type InvalidEntry, type JourneyMap, type ValidationReport } from "@kundresa/shared";

/**
 * The live validation report (contract §5). The incremental validator re-checks only what changed
 * since the last map (it relies on the reader's structural sharing), so typing in a 1,000-touchpoint
 * map does not re-validate all of it.
 */
export function useValidation(map: JourneyMap, invalidEntries: readonly InvalidEntry[]): ValidationReport {
  const validator = useMemo(() => createJourneyValidator(), []);
  return useMemo(() => validator.validate(map, { invalidEntries }), [validator, map, invalidEntries]);
}
