import type { JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import { plainEqual } from "../ydoc/plainValues";

/** A touchpoint's fields in the format's order; `id` is what pairs the two sides, never a change. */
export const TOUCHPOINT_DIFF_FIELDS = [
  "title",
  "stageId",
  "channelIds",
  "itSupport",
  "emotion",
  "critical",
  "owner",
  "notes",
  "painPoints",
  "opportunities",
  "capabilities",
  "votes",
  "position",
] as const satisfies readonly (keyof Touchpoint)[];
export type TouchpointDiffField = (typeof TOUCHPOINT_DIFF_FIELDS)[number];

export const META_DIFF_FIELDS = [
  "title",
  "description",
  "market",
  "coverage",
] as const satisfies readonly (keyof JourneyMap)[];
export type MetaDiffField = (typeof META_DIFF_FIELDS)[number];

export interface TouchpointRef {
  id: string;
  title: string;
}

export interface EditedTouchpoint extends TouchpointRef {
  /** The title in `before`, when it changed (`title` is the one in `after`). */
  previousTitle?: string;
  /** Which fields differ, in the format's order. */
  fields: TouchpointDiffField[];
}

/** How a collection other than the touchpoints changed, by id. */
export interface CollectionChange {
  before: number;
  after: number;
  added: number;
  removed: number;
  edited: number;
}

export interface JourneyDiff {
  touchpoints: {
    /** In `after`'s order (canvas order when both come from an export). */
    added: TouchpointRef[];
    /** In `before`'s order. */
    removed: TouchpointRef[];
    edited: EditedTouchpoint[];
  };
  /** Map-level fields that differ. */
  meta: MetaDiffField[];
  stages: CollectionChange;
  channels: CollectionChange;
  connections: CollectionChange;
  comments: CollectionChange;
  /** Nothing differs at all. */
  unchanged: boolean;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  // The format forbids duplicate ids; should a caller pass some anyway, the first one counts.
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function collectionChange<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  same: (a: T, b: T) => boolean = plainEqual,
): CollectionChange {
  const old = byId(before);
  const now = byId(after);
  let added = 0;
  let edited = 0;
  for (const [id, item] of now) {
    const earlier = old.get(id);
    if (earlier === undefined) added++;
    else if (!same(earlier, item)) edited++;
  }
  let removed = 0;
  for (const id of old.keys()) if (!now.has(id)) removed++;
  return { before: before.length, after: after.length, added, removed, edited };
}

function changedCollection(change: CollectionChange): boolean {
  return change.added + change.removed + change.edited > 0 || change.before !== change.after;
}

/** Stage order means something (it is the map's left-to-right), so a reorder counts as an edit. */
function stageChange(before: JourneyMap["stages"], after: JourneyMap["stages"]): CollectionChange {
  const change = collectionChange(before, after);
  const oldOrder = before.map((stage) => stage.id).filter((id) => after.some((stage) => stage.id === id));
  const newOrder = after.map((stage) => stage.id).filter((id) => before.some((stage) => stage.id === id));
  if (change.edited === 0 && !plainEqual(oldOrder, newOrder)) change.edited = 1;
  return change;
}

/**
 * What changed from `before` to `after`: touchpoints added, removed and edited (with the fields that
 * differ), map-level fields, and for stages, channels, connections and comment threads how many
 * there are on each side and how many were added, removed or edited. Entries are paired by id, so a
 * touchpoint deleted and re-made with a new id is one removed and one added, as the document saw it.
 * Pure; both maps are read, never changed.
 */
export function diffJourneys(before: JourneyMap, after: JourneyMap): JourneyDiff {
  const old = byId(before.touchpoints);
  const now = byId(after.touchpoints);
  const added: TouchpointRef[] = [];
  const edited: EditedTouchpoint[] = [];
  for (const [id, touchpoint] of now) {
    const earlier = old.get(id);
    if (earlier === undefined) {
      added.push({ id, title: touchpoint.title });
      continue;
    }
    const fields = TOUCHPOINT_DIFF_FIELDS.filter((field) => !plainEqual(earlier[field], touchpoint[field]));
    if (fields.length === 0) continue;
    edited.push({
      id,
      title: touchpoint.title,
      ...(earlier.title === touchpoint.title ? {} : { previousTitle: earlier.title }),
      fields,
    });
  }
  const removed = [...old.values()]
    .filter((touchpoint) => !now.has(touchpoint.id))
    .map((touchpoint) => ({ id: touchpoint.id, title: touchpoint.title }));
  const meta = META_DIFF_FIELDS.filter((field) => !plainEqual(before[field], after[field]));
  const stages = stageChange(before.stages, after.stages);
  const channels = collectionChange(before.channels, after.channels);
  const connections = collectionChange(before.connections, after.connections);
  const comments = collectionChange(before.comments, after.comments);
  const unchanged =
    added.length + removed.length + edited.length + meta.length === 0 &&
    ![stages, channels, connections, comments].some(changedCollection);
  return { touchpoints: { added, removed, edited }, meta, stages, channels, connections, comments, unchanged };
}
