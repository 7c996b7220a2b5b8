import { layoutJourney, type JourneyLayout, type JourneyMap, type Touchpoint } from "@kundresa/shared";

/*
 * The layout depends on a few fields only: the stages, the channels' categories, each touchpoint's
 * stage, channels, position and emotion, and the connections' ends. Most edits (a title, notes, IT
 * support, an owner, a connection label) touch none of them, so the editor keeps the last layout for
 * those instead of laying out the whole map again; on a 2,000-card map that is most of an edit's cost.
 * The document reader keeps unchanged entries and collections identical (`===`), which makes the
 * comparison a quick walk over the arrays.
 */

function sameArray<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!same(a[index] as T, b[index] as T)) return false;
  return true;
}

const sameStrings = (a: readonly string[], b: readonly string[]) => sameArray(a, b, (x, y) => x === y);

function sameTouchpointPlace(a: Touchpoint, b: Touchpoint): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.stageId === b.stageId &&
      a.position.x === b.position.x &&
      a.position.y === b.position.y &&
      a.emotion === b.emotion &&
      sameStrings(a.channelIds, b.channelIds))
  );
}

/** Whether `layoutJourney` would give the same geometry for both maps. */
export function sameLayoutInputs(a: JourneyMap, b: JourneyMap): boolean {
  return (
    sameArray(a.stages, b.stages, (x, y) => x === y || (x.id === y.id && x.phase === y.phase && x.title === y.title)) &&
    sameArray(a.channels, b.channels, (x, y) => x === y || (x.id === y.id && x.category === y.category)) &&
    sameArray(
      a.connections,
      b.connections,
      (x, y) => x === y || (x.id === y.id && x.from === y.from && x.to === y.to),
    ) &&
    sameArray(a.touchpoints, b.touchpoints, sameTouchpointPlace)
  );
}

/** `layoutJourney`, answering with the previous layout (the same object) while its inputs are unchanged. */
export function createLayoutCache(): (map: JourneyMap) => JourneyLayout {
  let last: { map: JourneyMap; layout: JourneyLayout } | undefined;
  return (map) => {
    if (last && (last.map === map || sameLayoutInputs(last.map, map))) {
      last = { map, layout: last.layout };
      return last.layout;
    }
    last = { map, layout: layoutJourney(map) };
    return last.layout;
  };
}
