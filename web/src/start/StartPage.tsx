import { useState } from "react";
import type { JourneyMap } from "@kundresa/shared";
import { MapsApiError } from "../api/mapsApi";
import { LanguageSwitch } from "../app/LanguageSwitch";
import { Logo } from "../app/Logo";
import { preloadEditor } from "../app/lazyRoutes";
import { useI18n } from "../i18n/i18n";
import { ImportCard } from "./ImportCard";
import { OpenLinkForm } from "./OpenLinkForm";
import { RecentMapsList } from "./RecentMapsList";
import { TemplateGallery } from "./TemplateGallery";
import { openNewMap } from "./openNewMap";
import "./StartPage.css";
import { registerMessages } from "../i18n/i18n";
import * as startMessages from "../i18n/messages/start";

// The start page is a route of its own, and its words come with it (see i18n/messages.ts).
registerMessages(startMessages);

function warmUpEditor() {
  void preloadEditor().catch(() => undefined);
}

/** `/`: start a map (blank, a template, an import), reopen a recent one, or open a shared link. */
export function StartPage() {
  const { t } = useI18n();
  const [error, setError] = useState<string | undefined>();

  async function create(map: JourneyMap) {
    setError(undefined);
    try {
      await openNewMap(map);
    } catch (caught) {
      if (caught instanceof MapsApiError && caught.status === 0) setError(t("start.error.unreachable"));
      else if (caught instanceof MapsApiError)
        setError(
          t("start.error.refused", {
            reason: [caught.message, ...caught.issues.map((i) => `${i.path}: ${i.message}`)].join("; "),
          }),
        );
      else setError(String(caught));
    }
  }

  return (
    <div className="StartPage">
      <header className="StartPage-bar">
        <Logo name={t("app.name")} />
        <LanguageSwitch />
      </header>
      <main className="StartPage-main">
        <div className="StartPage-intro">
          <h1 className="StartPage-title">{t("start.heading")}</h1>
          <p className="StartPage-lede">{t("start.lede")}</p>
        </div>
        {error && (
          <p className="StartPage-error" role="alert">
            {error}
          </p>
        )}
        {/* Every control here leads into a map: fetch the editor's code on the first hover or focus. */}
        <div className="StartPage-columns" onPointerOver={warmUpEditor} onFocus={warmUpEditor}>
          <section className="StartPage-new" aria-labelledby="start-new-title">
            <h2 id="start-new-title" className="StartPage-sectionTitle">
              {t("start.new.title")}
            </h2>
            <TemplateGallery onCreate={create} />
          </section>
          <aside className="StartPage-side">
            <RecentMapsList />
            <ImportCard onCreate={create} />
            <OpenLinkForm />
          </aside>
        </div>
      </main>
    </div>
  );
}
