import type { Channel } from "../format/channel";
import type { CommentThread } from "../format/comment";
import type { Connection } from "../format/connection";
import { CURRENT_VERSION, FORMAT_ID, type JourneyMap } from "../format/journeyMap";
import { LIMITS } from "../format/limits";
import type { Stage } from "../format/stage";
import type { Touchpoint } from "../format/touchpoint";
import { utf8ByteLength } from "../io/importJourney";
import { exportJourney } from "../io/exportJourney";
import type { InvalidEntry } from "../validation/report";
import type { ValidEntry } from "./parseEntry";

/*
 * A document can hold more than a journey-map file may (contract §2: at most 5,000 touchpoints,
 * 10,000 connections, 5 MiB): every client's edits are valid one by one, yet together they can pass
 * a limit. The map read from a document must always pass import, so whatever is past a limit is
 * reported as an invalid entry, chosen deterministically so every replica leaves out the same ones,
 * and stays in the document for the team to trim.
 */

/** UTF-8 length; most text in a map is ASCII, where it is the string's length (checked natively). */
export function byteLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text.length : utf8ByteLength(text);
}

/**
 * The whitespace `JSON.stringify(value, null, 2)` adds to `JSON.stringify(value)` for a value printed
 * at nesting `depth`: before each member a newline and its indentation (and a space after each key's
 * colon), before a non-empty container's closing bracket a newline and the container's indentation.
 * Walking the structure is far cheaper than printing it, and the reader does this for every entry.
 */
function indentation(value: unknown, depth: number): number {
  if (typeof value !== "object" || value === null) return 0;
  const memberIndent = 1 + 2 * (depth + 1);
  let extra = 0;
  let members = 0;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      extra += memberIndent + indentation(item, depth + 1);
      members++;
    }
  } else {
    for (const item of Object.values(value)) {
      // JSON leaves out undefined members (optional fields such as `emotion`).
      if (item === undefined) continue;
      extra += memberIndent + 1 + indentation(item, depth + 1);
      members++;
    }
  }
  return members === 0 ? 0 : extra + 1 + 2 * depth;
}

/**
 * What one entry adds, in UTF-8 bytes, to `exportJourney`'s text, at most: an element of a top-level
 * list is printed at depth 2 and preceded by a newline, four spaces and (but for the last) a comma.
 * Key order does not change the size, so the entry need not be in the export's key order.
 */
export function exportCost(value: unknown): number {
  return byteLength(JSON.stringify(value)) + indentation(value, 2) + 6;
}

/** A non-empty collection prints `[` … `\n  ]` instead of `[]`: two more bytes, five collections. */
const NON_EMPTY_COLLECTIONS_SLACK = 10;

export type JourneyMeta = Pick<JourneyMap, "title" | "description" | "market" | "coverage">;

/** Size of the exported file without any entries: the meta fields and five empty lists. */
export function metaCost(meta: JourneyMeta): number {
  const empty: JourneyMap = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    ...meta,
    stages: [],
    channels: [],
    touchpoints: [],
    connections: [],
    comments: [],
  };
  return utf8ByteLength(exportJourney(empty)) + NON_EMPTY_COLLECTIONS_SLACK;
}

export interface LimitInput {
  meta: JourneyMeta;
  /** In stage order; channels, touchpoints and connections sorted by id. */
  stages: readonly ValidEntry<Stage>[];
  channels: readonly ValidEntry<Channel>[];
  touchpoints: readonly ValidEntry<Touchpoint>[];
  connections: readonly ValidEntry<Connection>[];
  comments: readonly ValidEntry<CommentThread>[];
}

export interface LimitResult {
  stages: readonly ValidEntry<Stage>[];
  channels: readonly ValidEntry<Channel>[];
  touchpoints: readonly ValidEntry<Touchpoint>[];
  connections: readonly ValidEntry<Connection>[];
  comments: readonly ValidEntry<CommentThread>[];
  excess: InvalidEntry[];
}

/** How the problems of entries left out for a limit begin; `isPastLimit` recognises them. */
const PAST_COUNT_MESSAGE = "is past the limit of";
const PAST_SIZE_MESSAGE = "does not fit:";

/** Whether an invalid entry is valid in itself and was left out only for a count or size limit. */
export function isPastLimit(entry: InvalidEntry): boolean {
  return entry.problems.every(
    ({ path, message }) =>
      path === "" && (message.startsWith(PAST_COUNT_MESSAGE) || message.startsWith(PAST_SIZE_MESSAGE)),
  );
}

function overCount<T>(
  entries: readonly ValidEntry<T>[],
  max: number,
  collection: "touchpoints" | "connections" | "comments",
  excess: InvalidEntry[],
): readonly ValidEntry<T>[] {
  if (entries.length <= max) return entries;
  for (const entry of entries.slice(max)) {
    excess.push({
      collection,
      entryId: entry.key,
      problems: [
        {
          path: "",
          message: `${PAST_COUNT_MESSAGE} ${max} ${collection} a map may hold (the first ${max} by id are kept)`,
        },
      ],
      raw: entry.value,
    });
  }
  return entries.slice(0, max);
}

/**
 * Applies the format's count and size limits. Returns the input arrays themselves when nothing is
 * past a limit (the common case, and what keeps the cached reader's structural sharing). Past the
 * size limit, entries are admitted greedily in a fixed priority, stages in order, then channels,
 * touchpoints, connections and comment threads by id, so the result is the same on every replica.
 */
export function applyLimits(input: LimitInput): LimitResult {
  const excess: InvalidEntry[] = [];
  const touchpoints = overCount(input.touchpoints, LIMITS.maxTouchpoints, "touchpoints", excess);
  const connections = overCount(input.connections, LIMITS.maxConnections, "connections", excess);
  const comments = overCount(input.comments, LIMITS.maxCommentThreads, "comments", excess);
  const counted = { stages: input.stages, channels: input.channels, touchpoints, connections, comments };

  const fixedCost = metaCost(input.meta);
  let total = fixedCost;
  for (const list of Object.values(counted)) for (const entry of list) total += entry.cost;
  if (total <= LIMITS.maxBodyBytes) return { ...counted, excess };

  let budget = LIMITS.maxBodyBytes - fixedCost;
  function admit<T>(entries: readonly ValidEntry<T>[], collection: InvalidEntry["collection"]): ValidEntry<T>[] {
    const kept: ValidEntry<T>[] = [];
    for (const entry of entries) {
      if (entry.cost <= budget) {
        budget -= entry.cost;
        kept.push(entry);
        continue;
      }
      excess.push({
        collection,
        entryId: entry.key,
        problems: [
          {
            path: "",
            message: `${PAST_SIZE_MESSAGE} with it the map would be over ${LIMITS.maxBodyBytes / 1024 / 1024} MiB`,
          },
        ],
        raw: entry.value,
      });
    }
    return kept;
  }
  return {
    stages: admit(counted.stages, "stages"),
    channels: admit(counted.channels, "channels"),
    touchpoints: admit(counted.touchpoints, "touchpoints"),
    connections: admit(counted.connections, "connections"),
    comments: admit(counted.comments, "comments"),
    excess,
  };
}
