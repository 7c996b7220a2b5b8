import { useMemo } from "react";
import { itSupportMatrix, type JourneyMap, type Locale } from "@kundresa/shared";
import { ItSupportMatrix } from "./ItSupportMatrix";

export interface MapItSupportMatrixProps {
  channels: JourneyMap["channels"];
  touchpoints: JourneyMap["touchpoints"];
  locale: Locale;
}

/**
 * The IT-support grid of a map, counted here rather than by its caller: the grid is opened on
 * demand, so the counting and the table travel together in a chunk fetched only then.
 */
export function MapItSupportMatrix({ channels, touchpoints, locale }: MapItSupportMatrixProps) {
  const matrix = useMemo(() => itSupportMatrix({ channels, touchpoints }), [channels, touchpoints]);
  return <ItSupportMatrix matrix={matrix} channels={channels} locale={locale} />;
}
