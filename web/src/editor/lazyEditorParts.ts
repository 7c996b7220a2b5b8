import { lazy, type ComponentType } from "react";
import type * as Exporters from "./exportFiles";

/*
 * Parts of the editor not needed for the map's first paint, fetched when first used or once the
 * map is up (`prefetchEditorParts`): the inspector (the first thing fetched after the map is
 * interactive, since picking a card needs it), the share, shortcut, history, PDF and repair
 * dialogs, the comments, stage, channel and map-settings tabs, the facilitation panels (a running
 * vote, presenter mode, the timer's start popover), the IT-support grid, and the exporters (the SVG
 * renderer and PNG rasteriser). Keeping them out of the editor's first chunk keeps a map's first
 * paint quick (and its initial JavaScript under the 250 kB goal); each is a few kilobytes, so
 * opening one costs a single short request. One table of loaders serves both the components and
 * the background prefetch.
 */
const PARTS = {
  inspector: () => import("../panels/inspector/Inspector"),
  share: () => import("./ShareDialog"),
  shortcuts: () => import("./ShortcutsDialog"),
  history: () => import("../history/HistoryDialog"),
  stages: () => import("../panels/stages/StageManager"),
  channels: () => import("./wired/WiredChannelCatalogueEditor"),
  settings: () => import("../panels/settings/MapSettings"),
  repair: () => import("./wired/WiredRepairEntryDialog"),
  comments: () => import("../panels/comments/CommentsTab"),
  vote: () => import("../voting/VoteOverlay"),
  startVote: () => import("../voting/StartVoteDialog"),
  presenterBar: () => import("../presenter/PresenterBar"),
  gapsSlide: () => import("../presenter/GapsSlide"),
  pdf: () => import("./PdfExportDialog"),
  exporters: () => import("./exportFiles"),
  timerPopover: () => import("../timer/StartTimerPopover"),
  // Loaded by the validation tab itself (its lazy() names the same module); listed for the prefetch.
  itSupportGrid: () => import("../panels/matrices/MapItSupportMatrix"),
};

/** A lazy component from one export of a part's module, typed as that export. */
function lazyPart<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- lazy() erases props; the cast restores them
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType<any> }))) as unknown as M[K];
}

export const LazyInspector = lazyPart(PARTS.inspector, "Inspector");
export const LazyShareDialog = lazyPart(PARTS.share, "ShareDialog");
export const LazyShortcutsDialog = lazyPart(PARTS.shortcuts, "ShortcutsDialog");
export const LazyHistoryDialog = lazyPart(PARTS.history, "HistoryDialog");
export const LazyStageManager = lazyPart(PARTS.stages, "StageManager");
export const LazyChannelCatalogueEditor = lazyPart(PARTS.channels, "WiredChannelCatalogueEditor");
export const LazyMapSettings = lazyPart(PARTS.settings, "MapSettings");
export const LazyRepairEntryDialog = lazyPart(PARTS.repair, "WiredRepairEntryDialog");
export const LazyCommentsTab = lazyPart(PARTS.comments, "CommentsTab");
export const LazyVoteOverlay = lazyPart(PARTS.vote, "VoteOverlay");
export const LazyStartVoteDialog = lazyPart(PARTS.startVote, "StartVoteDialog");
export const LazyPresenterBar = lazyPart(PARTS.presenterBar, "PresenterBar");
export const LazyGapsSlide = lazyPart(PARTS.gapsSlide, "GapsSlide");
export const LazyPdfExportDialog = lazyPart(PARTS.pdf, "PdfExportDialog");
export const LazyStartTimerPopover = lazyPart(PARTS.timerPopover, "StartTimerPopover");

/** The exporters; `ExportMenu` asks for them when the menu opens, so a click rarely waits. */
export function loadExporters(): Promise<typeof Exporters> {
  return PARTS.exporters();
}

/**
 * Fetches every part above in the background, once the map is up: a part a session needs later is
 * then there even if the network has gone by the time someone opens it (a workshop's Wi-Fi drops,
 * and the map stays editable offline). Failures are ignored: the part loads when opened instead.
 * Settles once every fetch has.
 */
export async function prefetchEditorParts(which: "inspector" | "rest"): Promise<void> {
  const loads = Object.entries(PARTS)
    .filter(([name]) => (name === "inspector") === (which === "inspector"))
    .map(([, load]) => load());
  await Promise.allSettled(loads);
}
