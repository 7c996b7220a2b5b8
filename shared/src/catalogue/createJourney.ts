import { PHASES } from "../format/enums";
import { CURRENT_VERSION, FORMAT_ID, defaultCoverage, type JourneyMap } from "../format/journeyMap";
import { defaultChannels } from "./channels";
import type { Locale } from "./locale";
import { PHASE_LABELS } from "./phases";

export interface CreateJourneyOptions {
  title?: string;
  locale?: Locale;
}

/** A new, empty map: one stage per phase, the default channel catalogue, default coverage. */
export function createJourney(options: CreateJourneyOptions = {}): JourneyMap {
  const locale = options.locale ?? "en";
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: options.title ?? (locale === "sv" ? "Ny kundresa" : "New customer journey"),
    description: "",
    coverage: defaultCoverage(),
    stages: PHASES.map((phase) => ({ id: `stage-${phase}`, phase, title: PHASE_LABELS[phase][locale] })),
    channels: defaultChannels(locale),
    touchpoints: [],
    connections: [],
    comments: [],
  };
}
