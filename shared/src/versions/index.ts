export {
  VERSION_NAME_MAX_LENGTH,
  saveVersionRequestSchema,
  versionInfoSchema,
  versionKindSchema,
  versionListSchema,
  type SaveVersionRequest,
  type VersionInfo,
  type VersionKind,
  type VersionList,
} from "./versionApi";
