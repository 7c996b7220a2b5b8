import { lazy } from "react";
import type * as Exporters from "./exportFiles";

/*
 * Parts of the editor a session may never open, fetched the first time they are: the share,
 * shortcut, history and PDF dialogs, the comments, stage, channel and map-settings tabs, the
 * facilitation panels (a running vote, presenter mode), and the exporters (the SVG renderer and
 * PNG rasteriser). Keeping them out of the editor's first chunk keeps a map's first paint quick;
 * each is a few kilobytes, so opening one costs a single short request.
 */

export const LazyShareDialog = lazy(() => import("./ShareDialog").then((module) => ({ default: module.ShareDialog })));

export const LazyShortcutsDialog = lazy(() =>
  import("./ShortcutsDialog").then((module) => ({ default: module.ShortcutsDialog })),
);

export const LazyHistoryDialog = lazy(() =>
  import("../history/HistoryDialog").then((module) => ({ default: module.HistoryDialog })),
);

export const LazyStageManager = lazy(() =>
  import("../panels/stages/StageManager").then((module) => ({ default: module.StageManager })),
);

export const LazyChannelCatalogueEditor = lazy(() =>
  import("../panels/channels/ChannelCatalogueEditor").then((module) => ({ default: module.ChannelCatalogueEditor })),
);

export const LazyMapSettings = lazy(() =>
  import("../panels/settings/MapSettings").then((module) => ({ default: module.MapSettings })),
);

export const LazyCommentsTab = lazy(() =>
  import("../panels/comments/CommentsTab").then((module) => ({ default: module.CommentsTab })),
);

export const LazyVoteOverlay = lazy(() =>
  import("../voting/VoteOverlay").then((module) => ({ default: module.VoteOverlay })),
);

export const LazyStartVoteDialog = lazy(() =>
  import("../voting/StartVoteDialog").then((module) => ({ default: module.StartVoteDialog })),
);

export const LazyPresenterBar = lazy(() =>
  import("../presenter/PresenterBar").then((module) => ({ default: module.PresenterBar })),
);

export const LazyGapsSlide = lazy(() =>
  import("../presenter/GapsSlide").then((module) => ({ default: module.GapsSlide })),
);

export const LazyPdfExportDialog = lazy(() =>
  import("./PdfExportDialog").then((module) => ({ default: module.PdfExportDialog })),
);

/** The exporters; `ExportMenu` asks for them when the menu opens, so a click rarely waits. */
export function loadExporters(): Promise<typeof Exporters> {
  return import("./exportFiles");
}
