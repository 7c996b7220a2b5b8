export * from "./report";
export * from "./coverageMatrix";
export { ISSUE_ORDER } from "./issueOrder";
export { touchpointName } from "./messages";
export { validateJourney, emptyItSupportCounts, type ValidateOptions } from "./validateJourney";
export { createJourneyValidator, type JourneyValidator } from "./journeyValidator";
export {
  itSupportMatrix,
  type ItSupportMatrix,
  type ItSupportMatrixGroup,
  type ItSupportMatrixRow,
  type ItSupportTally,
} from "./itSupportMatrix";
