import type { Category, Market, Phase } from "../format/enums";
import { CATEGORY_LABELS } from "../catalogue/channels";
import type { Locale } from "../catalogue/locale";
import { PHASE_LABELS } from "../catalogue/phases";

/** Every word the export prints that the catalogue does not already carry, in both languages. */
const WORDS = {
  mapKind: { en: "Customer journey map", sv: "Kundresekarta" },
  market: { en: "Market", sv: "Marknad" },
  stages: { en: "stages", sv: "steg" },
  touchpoints: { en: "touchpoints", sv: "kontaktpunkter" },
  touchpoint: { en: "touchpoint", sv: "kontaktpunkt" },
  critical: { en: "business-critical", sv: "affärskritiska" },
  errors: { en: "errors", sv: "fel" },
  error: { en: "error", sv: "fel" },
  warnings: { en: "warnings", sv: "varningar" },
  warning: { en: "warning", sv: "varning" },
  untitledStage: { en: "Untitled stage", sv: "Namnlöst steg" },
  untitledTouchpoint: { en: "Untitled touchpoint", sv: "Namnlös kontaktpunkt" },
  unplaced: { en: "Unplaced", sv: "Utan steg" },
  unplacedHint: { en: "stage missing", sv: "steget saknas" },
  noChannel: { en: "No channel", sv: "Ingen kanal" },
  noStage: { en: "No stage in this phase", sv: "Inget steg i denna fas" },
  coverageGap: { en: "Coverage gap", sv: "Täckningslucka" },
  experience: { en: "Experience", sv: "Upplevelse" },
  experienceHint: { en: "average per stage", sv: "medel per steg" },
  noRatings: { en: "No emotions rated yet", sv: "Inga känslor bedömda ännu" },
  itSupport: { en: "IT support", sv: "IT-stöd" },
  categories: { en: "Channel categories", sv: "Kanalkategorier" },
  markers: { en: "Markers", sv: "Markeringar" },
  criticalMeeting: { en: "Business-critical customer meeting", sv: "Affärskritiskt kundmöte" },
  customerPath: { en: "Customer path", sv: "Kundens väg" },
  repurchaseLoop: { en: "re-purchase loop", sv: "återköpsslinga" },
  emotionScale: { en: "Emotion −2 … +2", sv: "Känsla −2 … +2" },
  coverage: { en: "Channel coverage", sv: "Kanaltäckning" },
  gap: { en: "gap", sv: "lucka" },
  comments: { en: "Comments", sv: "Kommentarer" },
  resolved: { en: "resolved", sv: "löst" },
  edited: { en: "edited", sv: "redigerad" },
  removedCard: { en: "A card that no longer exists", sv: "Ett kort som inte längre finns" },
} as const;

export type Word = keyof typeof WORDS;

export function word(key: Word, locale: Locale): string {
  return WORDS[key][locale];
}

export function phaseLabel(phase: Phase, locale: Locale): string {
  return PHASE_LABELS[phase][locale];
}

export function categoryLabel(category: Category, locale: Locale): string {
  return CATEGORY_LABELS[category][locale];
}

const CATEGORY_SHORT: Readonly<Record<Category, Readonly<Record<Locale, string>>>> = {
  marketing: { en: "Mkt", sv: "Rekl" },
  sales: { en: "Sales", sv: "Sälj" },
  service: { en: "Serv", sv: "Serv" },
  communication: { en: "Comm", sv: "Komm" },
};

/** Column heads of the coverage table, where full category names do not fit. */
export function categoryShortLabel(category: Category, locale: Locale): string {
  return CATEGORY_SHORT[category][locale];
}

export function marketLabel(market: Market): string {
  return market.toUpperCase();
}

/** "No sales touchpoint before purchase" / "Ingen kontaktpunkt för sälj före köp". */
export function gapMessage(phase: Phase, category: Category, locale: Locale): string {
  const phaseText = phaseLabel(phase, locale).toLowerCase();
  const categoryText = categoryLabel(category, locale).toLowerCase();
  return locale === "sv"
    ? `Ingen kontaktpunkt för ${categoryText} ${phaseText}`
    : `No ${categoryText} touchpoint ${phaseText}`;
}

/** "3 touchpoints", "1 touchpoint", "1 fel". */
export function countLabel(count: number, singular: Word, plural: Word, locale: Locale): string {
  return `${count} ${word(count === 1 ? singular : plural, locale)}`;
}

/** An emotion as a signed value with a true minus sign: "+1.5", "0", "−2". */
export function emotionText(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "0";
  const digits = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(1);
  return `${rounded > 0 ? "+" : "\u2212"}${digits}`;
}
