import type { ItSupport } from "../format/enums";
import type { Localized } from "./locale";

export interface ItSupportLevel {
  id: ItSupport;
  label: Localized;
  /** A short label for chips and badges. */
  short: Localized;
  meaning: Localized;
}

/** The seed's three ratings plus "not assessed", best first (000_83052821168b244a.txt). */
export const IT_SUPPORT_CATALOGUE: readonly ItSupportLevel[] = [
  {
    id: "integrated",
    label: { en: "Integrated IT support", sv: "Integrerat IT-stöd" },
    short: { en: "Integrated", sv: "Integrerat" },
    meaning: {
      en: "What happens here reaches the shared customer record",
      sv: "Det som händer här når det gemensamma kundregistret",
    },
  },
  {
    id: "standalone",
    label: { en: "Stand-alone IT support", sv: "Stand-alone IT-stöd" },
    short: { en: "Stand-alone", sv: "Stand-alone" },
    meaning: { en: "A separate system: data stays in a silo", sv: "Ett separat system: data stannar i ett silo" },
  },
  {
    id: "none",
    label: { en: "No IT support", sv: "Inget IT-stöd" },
    short: { en: "No IT", sv: "Inget IT" },
    meaning: { en: "Nothing is recorded", sv: "Ingenting registreras" },
  },
  {
    id: "unknown",
    label: { en: "Not assessed", sv: "Ej bedömt" },
    short: { en: "Not assessed", sv: "Ej bedömt" },
    meaning: { en: "The team has not rated it yet", sv: "Teamet har inte bedömt det ännu" },
  },
];

const BY_ID = new Map(IT_SUPPORT_CATALOGUE.map((level) => [level.id, level]));

export function itSupportLevel(id: ItSupport): ItSupportLevel {
  const level = BY_ID.get(id);
  if (!level) throw new Error(`unknown IT-support level ${id}`);
  return level;
}
