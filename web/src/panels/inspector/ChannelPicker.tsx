import { useMemo } from "react";
import { CATEGORIES, catalogueChannel, type Channel, type Locale } from "@kundresa/shared";
import { ChipCombobox, type ComboGroup } from "../controls/ChipCombobox";
import { categoryName, channelName, type Translate } from "../panelText";
import { channelChips } from "./touchpointChips";

export interface ChannelPickerProps {
  channelIds: readonly string[];
  channels: readonly Channel[];
  locale: Locale;
  t: Translate;
  onChange: (channelIds: string[]) => void;
  inputId?: string;
}

/**
 * The touchpoint's channels: chips in the category's colour (the first one colours the card), a
 * search grouped by category to add more, and red chips for ids the map's catalogue no longer has.
 */
export function ChannelPicker({ channelIds, channels, locale, t, onChange, inputId }: ChannelPickerProps) {
  const byId = useMemo(() => new Map(channels.map((channel) => [channel.id, channel])), [channels]);

  const chips = channelChips(channelIds, byId, locale, t);

  const groups = useMemo<ComboGroup[]>(
    () =>
      CATEGORIES.map((category) => ({
        id: category,
        label: categoryName(category, locale),
        tone: category,
        options: channels
          .filter((channel) => channel.category === category)
          .map((channel) => {
            const known = catalogueChannel(channel.id);
            return {
              id: channel.id,
              label: channelName(channel, locale),
              // Match the other language's catalogue name too: workshops mix "e-mail" and "E-post".
              keywords: [channel.name, channel.id, known?.name.en, known?.name.sv].join(" "),
            };
          }),
      })),
    [channels, locale],
  );

  return (
    <ChipCombobox
      chips={chips}
      groups={groups}
      inputId={inputId}
      inputLabel={t("panels.inspector.channels.add")}
      chipsLabel={t("panels.inspector.channels.selected")}
      placeholder={t("panels.inspector.channels.placeholder")}
      noMatchesText={t("panels.inspector.channels.noMatches")}
      removeLabel={(chip) => t("panels.inspector.channels.remove", { name: chip.label })}
      onAdd={(id) => onChange([...channelIds.filter((existing) => existing !== id), id])}
      onRemove={(id) => onChange(channelIds.filter((existing) => existing !== id))}
    />
  );
}
