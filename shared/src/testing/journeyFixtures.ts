import { createJourney } from "../catalogue/createJourney";
import type { Channel } from "../format/channel";
import type { Connection } from "../format/connection";
import type { Phase } from "../format/enums";
import type { JourneyMap } from "../format/journeyMap";
import type { Stage } from "../format/stage";
import type { Touchpoint } from "../format/touchpoint";

/*
 * Builders for hand-made test maps, shared by the suites of every package (`@kundresa/shared/testing`).
 * A test names only the fields it is about; the rest is what import would fill in. Not part of the
 * library: only tests and their helpers import this folder.
 */

/** A touchpoint's fields as a test names them: the id, and whatever differs from the defaults. */
export type TouchpointFields = Pick<Touchpoint, "id"> & Partial<Touchpoint>;

/**
 * A complete touchpoint: `fields` over the format's defaults (not critical, empty owner, notes and
 * lists) and these placeholders: title `Touchpoint <id>`, the stage `stage-before` of `testJourney()`,
 * the `email` channel, IT support `unknown` (not assessed), position `{ x: 0, y: 0 }`. No `emotion`
 * unless given (absent means not rated). Every call returns new arrays: tests may mutate them.
 */
export function touchpoint(fields: TouchpointFields): Touchpoint {
  const defaults: Touchpoint = {
    id: fields.id,
    title: `Touchpoint ${fields.id}`,
    stageId: "stage-before",
    channelIds: ["email"],
    itSupport: "unknown",
    critical: false,
    owner: "",
    notes: "",
    painPoints: [],
    opportunities: [],
    capabilities: [],
    position: { x: 0, y: 0 },
  };
  return { ...defaults, ...fields };
}

/** A stage; its title defaults to its id. */
export function stage(id: string, phase: Phase, title = id): Stage {
  return { id, phase, title };
}

/** A channel; its name defaults to its id. */
export function channel(id: string, category: Channel["category"], name = id): Channel {
  return { id, category, name };
}

/** A connection; its label defaults to empty, as import fills it. */
export function connection(id: string, from: string, to: string, label = ""): Connection {
  return { id, from, to, label };
}

/**
 * A map titled "Test journey" as `createJourney` starts one (stages `stage-before`, `stage-during`,
 * `stage-after`, the English default channel catalogue, default coverage, nothing else), with `fields`
 * replacing whole top-level fields. A fresh object on every call: tests may mutate it.
 */
export function testJourney(fields: Partial<JourneyMap> = {}): JourneyMap {
  return { ...createJourney({ title: "Test journey" }), ...fields };
}
