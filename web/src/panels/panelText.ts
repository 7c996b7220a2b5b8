import { useMemo } from "react";
import {
  CATEGORY_LABELS,
  PHASE_LABELS,
  channelDisplayName,
  itSupportLevel,
  type Category,
  type Channel,
  type ItSupport,
  type Locale,
  type Phase,
} from "@kundresa/shared";
import { translator, type Translate } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";

/*
 * The panels take `locale` as a prop instead of reading the I18n context, so each one renders on its
 * own (tests, previews, a print view) with plain data. Catalogue names come from the model, which
 * carries both languages; everything else from the `panels.*` messages.
 */

export type { Translate };

export function usePanelText(locale: Locale): Translate {
  return useMemo(() => translator(locale), [locale]);
}

export function phaseName(phase: Phase, locale: Locale): string {
  return PHASE_LABELS[phase][locale];
}

const PHASE_SHORT: Record<Phase, MessageKey> = {
  before: "panels.phase.before.short",
  during: "panels.phase.during.short",
  after: "panels.phase.after.short",
};

/** "Before" rather than "Before purchase", for table headers. */
export function phaseShortName(phase: Phase, t: Translate): string {
  return t(PHASE_SHORT[phase]);
}

export function categoryName(category: Category, locale: Locale): string {
  return CATEGORY_LABELS[category][locale];
}

const CATEGORY_SHORT: Record<Category, MessageKey> = {
  marketing: "panels.category.marketing.short",
  sales: "panels.category.sales.short",
  service: "panels.category.service.short",
  communication: "panels.category.communication.short",
};

/** A column-header abbreviation ("Mkt"); always paired with the full name for screen readers. */
export function categoryShortName(category: Category, t: Translate): string {
  return t(CATEGORY_SHORT[category]);
}

export function channelName(channel: Channel, locale: Locale): string {
  return channelDisplayName(channel, locale);
}

export function itSupportShortName(level: ItSupport, locale: Locale): string {
  return itSupportLevel(level).short[locale];
}

export function itSupportName(level: ItSupport, locale: Locale): string {
  return itSupportLevel(level).label[locale];
}

/** Strips accents and case so "e-handel", "E-HANDEL" and "é-handel" all match. */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** "1 touchpoint" / "3 touchpoints" in the UI language. */
export function touchpointCountText(n: number, t: Translate): string {
  return t(n === 1 ? "panels.count.touchpoints.one" : "panels.count.touchpoints.other", { n });
}

/** "1 dot in the kept vote" / "4 dots in the kept vote": an item's share of a kept dot vote. */
export function keptDotsText(count: number, t: Translate): string {
  return t(count === 1 ? "panels.inspector.keptDots.one" : "panels.inspector.keptDots.other", { count });
}
