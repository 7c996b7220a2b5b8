import type { Viewport } from "@xyflow/react";
import type { Peer, SharedView } from "../collab/presence";

/** The canvas's zoom range (JourneyCanvas): a leader's view is shown within it. */
const MIN_ZOOM = 0.15;
const MAX_ZOOM = 2.5;

/** What a screen of `width` × `height` pixels shows at `viewport`, in flow coordinates. */
export function sharedViewOf(viewport: Viewport, width: number, height: number): SharedView {
  const spanX = width / viewport.zoom;
  const spanY = height / viewport.zoom;
  return { cx: (width / 2 - viewport.x) / viewport.zoom, cy: (height / 2 - viewport.y) / viewport.zoom, spanX, spanY };
}

/**
 * The viewport that shows the leader's region on this screen: the same centre, zoomed so all of what
 * they see fits (screens differ in size and shape, so a follower may see a little more around it).
 */
export function viewportFor(view: SharedView, width: number, height: number): Viewport {
  const fit = Math.min(width / view.spanX, height / view.spanY);
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit));
  return { x: width / 2 - view.cx * zoom, y: height / 2 - view.cy * zoom, zoom };
}

export function isSharedView(value: unknown): value is SharedView {
  if (typeof value !== "object" || value === null) return false;
  const { cx, cy, spanX, spanY } = value as Record<string, unknown>;
  return (
    [cx, cy, spanX, spanY].every((number) => typeof number === "number" && Number.isFinite(number)) &&
    (spanX as number) > 0 &&
    (spanY as number) > 0
  );
}

/** The peer asking everyone to follow them, the latest if several: what a new summons answers to. */
export function currentSummoner(peers: readonly Peer[]): Peer | undefined {
  let latest: Peer | undefined;
  for (const peer of peers) {
    const at = peer.summon?.at;
    if (typeof at !== "number") continue;
    if (!latest || at > (latest.summon?.at ?? 0)) latest = peer;
  }
  return latest;
}
