import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { NewVersion, StoredVersion, VersionKind, VersionRecord } from "./journeyStorage";

/** A `versions` row as both stores return it; PostgreSQL hands BIGINTs over as strings. */
export interface VersionRow {
  id: number | string;
  map_id: string;
  kind: VersionKind;
  name: string;
  author: string | null;
  created_at: number | string;
  touchpoints: number;
  content_hash: string;
}

/** The columns a new version is inserted into, in the order `versionValues` gives them. */
export const VERSION_INSERT_COLUMNS = "map_id, kind, name, author, created_at, touchpoints, content_hash, content";

export function versionRecordOf(row: VersionRow): VersionRecord {
  return {
    id: String(row.id),
    mapId: row.map_id,
    kind: row.kind,
    name: row.name,
    ...(row.author === null ? {} : { author: row.author }),
    createdAt: Number(row.created_at),
    touchpoints: row.touchpoints,
    contentHash: row.content_hash,
  };
}

/**
 * A new version's values for `VERSION_INSERT_COLUMNS`. Content is deflated (raw DEFLATE): a
 * workshop's map is tens of kilobytes of JSON, and retention keeps a few hundred versions of it.
 */
export function versionValues(
  version: NewVersion,
): [string, VersionKind, string, string | null, number, number, string, Buffer] {
  return [
    version.mapId,
    version.kind,
    version.name,
    version.author ?? null,
    version.createdAt,
    version.touchpoints,
    version.contentHash,
    deflateRawSync(version.content),
  ];
}

export function storedVersionOf(row: VersionRow & { content: Uint8Array }): StoredVersion {
  return { ...versionRecordOf(row), content: inflateRawSync(row.content).toString("utf8") };
}
