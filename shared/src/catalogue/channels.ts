import type { Channel } from "../format/channel";
import { CATEGORIES, type Category } from "../format/enums";
import type { Locale, Localized } from "./locale";

export interface CatalogueChannel {
  id: string;
  category: Category;
  name: Localized;
}

export const CATEGORY_LABELS: Readonly<Record<Category, Localized>> = {
  marketing: { en: "Marketing", sv: "Reklam och marknadsföring" },
  sales: { en: "Sales", sv: "Sälj" },
  service: { en: "Service", sv: "Service" },
  communication: { en: "Communication", sv: "Kommunikation" },
};

function channels(category: Category, entries: readonly [string, string, string][]): CatalogueChannel[] {
  return entries.map(([id, en, sv]) => ({ id, category, name: { en, sv } }));
}

/**
 * The default channel catalogue: the seed checklist's grid (000_83052821168b244a.txt), four
 * categories. Ids are stable across languages, so a map made in Swedish and one made in English
 * share channel ids and their coverage can be compared.
 */
export const DEFAULT_CHANNELS: readonly CatalogueChannel[] = [
  ...channels("marketing", [
    ["customer-club", "Customer club", "Klubbverksamhet"],
    ["customer-web-portal", "Customer web portal", "Kundweb"],
    ["email-direct-marketing", "E-mail direct marketing", "E-direktreklam"],
    ["direct-mail", "Direct mail", "Direktreklam"],
    ["loyalty-programme", "Loyalty programme", "Lojalitetsprogram"],
    ["customer-magazine", "Customer magazine", "Kundtidning"],
    ["public-website", "Public website", "Publik web"],
    ["bonus-programme", "Bonus programme", "Bonusprogram"],
  ]),
  ...channels("sales", [
    ["inside-sales", "Inside sales", "Innesäljkår"],
    ["field-sales", "Field sales", "Utesäljkår"],
    ["reseller-network", "Own reseller network", "Eget återförsäljarled"],
    ["telemarketing", "Telemarketing", "Telemarketing"],
    ["e-commerce", "E-commerce", "E-handel"],
    ["catalogue-sales", "Catalogue sales", "Katalogförsäljning"],
    ["trade-fairs", "Trade fairs", "Mässor"],
    ["direct-marketing", "Direct marketing", "Direct Marketing"],
    ["contact-center", "Contact center", "Contact Center"],
  ]),
  ...channels("service", [
    ["field-service", "Field service", "Fältservice"],
    ["support", "Support", "Support"],
    ["installation-team", "Assembly and installation team", "Montage- och installationsteam"],
    ["switchboard", "Switchboard", "Telefonväxel"],
    ["service-web", "Service web", "Service web"],
    ["call-center", "Call/contact center", "Call/Contact Center"],
  ]),
  ...channels("communication", [
    ["phone-personal", "Phone, personal", "Telefon/personlig"],
    ["voip", "Voice over IP", "Voice over IP"],
    ["email", "E-mail", "E-mail"],
    ["sms", "SMS", "SMS"],
    ["phone-self-service", "Phone, self-service", "Telefon/självbetjäning"],
    ["voice-mail", "Voice mail", "Voice mail"],
    ["chat", "Chat", "Chat"],
    ["interactive-tv", "Interactive TV", "Interaktiv TV"],
    ["fax", "Fax", "Fax"],
    ["letter", "Letter", "Brev"],
    ["extranet", "Extranet", "Extranet"],
    ["mobile-web", "Mobile web (WAP)", "WAP"],
    ["internet", "Internet", "Internet"],
    ["co-browsing", "Co-browsing", "Co-browsing"],
  ]),
];

const BY_ID = new Map(DEFAULT_CHANNELS.map((channel) => [channel.id, channel]));

export function catalogueChannel(id: string): CatalogueChannel | undefined {
  return BY_ID.get(id);
}

/** The default catalogue as a map's channel list, named in one language. */
export function defaultChannels(locale: Locale = "en"): Channel[] {
  return DEFAULT_CHANNELS.map((channel) => ({
    id: channel.id,
    category: channel.category,
    name: channel.name[locale],
  }));
}

/**
 * The name to show for a map's channel in `locale`: a catalogue channel the team has not renamed
 * (its name is the catalogue's, in either language) follows the UI language; a renamed or custom
 * channel keeps the team's words.
 */
export function channelDisplayName(channel: Channel, locale: Locale): string {
  const known = BY_ID.get(channel.id);
  if (known && (channel.name === known.name.en || channel.name === known.name.sv || channel.name === "")) {
    return known.name[locale];
  }
  return channel.name === "" ? channel.id : channel.name;
}

export function categoryOrder(category: Category): number {
  return CATEGORIES.indexOf(category);
}
