import { CATEGORIES, PHASES } from "../format/enums";
import { CURRENT_VERSION, FORMAT_ID, type JourneyMap } from "../format/journeyMap";
import type { Channel } from "../format/channel";
import type { CommentThread } from "../format/comment";
import type { Connection } from "../format/connection";
import type { Touchpoint } from "../format/touchpoint";

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The canonical order of a map's unordered collections, so that the same map always exports to the
 * same bytes whatever order its entries arrived in (a Y.Map has no order; two editors may hold the
 * same document with different insertion histories). Stages keep their order: it means something.
 * Touchpoints read like the canvas: by stage, then top to bottom, then left to right.
 */
export function canonicalJourney(map: JourneyMap): JourneyMap {
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const stageRank = (touchpoint: Touchpoint): number => stageIndex.get(touchpoint.stageId) ?? map.stages.length;
  const touchpoints = [...map.touchpoints].sort(
    (a, b) =>
      stageRank(a) - stageRank(b) ||
      a.position.y - b.position.y ||
      a.position.x - b.position.x ||
      compareText(a.id, b.id),
  );
  const touchpointRank = new Map(touchpoints.map((touchpoint, index) => [touchpoint.id, index]));
  const rankOf = (id: string): number => touchpointRank.get(id) ?? touchpoints.length;
  const connections = [...map.connections].sort(
    (a, b) => rankOf(a.from) - rankOf(b.from) || rankOf(a.to) - rankOf(b.to) || compareText(a.id, b.id),
  );
  const channels = [...map.channels].sort(
    (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || compareText(a.id, b.id),
  );
  // Threads follow their cards; on one card, the one started first comes first.
  const startedAt = (thread: CommentThread): number => Date.parse(thread.messages[0]?.createdAt ?? "") || 0;
  const comments = [...map.comments].sort(
    (a, b) => rankOf(a.touchpointId) - rankOf(b.touchpointId) || startedAt(a) - startedAt(b) || compareText(a.id, b.id),
  );
  return { ...map, channels, touchpoints, connections, comments };
}

/** Key order of the written file: the contract's order, so diffs of two exports read naturally. */
function orderedTouchpoint(touchpoint: Touchpoint): Record<string, unknown> {
  return {
    id: touchpoint.id,
    title: touchpoint.title,
    stageId: touchpoint.stageId,
    channelIds: touchpoint.channelIds,
    itSupport: touchpoint.itSupport,
    ...(touchpoint.emotion === undefined ? {} : { emotion: touchpoint.emotion }),
    critical: touchpoint.critical,
    owner: touchpoint.owner,
    notes: touchpoint.notes,
    painPoints: touchpoint.painPoints,
    opportunities: touchpoint.opportunities,
    capabilities: touchpoint.capabilities,
    ...(touchpoint.votes === undefined ? {} : { votes: orderedVotes(touchpoint.votes) }),
    position: { x: touchpoint.position.x, y: touchpoint.position.y },
  };
}

function orderedVotes(votes: NonNullable<Touchpoint["votes"]>): Record<string, unknown> {
  return {
    ...(votes.touchpoint === undefined ? {} : { touchpoint: votes.touchpoint }),
    ...(votes.painPoints === undefined ? {} : { painPoints: votes.painPoints }),
    ...(votes.opportunities === undefined ? {} : { opportunities: votes.opportunities }),
  };
}

function orderedThread(thread: CommentThread): Record<string, unknown> {
  return {
    id: thread.id,
    touchpointId: thread.touchpointId,
    resolved: thread.resolved,
    messages: thread.messages.map((message) => ({
      id: message.id,
      author: message.author,
      createdAt: message.createdAt,
      ...(message.editedAt === undefined ? {} : { editedAt: message.editedAt }),
      text: message.text,
    })),
  };
}

function orderedChannel(channel: Channel): Record<string, unknown> {
  return { id: channel.id, category: channel.category, name: channel.name };
}

function orderedConnection(connection: Connection): Record<string, unknown> {
  return { id: connection.id, from: connection.from, to: connection.to, label: connection.label };
}

/** The map as the plain object the file holds, in canonical order. */
export function journeyToJson(map: JourneyMap): Record<string, unknown> {
  const canonical = canonicalJourney(map);
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: canonical.title,
    description: canonical.description,
    ...(canonical.market === undefined ? {} : { market: canonical.market }),
    coverage: Object.fromEntries(
      PHASES.map((phase) => [phase, CATEGORIES.filter((category) => canonical.coverage[phase].includes(category))]),
    ),
    stages: canonical.stages.map((stage) => ({ id: stage.id, phase: stage.phase, title: stage.title })),
    channels: canonical.channels.map(orderedChannel),
    touchpoints: canonical.touchpoints.map(orderedTouchpoint),
    connections: canonical.connections.map(orderedConnection),
    comments: canonical.comments.map(orderedThread),
  };
}

/**
 * The `.journey.json` text of a map: canonical key and array order, two-space indent, final
 * newline. Idempotent: `exportJourney(importJourney(exportJourney(m)).map) === exportJourney(m)`.
 */
export function exportJourney(map: JourneyMap): string {
  return `${JSON.stringify(journeyToJson(map), null, 2)}\n`;
}
