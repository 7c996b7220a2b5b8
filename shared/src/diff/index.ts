export {
  diffJourneys,
  META_DIFF_FIELDS,
  TOUCHPOINT_DIFF_FIELDS,
  type CollectionChange,
  type EditedTouchpoint,
  type JourneyDiff,
  type MetaDiffField,
  type TouchpointDiffField,
  type TouchpointRef,
} from "./diffJourneys";
