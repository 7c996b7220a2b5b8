import type { Locale } from "@kundresa/shared";
import { usePanelText } from "../panelText";
import "./Inspector.css";

/** What the inspector tab shows when no touchpoint is selected. */
export function InspectorEmptyState({ locale, readOnly = false }: { locale: Locale; readOnly?: boolean }) {
  const t = usePanelText(locale);
  return (
    <div className="inspector-empty">
      <svg className="inspector-empty-art" width="88" height="64" viewBox="0 0 88 64" aria-hidden="true">
        <rect x="6" y="10" width="44" height="26" rx="6" fill="var(--surface)" stroke="var(--rule)" />
        <rect x="6" y="10" width="4" height="26" rx="2" fill="var(--cat-sales)" />
        <rect x="16" y="17" width="26" height="4" rx="2" fill="var(--hairline)" />
        <rect x="16" y="25" width="16" height="4" rx="2" fill="var(--cat-sales-tint)" />
        <rect
          x="38"
          y="30"
          width="44"
          height="26"
          rx="6"
          fill="var(--surface)"
          stroke="var(--accent)"
          strokeWidth="1.5"
        />
        <rect x="38" y="30" width="4" height="26" rx="2" fill="var(--cat-service)" />
        <rect x="48" y="37" width="26" height="4" rx="2" fill="var(--hairline)" />
        <rect x="48" y="45" width="14" height="4" rx="2" fill="var(--cat-service-tint)" />
        <path d="M70 50l6 10 2-5 5-1z" fill="var(--ink)" />
      </svg>
      <p className="inspector-empty-title">{t("panels.inspector.empty.title")}</p>
      <p className="inspector-empty-text">
        {t(readOnly ? "panels.inspector.empty.readOnly" : "panels.inspector.empty.text")}
      </p>
    </div>
  );
}
