import type { Locale } from "../catalogue/locale";
import type { Channel } from "../format/channel";
import type { JourneyMap } from "../format/journeyMap";
import type { JourneyLayout } from "../layout/layoutTypes";
import type { Severity } from "../validation/report";

/** What every part of the drawing reads: built once per render. */
export interface RenderContext {
  locale: Locale;
  /** The map in canonical order (`canonicalJourney`), so the output does not depend on array order. */
  map: JourneyMap;
  layout: JourneyLayout;
  channelsById: ReadonlyMap<string, Channel>;
  /** The worst error or warning the caller's issues name for each touchpoint. */
  touchpointIssues: ReadonlyMap<string, Exclude<Severity, "info">>;
}
