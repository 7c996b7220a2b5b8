import { MarkerType } from "@xyflow/react";
import {
  EDGE_COLORS,
  channelDisplayName,
  type CardLayout,
  type Channel,
  type JourneyLayout,
  type JourneyMap,
  type Locale,
  type Position,
  type Severity,
  type ValidationReport,
} from "@kundresa/shared";
import type { CardChannel, TouchpointNodeType } from "./TouchpointNode";
import type { PathEdgeType } from "./PathEdge";

export interface NodeInputs {
  map: JourneyMap;
  layout: JourneyLayout;
  locale: Locale;
  /** What a card without a title is called to a screen reader, in `locale`. */
  untitledLabel: string;
  selection: ReadonlySet<string>;
  editingId: string | undefined;
  readOnly: boolean;
  issues: ReadonlyMap<string, { severity: Severity; count: number }>;
  /** Open comment threads per card. */
  openComments: ReadonlyMap<string, number>;
  /** Cards someone else selected or drags: their name and colour. */
  remote: ReadonlyMap<string, { name: string; color: string }>;
  /** Positions that win over the layout's: this tab's drag in flight and remote drags. */
  overrides: ReadonlyMap<string, Position>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The worst finding and the number of findings per touchpoint. */
export function issuesByTouchpoint(report: ValidationReport): Map<string, { severity: Severity; count: number }> {
  const result = new Map<string, { severity: Severity; count: number }>();
  for (const issue of report.issues) {
    if (issue.touchpointId === undefined) continue;
    const known = result.get(issue.touchpointId);
    if (!known) result.set(issue.touchpointId, { severity: issue.severity, count: 1 });
    else {
      known.count++;
      if (SEVERITY_RANK[issue.severity] > SEVERITY_RANK[known.severity]) known.severity = issue.severity;
    }
  }
  return result;
}

/**
 * Turns the map into React Flow nodes, reusing last time's node object for every card whose inputs
 * did not change (and last time's array when none did): React Flow then skips those cards, so a drag
 * or a remote edit re-renders one card, not all of them. The touchpoint objects keep identity
 * through the reader's structural sharing.
 */
export function createNodeBuilder() {
  const cache = new Map<string, TouchpointNodeType>();
  let channelsFor: { channels: readonly Channel[]; locale: Locale; byId: Map<string, Channel> } | undefined;
  const chipCache = new Map<string, readonly CardChannel[]>();
  let lastNodes: TouchpointNodeType[] = [];

  function chipsOf(ids: readonly string[]): readonly CardChannel[] {
    const key = ids.join("\u0000");
    const cached = chipCache.get(key);
    if (cached) return cached;
    const chips = ids.map((id) => {
      const channel = channelsFor?.byId.get(id);
      return channel
        ? { id, name: channelDisplayName(channel, channelsFor?.locale ?? "en"), category: channel.category }
        : { id, name: id, category: "none" as const };
    });
    chipCache.set(key, chips);
    return chips;
  }

  return function build(inputs: NodeInputs): TouchpointNodeType[] {
    const { map, layout, locale } = inputs;
    if (!channelsFor || channelsFor.channels !== map.channels || channelsFor.locale !== locale) {
      channelsFor = { channels: map.channels, locale, byId: new Map(map.channels.map((c) => [c.id, c])) };
      chipCache.clear();
      cache.clear();
    }
    const nodes: TouchpointNodeType[] = [];
    const seen = new Set<string>();
    let changed = map.touchpoints.length !== lastNodes.length;
    map.touchpoints.forEach((touchpoint, index) => {
      const card = layout.cards[index] as CardLayout;
      const laneKey = layout.lanes[card.laneIndex]?.key ?? "none";
      // Compared before any object is made: a drag frame walks every card, and garbage adds up.
      const override = inputs.overrides.get(touchpoint.id);
      const x = override ? override.x : card.rect.x;
      const y = override ? override.y : card.rect.y;
      const selected = inputs.selection.has(touchpoint.id);
      const editing = inputs.editingId === touchpoint.id;
      const issues = inputs.issues.get(touchpoint.id);
      const remote = inputs.remote.get(touchpoint.id);
      const openComments = inputs.openComments.get(touchpoint.id) ?? 0;
      const previous = cache.get(touchpoint.id);
      seen.add(touchpoint.id);
      if (
        previous &&
        previous.data.touchpoint === touchpoint &&
        previous.position.x === x &&
        previous.position.y === y &&
        previous.selected === selected &&
        previous.data.editing === editing &&
        previous.data.readOnly === inputs.readOnly &&
        previous.data.lane === laneKey &&
        previous.data.issues?.severity === issues?.severity &&
        previous.data.issues?.count === issues?.count &&
        previous.data.openComments === openComments &&
        previous.data.remote?.color === remote?.color &&
        previous.data.remote?.name === remote?.name
      ) {
        if (lastNodes[index] !== previous) changed = true;
        nodes.push(previous);
        return;
      }
      changed = true;
      const node: TouchpointNodeType = {
        id: touchpoint.id,
        type: "touchpoint",
        position: override ?? { x, y },
        selected,
        draggable: !inputs.readOnly && !editing,
        // A card on the move gets its own compositor layer (JourneyCanvas.css): the map under it is
        // not repainted on every frame of the drag.
        ...(override ? { className: "is-moving" } : {}),
        connectable: !inputs.readOnly,
        deletable: !inputs.readOnly,
        width: card.rect.width,
        height: card.rect.height,
        // The size the card is drawn at (width and height above), given so React Flow need not
        // measure it: an unmeasured node is hidden and its paths unmounted until a ResizeObserver
        // reports, and every new node object (each frame of a drag) would start unmeasured.
        measured: { width: card.rect.width, height: card.rect.height },
        ariaLabel: touchpoint.title.trim() || inputs.untitledLabel,
        data: {
          touchpoint,
          channels: chipsOf(touchpoint.channelIds),
          lane: laneKey,
          ...(issues ? { issues: { ...issues } } : {}),
          openComments,
          editing,
          readOnly: inputs.readOnly,
          ...(remote ? { remote } : {}),
        },
      };
      cache.set(touchpoint.id, node);
      nodes.push(node);
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    // Nothing changed (say a connection was edited): the same array, so React Flow skips its pass.
    if (!changed) return lastNodes;
    lastNodes = nodes;
    return nodes;
  };
}

const ARROWS = {
  path: { type: MarkerType.ArrowClosed, color: EDGE_COLORS.path, width: 16, height: 16 },
  loop: { type: MarkerType.ArrowClosed, color: EDGE_COLORS.loop, width: 16, height: 16 },
} as const;

/**
 * Turns the layout's routes into React Flow edges, reusing last time's edge object for every
 * connection whose route, label and selection did not change, and last time's array when none did:
 * React Flow then does no work for the edges at all (it re-indexes every edge when the array
 * changes), which is what a card edit or a drag frame should cost on a big map.
 */
export function createEdgeBuilder() {
  const cache = new Map<string, PathEdgeType>();
  let lastEdges: PathEdgeType[] = [];

  /** `moving`: cards being dragged (here or by someone else), whose paths follow them. */
  return function build(
    map: JourneyMap,
    layout: JourneyLayout,
    selection: ReadonlySet<string>,
    readOnly: boolean,
    moving: ReadonlySet<string>,
  ) {
    const labels = new Map(map.connections.map((connection) => [connection.id, connection.label.trim()]));
    let changed = layout.edges.length !== lastEdges.length;
    const edges = layout.edges.map((edge, index): PathEdgeType => {
      const label = labels.get(edge.connectionId) ?? "";
      const selected = selection.has(edge.connectionId);
      const follows = moving.has(edge.from) || moving.has(edge.to);
      const previous = cache.get(edge.connectionId);
      if (
        previous &&
        // The path string carries the whole geometry (ends, controls, so the label's place too).
        previous.data?.path === edge.path &&
        previous.data.kind === edge.kind &&
        previous.source === edge.from &&
        previous.target === edge.to &&
        previous.data.label === label &&
        previous.data.moving === follows &&
        previous.selected === selected &&
        previous.deletable === !readOnly
      ) {
        if (lastEdges[index] !== previous) changed = true;
        return previous;
      }
      changed = true;
      const next: PathEdgeType = {
        id: edge.connectionId,
        source: edge.from,
        target: edge.to,
        type: "journey",
        selected,
        deletable: !readOnly,
        focusable: !readOnly,
        markerEnd: edge.kind === "loop" ? ARROWS.loop : ARROWS.path,
        data: {
          kind: edge.kind,
          path: edge.path,
          start: edge.start,
          end: edge.end,
          label,
          labelAt: edge.labelAt,
          moving: follows,
        },
      };
      cache.set(edge.connectionId, next);
      return next;
    });
    if (!changed) return lastEdges;
    if (cache.size > edges.length * 2) {
      const live = new Set(edges.map((edge) => edge.id));
      for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
    }
    lastEdges = edges;
    return edges;
  };
}
