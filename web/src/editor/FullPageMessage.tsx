import type { ReactNode } from "react";
import { Logo } from "../app/Logo";
import { Link } from "../app/router";
import { useI18n } from "../i18n/i18n";
import "./FullPageMessage.css";

/** A whole-page explanation for when the editor cannot open: a wrong link, a missing map. */
export function FullPageMessage({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <main className="FullPageMessage">
      <div className="FullPageMessage-card" role="alert">
        <Logo name={t("app.name")} />
        <h1 className="FullPageMessage-title">{title}</h1>
        {children && <div className="FullPageMessage-text">{children}</div>}
        <Link href="/" className="Button Button--primary">
          {t("notFound.back")}
        </Link>
      </div>
    </main>
  );
}
