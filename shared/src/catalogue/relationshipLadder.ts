import type { Localized } from "./locale";

export interface LadderRung {
  id: "prospect" | "customer" | "client" | "supporter" | "partner";
  label: Localized;
  meaning: Localized;
}

/** The road to a relationship (004_f723f90aaff7ec50.txt), lowest rung first. */
export const RELATIONSHIP_LADDER: readonly LadderRung[] = [
  {
    id: "prospect",
    label: { en: "Potential customer", sv: "Kundämne" },
    meaning: { en: "Could buy, has not yet", sv: "Kan köpa men har inte gjort det ännu" },
  },
  {
    id: "customer",
    label: { en: "Customer", sv: "Kund" },
    meaning: { en: "Has bought once", sv: "Har köpt en gång" },
  },
  {
    id: "client",
    label: { en: "Client", sv: "Klient" },
    meaning: { en: "A repeat buyer", sv: "Köper återkommande" },
  },
  {
    id: "supporter",
    label: { en: "Supporter", sv: "Supporter" },
    meaning: { en: "Speaks well of the company", sv: "Talar väl om företaget" },
  },
  {
    id: "partner",
    label: { en: "Partner", sv: "Partner" },
    meaning: {
      en: "Builds the offer together with the company",
      sv: "Utvecklar erbjudandet tillsammans med företaget",
    },
  },
];
