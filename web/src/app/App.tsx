import { useI18n } from "../i18n/i18n";

/** Placeholder shell: the start page and the editor are being built (issue 4). */
export function App() {
  const { t } = useI18n();
  return (
    <main style={{ padding: "var(--space-6)" }}>
      <h1>{t("app.name")}</h1>
      <p>{t("app.tagline")}</p>
    </main>
  );
}
