export { ROOT_NAMES, journeyRoots, type JourneyRoots } from "./layout";
export { readJourney, type JourneyReadResult } from "./journeyCache";
export { createJourneyReader, type JourneyReader } from "./journeyReader";
export { isDuplicateStage } from "./readStages";
export { writeJourney } from "./writeJourney";
export {
  addTouchpoint,
  updateTouchpoint,
  moveTouchpoint,
  deleteTouchpoints,
  type TouchpointPatch,
} from "./touchpointIntents";
export {
  connect,
  updateConnection,
  deleteConnections,
  type ConnectionInput,
  type ConnectionPatch,
} from "./connectionIntents";
export {
  addStage,
  updateStage,
  renameStage,
  reorderStage,
  deleteStage,
  repairJourney,
  type StageInput,
  type StagePatch,
  type DeleteStageOptions,
} from "./stageIntents";
export {
  addChannel,
  updateChannel,
  deleteChannel,
  type ChannelInput,
  type ChannelPatch,
  type DeleteChannelOptions,
} from "./channelIntents";
export { setMeta, type MetaPatch } from "./metaIntents";
export {
  startCommentThread,
  replyToCommentThread,
  editCommentMessage,
  deleteCommentMessage,
  setCommentThreadResolved,
  deleteCommentThread,
} from "./commentIntents";
export {
  replaceEntry,
  removeEntry,
  repairOptions,
  EntryChangedError,
  type RepairTarget,
  type RepairOptions,
} from "./entryRepairIntents";
export { InvalidInputError } from "./intentInput";
export { plainEqual } from "./plainValues";
