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
  selection: ReadonlySet<string>;
  editingId: string | undefined;
  readOnly: boolean;
  issues: ReadonlyMap<string, { severity: Severity; count: number }>;
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
 * did not change: React Flow then skips those cards, so a drag or a remote edit re-renders one card,
 * not all of them. The touchpoint objects keep identity through the reader's structural sharing.
 */
export function createNodeBuilder() {
  const cache = new Map<string, TouchpointNodeType>();
  let channelsFor: { channels: readonly Channel[]; locale: Locale; byId: Map<string, Channel> } | undefined;
  const chipCache = new Map<string, readonly CardChannel[]>();

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
    map.touchpoints.forEach((touchpoint, index) => {
      const card = layout.cards[index] as CardLayout;
      const laneKey = layout.lanes[card.laneIndex]?.key ?? "none";
      const position = inputs.overrides.get(touchpoint.id) ?? { x: card.rect.x, y: card.rect.y };
      const selected = inputs.selection.has(touchpoint.id);
      const editing = inputs.editingId === touchpoint.id;
      const issues = inputs.issues.get(touchpoint.id);
      const remote = inputs.remote.get(touchpoint.id);
      const previous = cache.get(touchpoint.id);
      seen.add(touchpoint.id);
      if (
        previous &&
        previous.data.touchpoint === touchpoint &&
        previous.position.x === position.x &&
        previous.position.y === position.y &&
        previous.selected === selected &&
        previous.data.editing === editing &&
        previous.data.readOnly === inputs.readOnly &&
        previous.data.lane === laneKey &&
        previous.data.issues?.severity === issues?.severity &&
        previous.data.issues?.count === issues?.count &&
        previous.data.remote?.color === remote?.color &&
        previous.data.remote?.name === remote?.name
      ) {
        nodes.push(previous);
        return;
      }
      const node: TouchpointNodeType = {
        id: touchpoint.id,
        type: "touchpoint",
        position,
        selected,
        draggable: !inputs.readOnly && !editing,
        connectable: !inputs.readOnly,
        deletable: !inputs.readOnly,
        width: card.rect.width,
        height: card.rect.height,
        ariaLabel: touchpoint.title,
        data: {
          touchpoint,
          channels: chipsOf(touchpoint.channelIds),
          lane: laneKey,
          ...(issues ? { issues: { ...issues } } : {}),
          editing,
          readOnly: inputs.readOnly,
          ...(remote ? { remote } : {}),
        },
      };
      cache.set(touchpoint.id, node);
      nodes.push(node);
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return nodes;
  };
}

/** The customer's path as React Flow edges, from the layout's routes. */
export function buildEdges(map: JourneyMap, layout: JourneyLayout, selection: ReadonlySet<string>, readOnly: boolean) {
  const labels = new Map(map.connections.map((connection) => [connection.id, connection.label.trim()]));
  return layout.edges.map((edge): PathEdgeType => ({
    id: edge.connectionId,
    source: edge.from,
    target: edge.to,
    type: "journey",
    selected: selection.has(edge.connectionId),
    deletable: !readOnly,
    focusable: !readOnly,
    markerEnd: {
      type: MarkerType.ArrowClosed,
      color: edge.kind === "loop" ? EDGE_COLORS.loop : EDGE_COLORS.path,
      width: 16,
      height: 16,
    },
    data: {
      kind: edge.kind,
      path: edge.path,
      start: edge.start,
      end: edge.end,
      label: labels.get(edge.connectionId) ?? "",
      labelAt: edge.labelAt,
    },
  }));
}
