import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Locale } from "@kundresa/shared";
import { en, sv, type MessageFile, type MessageKey } from "./messages";

const CATALOGUES: Record<Locale, Partial<Record<MessageKey, string>>> = { en: { ...en }, sv: { ...sv } };

/**
 * Adds the words of a part that loads on first use (see `messages.ts`). Its module calls this when it
 * is evaluated, before anything of it renders; calling it again changes nothing.
 */
export function registerMessages<K extends MessageKey>(file: MessageFile<K>): void {
  Object.assign(CATALOGUES.en, file.en);
  Object.assign(CATALOGUES.sv, file.sv);
}
const STORAGE_KEY = "kundresa.locale";

/** Fills `{name}` placeholders; a missing value is left visible so the bug shows. */
function interpolate(text: string, values?: Record<string, string | number>): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  // A key whose part has not registered its words shows as the key: a bug to see, not a blank.
  return (key, values) => interpolate(CATALOGUES[locale][key] ?? key, values);
}

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "en" || stored === "sv") return stored;
  } catch {
    // Storage can be blocked (private mode); fall back to the browser's language.
  }
  return typeof navigator !== "undefined" && navigator.language.toLowerCase().startsWith("sv") ? "sv" : "en";
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisting the choice is acceptable; the switch still works for this tab.
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo(() => ({ locale, setLocale, t: translator(locale) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n needs an <I18nProvider> above it");
  return value;
}
