import { Suspense, useEffect } from "react";
import { FullPageMessage } from "../editor/FullPageMessage";
import { useI18n } from "../i18n/i18n";
import { LazyEditorPage, LazyLocalEditorPage, LazyStartPage } from "./lazyRoutes";
import { ChunkBoundary, EditorLoading, StartLoading } from "./RouteLoading";
import { parseRoute, useLocation, type Route } from "./router";
import "./controls.css";

function Screen({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route.name) {
    case "start":
      return <LazyStartPage />;
    case "editor":
      // Keyed by map, so opening another map starts from a clean editor.
      return <LazyEditorPage key={route.mapId} mapId={route.mapId} />;
    case "local":
      // A template in a tab-only document: for trying the editor without a server; dev builds only.
      return import.meta.env.DEV ? (
        <LazyLocalEditorPage key={route.templateId} templateId={route.templateId} />
      ) : (
        <FullPageMessage title={t("notFound.title")} />
      );
    default:
      return <FullPageMessage title={t("notFound.title")} />;
  }
}

/** The app's three screens: start page, editor, and a page for links that lead nowhere; each loads its own code. */
export function App() {
  const { pathname } = useLocation();
  const { locale } = useI18n();
  const route = parseRoute(pathname);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ChunkBoundary key={route.name}>
      <Suspense fallback={route.name === "start" ? <StartLoading /> : <EditorLoading />}>
        <Screen route={route} />
      </Suspense>
    </ChunkBoundary>
  );
}
