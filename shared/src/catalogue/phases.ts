import type { Phase } from "../format/enums";
import type { Localized } from "./locale";

export const PHASE_LABELS: Readonly<Record<Phase, Localized>> = {
  before: { en: "Before purchase", sv: "Före köp" },
  during: { en: "During purchase", sv: "Under köp" },
  after: { en: "After purchase", sv: "Efter köp" },
};
