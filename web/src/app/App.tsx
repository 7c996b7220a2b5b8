import { useEffect } from "react";
import { EditorPage, LocalEditorPage } from "../editor/EditorPage";
import { FullPageMessage } from "../editor/FullPageMessage";
import { useI18n } from "../i18n/i18n";
import { StartPage } from "../start/StartPage";
import { parseRoute, useLocation } from "./router";
import "./controls.css";

/** The app's three screens: start page, editor, and a page for links that lead nowhere. */
export function App() {
  const { pathname } = useLocation();
  const { t, locale } = useI18n();
  const route = parseRoute(pathname);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  switch (route.name) {
    case "start":
      return <StartPage />;
    case "editor":
      // Keyed by map, so opening another map starts from a clean editor.
      return <EditorPage key={route.mapId} mapId={route.mapId} />;
    case "local":
      // A template in a tab-only document: for trying the editor without a server; dev builds only.
      return import.meta.env.DEV ? (
        <LocalEditorPage key={route.templateId} templateId={route.templateId} />
      ) : (
        <FullPageMessage title={t("notFound.title")} />
      );
    default:
      return <FullPageMessage title={t("notFound.title")} />;
  }
}
