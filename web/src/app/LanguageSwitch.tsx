import { LOCALES } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import "./LanguageSwitch.css";

/** EN | SV as a two-button group; the pressed one is the current language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="LanguageSwitch" role="group" aria-label={t("language.switch")}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          className="LanguageSwitch-option"
          aria-pressed={locale === code}
          aria-label={t(code === "en" ? "language.en" : "language.sv")}
          onClick={() => setLocale(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
