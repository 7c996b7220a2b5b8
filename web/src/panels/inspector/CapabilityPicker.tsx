import { useCallback, useMemo } from "react";
import {
  CAPABILITY_AREAS,
  CAPABILITY_AREA_LABELS,
  CRM_CAPABILITIES,
  allCapabilities,
  type Locale,
} from "@kundresa/shared";
import { ChipCombobox, type ChipItem, type ComboGroup } from "../controls/ChipCombobox";
import { searchKey, type Translate } from "../panelText";

export interface CapabilityPickerProps {
  capabilities: readonly string[];
  locale: Locale;
  t: Translate;
  onChange: (capabilities: string[]) => void;
  inputId?: string;
}

const KNOWN = allCapabilities();

/**
 * CRM capabilities: the catalogue's names grouped by area as suggestions, plus whatever the team
 * types (stored as free text, as the format says).
 */
export function CapabilityPicker({ capabilities, locale, t, onChange, inputId }: CapabilityPickerProps) {
  const groups = useMemo<ComboGroup[]>(
    () =>
      CAPABILITY_AREAS.map((area) => ({
        id: area,
        label: CAPABILITY_AREA_LABELS[area][locale],
        tone: "neutral",
        options: CRM_CAPABILITIES[area].map((name) => ({ id: name, label: name })),
      })),
    [locale],
  );

  const customOption = useCallback(
    (query: string) => {
      const key = searchKey(query);
      const exists = [...KNOWN, ...capabilities].some((name) => searchKey(name) === key);
      return exists ? undefined : { id: query, label: t("panels.inspector.capabilities.custom", { text: query }) };
    },
    [capabilities, t],
  );

  const chips: ChipItem[] = capabilities.map((name) => ({ id: name, label: name, tone: "neutral" }));

  return (
    <ChipCombobox
      chips={chips}
      groups={groups}
      inputId={inputId}
      customOption={customOption}
      customGroupLabel={t("panels.inspector.capabilities.customGroup")}
      inputLabel={t("panels.inspector.capabilities.add")}
      chipsLabel={t("panels.inspector.capabilities.selected")}
      placeholder={t("panels.inspector.capabilities.placeholder")}
      noMatchesText={t("panels.inspector.capabilities.noMatches")}
      removeLabel={(chip) => t("panels.inspector.capabilities.remove", { name: chip.label })}
      onAdd={(name) => onChange([...capabilities.filter((existing) => existing !== name), name])}
      onRemove={(name) => onChange(capabilities.filter((existing) => existing !== name))}
    />
  );
}
