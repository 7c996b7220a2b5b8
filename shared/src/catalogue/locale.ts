/** The two languages the product speaks. Catalogue entries carry both; maps store one name. */
export const LOCALES = ["en", "sv"] as const;
export type Locale = (typeof LOCALES)[number];

export type Localized = Readonly<Record<Locale, string>>;
