import type { CSSProperties } from "react";
import type { Channel, Locale } from "@kundresa/shared";
import type { MapLookup } from "../mapLookup";
import type { ChipItem } from "../controls/ChipCombobox";
import { channelName, type Translate } from "../panelText";

/** A touchpoint's channel ids as chips: category colour, or red for an id not in the catalogue. */
export function channelChips(
  channelIds: readonly string[],
  byId: ReadonlyMap<string, Channel>,
  locale: Locale,
  t: Translate,
): ChipItem[] {
  return channelIds.map((id) => {
    const channel = byId.get(id);
    if (!channel) return { id, label: id, tone: "invalid", note: t("panels.inspector.channels.unknown") };
    return { id, label: channelName(channel, locale), tone: channel.category };
  });
}

/** The inspector's accent: the colour of the card's lane (its first known channel's category). */
export function accentStyle(channelIds: readonly string[], lookup: MapLookup): CSSProperties {
  const category = channelIds.map((id) => lookup.channel(id)?.category).find(Boolean);
  return { "--inspector-accent": category ? `var(--cat-${category})` : "var(--subtle)" } as CSSProperties;
}
