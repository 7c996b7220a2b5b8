import { lazy } from "react";
import type * as EditorPageModule from "../editor/EditorPage";

/*
 * Each screen is its own chunk: the editor (React Flow, Yjs, the panels) is most of the app's code
 * and the start page needs none of it, while the start page's template previews and importer are no
 * use in the editor. The start page calls `preloadEditor` as soon as someone points at or focuses a
 * way into a map, so by the time the map exists on the server the editor's code is usually here.
 */

type EditorModule = typeof EditorPageModule;

let editorModule: Promise<EditorModule> | undefined;

/** Starts fetching the editor's code (once); later calls share the same download. */
export function preloadEditor(): Promise<EditorModule> {
  editorModule ??= import("../editor/EditorPage").catch((error: unknown) => {
    // A failed fetch (offline, a deploy replaced the chunk) must be retryable by the next attempt.
    editorModule = undefined;
    throw error;
  });
  return editorModule;
}

export const LazyEditorPage = lazy(() => preloadEditor().then((module) => ({ default: module.EditorPage })));

export const LazyStartPage = lazy(() => import("../start/StartPage").then((module) => ({ default: module.StartPage })));

/** Dev builds only (App checks `import.meta.env.DEV`), so production bundles carry no templates in the editor. */
export const LazyLocalEditorPage = lazy(() =>
  import("../editor/LocalEditorPage").then((module) => ({ default: module.LocalEditorPage })),
);
