import type { CommentThread, JourneyMap, Touchpoint } from "@kundresa/shared";

export type CommentFilter = "open" | "resolved" | "all";

/** A card's threads as the Comments tab lists them; `touchpoint` undefined for a card that is gone. */
export interface ThreadGroup {
  touchpointId: string;
  touchpoint: Touchpoint | undefined;
  threads: CommentThread[];
}

export function matchesFilter(thread: CommentThread, filter: CommentFilter): boolean {
  return filter === "all" || (filter === "resolved") === thread.resolved;
}

export function filterCounts(threads: readonly CommentThread[]): Record<CommentFilter, number> {
  const resolved = threads.filter((thread) => thread.resolved).length;
  return { open: threads.length - resolved, resolved, all: threads.length };
}

/** Open threads per card: what the card's bubble counts. */
export function openThreadsByTouchpoint(threads: readonly CommentThread[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (!thread.resolved) counts.set(thread.touchpointId, (counts.get(thread.touchpointId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Threads grouped by card in the order the map reads (the export's order: stage, then top to
 * bottom), the selected card first, cards that no longer exist last; within a card, the newest
 * activity first, as people look for what was just said.
 */
export function groupThreads(map: JourneyMap, filter: CommentFilter, selectedId: string | undefined): ThreadGroup[] {
  const rank = new Map(map.touchpoints.map((touchpoint, index) => [touchpoint.id, index]));
  const byId = new Map(map.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const groups = new Map<string, ThreadGroup>();
  for (const thread of map.comments) {
    if (!matchesFilter(thread, filter)) continue;
    let group = groups.get(thread.touchpointId);
    if (!group) {
      group = { touchpointId: thread.touchpointId, touchpoint: byId.get(thread.touchpointId), threads: [] };
      groups.set(thread.touchpointId, group);
    }
    group.threads.push(thread);
  }
  const lastActivity = (thread: CommentThread) => Date.parse(thread.messages.at(-1)?.createdAt ?? "") || 0;
  for (const group of groups.values()) group.threads.sort((a, b) => lastActivity(b) - lastActivity(a));
  const order = (group: ThreadGroup) =>
    group.touchpointId === selectedId ? -1 : (rank.get(group.touchpointId) ?? Number.MAX_SAFE_INTEGER);
  return [...groups.values()].sort((a, b) => order(a) - order(b) || a.touchpointId.localeCompare(b.touchpointId));
}
