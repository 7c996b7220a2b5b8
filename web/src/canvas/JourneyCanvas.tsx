import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import {
  ReactFlow,
  ViewportPortal,
  type Connection as FlowConnection,
  type EdgeChange,
  type Node,
  type NodeChange,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { type JourneyLayout, type JourneyMap, type Position, type ValidationReport } from "@kundresa/shared";
import type { Awareness } from "y-protocols/awareness";
import { useI18n } from "../i18n/i18n";
import type { EditorCommands } from "../editor/useEditorCommands";
import { publishPresence, throttleLatest, type Peer } from "../collab/presence";
import { createEdgeBuilder, createNodeBuilder, issuesByTouchpoint } from "./buildFlowElements";
import { openThreadsByTouchpoint } from "../panels/comments/commentThreads";
import { CanvasActionsContext, type CanvasActions } from "./canvasContext";
import { cellAtPoint } from "./cellGeometry";
import { GridLayer, type CoverageGap } from "./GridLayer";
import { JourneyMiniMap } from "./JourneyMiniMap";
import { MovingPathsContext } from "./movingPaths";
import { PathEdge } from "./PathEdge";
import { neighbourInReadingOrder } from "./readingOrder";
import { RemoteCursors } from "./RemoteCursors";
import { TouchpointNode, type TouchpointNodeType } from "./TouchpointNode";
import "./JourneyCanvas.css";

interface ClientPoint {
  clientX: number;
  clientY: number;
}

/** A point on screen in flow coordinates, read from the transform React Flow applies (works in tests too). */
function flowPoint(flow: HTMLDivElement | null, event: ClientPoint): Position | undefined {
  const viewport = flow?.querySelector(".react-flow__viewport");
  if (!flow || !viewport) return undefined;
  const matrix = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
  const bounds = flow.getBoundingClientRect();
  return {
    x: (event.clientX - bounds.left - matrix.e) / matrix.a,
    y: (event.clientY - bounds.top - matrix.f) / matrix.d,
  };
}

/**
 * Focuses a card as soon as React Flow has rendered it, and again if the pan towards it re-renders
 * it (an element that leaves the DOM takes the focus with it), until it has held the focus for a
 * moment. Gives up if focus moves anywhere else meanwhile: the person has moved on.
 */
let focusRequest = 0;
function focusCardWhenShown(flow: HTMLDivElement | null, id: string): void {
  const request = ++focusRequest;
  const deadline = performance.now() + 6000;
  let held = 0;
  const attempt = () => {
    // A later Tab supersedes this one.
    if (!flow || request !== focusRequest || performance.now() > deadline) return;
    const card = flow.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    const active = document.activeElement;
    const elsewhere =
      active !== null && active !== document.body && active !== card && !active.closest(".react-flow__node");
    if (elsewhere) return;
    if (card && active === card) held++;
    else {
      held = 0;
      card?.focus({ preventScroll: true });
    }
    if (held < 20) requestAnimationFrame(attempt);
  };
  attempt();
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Moves focus to the first control after (or the last before) `root` in the page, as Tab would. */
function focusBeyond(root: HTMLElement, where: "before" | "after"): void {
  const side = where === "after" ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      !root.contains(element) && root.compareDocumentPosition(element) & side && element.getClientRects().length > 0,
  );
  (where === "after" ? candidates[0] : candidates.at(-1))?.focus();
}

const NODE_TYPES = { touchpoint: TouchpointNode };
const EDGE_TYPES = { journey: PathEdge };
/** Awareness updates per second while dragging or moving the pointer: smooth enough, cheap enough. */
const PRESENCE_INTERVAL_MS = 50;

export interface JourneyCanvasProps {
  map: JourneyMap;
  layout: JourneyLayout;
  report: ValidationReport;
  awareness: Awareness;
  peers: readonly Peer[];
  readOnly: boolean;
  selection: ReadonlySet<string>;
  onSelectionChange: (ids: Set<string>) => void;
  editingId: string | undefined;
  onEditingChange: (id: string | undefined) => void;
  commands: EditorCommands;
  onCommitTitle: (id: string, title: string) => void;
  onOpenInspector: (id: string) => void;
  /** The person panned or zoomed the map themselves (not the app framing it): ends following. */
  onUserMove?: () => void;
  /** Presenter mode's spotlight: the band of the map left lit, the rest dimmed. */
  spotlight?: { x: number; width: number } | undefined;
}

/**
 * The journey map as an interactive canvas: the grid from `layoutJourney` drawn under React Flow's
 * cards and paths, so what you see is what the SVG export prints.
 */
export function JourneyCanvas(props: JourneyCanvasProps) {
  const { map, layout, report, awareness, peers, readOnly, selection, onSelectionChange, editingId, commands } = props;
  const { t, locale } = useI18n();
  const [drag, setDrag] = useState<ReadonlyMap<string, Position>>(new Map());
  const buildNodes = useMemo(() => createNodeBuilder(), []);
  const buildEdges = useMemo(() => createEdgeBuilder(), []);

  const issues = useMemo(() => issuesByTouchpoint(report), [report]);
  const openComments = useMemo(() => openThreadsByTouchpoint(map.comments), [map.comments]);
  // Keyed by their text, so the grid (a large SVG) re-renders when the gaps change, not on every edit.
  const gapKey = useMemo(
    () =>
      report.issues
        .flatMap((issue) =>
          issue.rule === "coverage.missing" && issue.phase && issue.category
            ? [`${issue.phase}:${issue.category}`]
            : [],
        )
        .join(" "),
    [report],
  );
  const gaps = useMemo<CoverageGap[]>(
    () =>
      gapKey === ""
        ? []
        : gapKey.split(" ").map((key) => {
            const [phase, category] = key.split(":") as [CoverageGap["phase"], CoverageGap["category"]];
            return { phase, category };
          }),
    [gapKey],
  );
  const { remote, remoteDrags } = useMemo(() => {
    const owners = new Map<string, { name: string; color: string }>();
    const drags = new Map<string, Position>();
    for (const peer of peers) {
      for (const id of peer.selection ?? []) owners.set(id, peer.user);
      for (const [id, position] of Object.entries(peer.dragging ?? {})) {
        owners.set(id, peer.user);
        drags.set(id, position);
      }
    }
    return { remote: owners, remoteDrags: drags };
  }, [peers]);
  const overrides = useMemo(() => {
    if (drag.size === 0) return remoteDrags;
    return new Map([...remoteDrags, ...drag]);
  }, [drag, remoteDrags]);

  const nodes = useMemo(
    () =>
      buildNodes({
        map,
        layout,
        locale,
        untitledLabel: t("canvas.card.untitled"),
        selection,
        editingId,
        readOnly,
        issues,
        openComments,
        remote,
        overrides,
      }),
    [buildNodes, map, layout, locale, t, selection, editingId, readOnly, issues, openComments, remote, overrides],
  );
  // The same set while the same cards move, so the paths are not rebuilt on every frame of a drag.
  const movingKey = [...overrides.keys()].sort().join("\u0000");
  const moving = useMemo(() => new Set(movingKey === "" ? [] : movingKey.split("\u0000")), [movingKey]);
  const edges = useMemo(
    () => buildEdges(map, layout, selection, readOnly, moving),
    [buildEdges, map, layout, selection, readOnly, moving],
  );

  const publishDrag = useMemo(
    () =>
      throttleLatest(
        (value: Record<string, Position> | null) => publishPresence(awareness, "dragging", value),
        PRESENCE_INTERVAL_MS,
      ),
    [awareness],
  );
  // The pointer's flow position is worked out only when it is sent (20 times a second), not on every
  // move: reading the viewport's transform makes the browser bring style and layout up to date.
  const publishCursor = useMemo(
    () =>
      throttleLatest(
        (pointer: { flow: HTMLDivElement; at: ClientPoint } | null) =>
          publishPresence(awareness, "cursor", pointer ? (flowPoint(pointer.flow, pointer.at) ?? null) : null),
        PRESENCE_INTERVAL_MS,
      ),
    [awareness],
  );
  useEffect(() => publishPresence(awareness, "selection", [...selection]), [awareness, selection]);

  const onNodesChange = useCallback(
    (changes: NodeChange<TouchpointNodeType>[]) => {
      let nextSelection: Set<string> | undefined;
      const moved = new Map<string, Position>();
      for (const change of changes) {
        if (change.type === "select") {
          nextSelection ??= new Set(selection);
          if (change.selected) nextSelection.add(change.id);
          else nextSelection.delete(change.id);
        } else if (change.type === "position" && change.dragging && change.position) {
          moved.set(change.id, change.position);
        }
      }
      if (nextSelection) onSelectionChange(nextSelection);
      if (moved.size > 0) {
        setDrag((previous) => new Map([...previous, ...moved]));
      }
    },
    [onSelectionChange, selection],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      let nextSelection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type !== "select") continue;
        nextSelection ??= new Set(selection);
        if (change.selected) nextSelection.add(change.id);
        else nextSelection.delete(change.id);
      }
      if (nextSelection) onSelectionChange(nextSelection);
    },
    [onSelectionChange, selection],
  );

  const onNodeDrag = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      publishDrag(Object.fromEntries(dragged.map((node) => [node.id, node.position])));
    },
    [publishDrag],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      const moved = new Map(dragged.map((node) => [node.id, node.position]));
      commands.commitMoves(moved);
      setDrag(new Map());
      publishDrag(null);
    },
    [commands, publishDrag],
  );

  const onConnect = useCallback(
    (connection: FlowConnection) => commands.addConnection(connection.source, connection.target),
    [commands],
  );

  const { onCommitTitle, onEditingChange } = props;
  const actions = useMemo<CanvasActions>(
    () => ({
      commitTitle: onCommitTitle,
      stopEditing: () => onEditingChange(undefined),
      startEditing: (id) => onEditingChange(id),
    }),
    [onCommitTitle, onEditingChange],
  );

  // A synced map arrives after the canvas starts (empty until the server or IndexedDB answers):
  // frame it once when its stages or first cards appear, unless the person has already moved the
  // view. Stages count too: a blank map has no cards, and framed on the empty document it sat
  // half behind the side panel.
  const framed = useRef(false);
  const hasContent = layout.cards.length > 0 || map.stages.length > 0;
  useEffect(() => {
    if (hasContent && !framed.current) {
      framed.current = true;
      commands.initialView();
    }
  }, [hasContent, commands]);

  const [movingPaths, setMovingPaths] = useState<SVGSVGElement | null>(null);
  const flowRef = useRef<HTMLDivElement>(null);
  const toFlow = (event: ClientPoint) => flowPoint(flowRef.current, event);

  function onDoubleClick(event: MouseEvent) {
    if (readOnly) return;
    const target = event.target as Element;
    if (target.closest(".react-flow__node, .react-flow__edge, .react-flow__panel, .react-flow__minimap")) return;
    const point = toFlow(event);
    const cell = point && cellAtPoint(layout, point);
    if (!point || !cell) return;
    commands.createAt(cell, { x: point.x - 104, y: point.y - 48 });
  }

  function onKeyDownCapture(event: KeyboardEvent) {
    const node = (event.target as Element).closest?.(".react-flow__node");
    if (!node || (event.target as Element).closest("textarea, input")) return;
    const id = node.getAttribute("data-id");
    if (!id) return;
    const arrows: Record<string, "left" | "right" | "up" | "down"> = {
      ArrowLeft: "left",
      ArrowRight: "right",
      ArrowUp: "up",
      ArrowDown: "down",
    };
    const direction = arrows[event.key];
    if (direction) {
      // Our own arrow keys (to the next stage) instead of React Flow's 5-pixel nudge.
      event.preventDefault();
      event.stopPropagation();
      if (!selection.has(id)) onSelectionChange(new Set([id]));
      else if (!readOnly) commands.nudgeSelection(direction);
    } else if (event.key === "Tab" && !event.altKey && !event.ctrlKey && !event.metaKey) {
      // Card to card in reading order, panning as needed: off-screen cards are not in the DOM
      // (onlyRenderVisibleElements), so the browser's own Tab order would skip them, and the DOM's
      // order is not the map's. Past either end, out of the canvas (not to some other card).
      event.preventDefault();
      event.stopPropagation();
      const next = neighbourInReadingOrder(layout, id, event.shiftKey ? -1 : 1);
      if (!next) {
        if (flowRef.current) focusBeyond(flowRef.current, event.shiftKey ? "before" : "after");
        return;
      }
      onSelectionChange(new Set([next]));
      commands.revealTouchpoint(next, flowRef.current);
      focusCardWhenShown(flowRef.current, next);
    } else if (event.key === "Enter" && !readOnly) {
      event.preventDefault();
      event.stopPropagation();
      onSelectionChange(new Set([id]));
      if (event.shiftKey) props.onOpenInspector(id);
      else props.onEditingChange(id);
    }
  }

  return (
    <CanvasActionsContext.Provider value={actions}>
      <MovingPathsContext.Provider value={movingPaths}>
        <div
          ref={flowRef}
          className="JourneyCanvas"
          data-readonly={readOnly || undefined}
          onDoubleClick={onDoubleClick}
          onKeyDownCapture={onKeyDownCapture}
          onPointerMove={(event) =>
            publishCursor({ flow: event.currentTarget, at: { clientX: event.clientX, clientY: event.clientY } })
          }
          onPointerLeave={() => publishCursor(null)}
        >
          <ReactFlow<TouchpointNodeType>
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDrag={onNodeDrag}
            onNodeDragStop={onNodeDragStop}
            onConnect={onConnect}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            edgesFocusable={!readOnly}
            elementsSelectable
            onlyRenderVisibleElements
            // Tab brings a card into view itself (revealTouchpoint); React Flow's own pan on focus
            // would fight that animation and can push the card it just focused off screen.
            autoPanOnNodeFocus={false}
            selectionOnDrag={false}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={["Shift", "Meta", "Control"]}
            deleteKeyCode={null}
            zoomOnDoubleClick={false}
            minZoom={0.15}
            maxZoom={2.5}
            onInit={commands.initialView}
            onMoveStart={(event) => {
              // Only a person's pan or zoom (with an input event) counts, not our own framing.
              if (event) {
                framed.current = true;
                props.onUserMove?.();
              }
            }}
            aria-label={t("canvas.label")}
          >
            <ViewportPortal>
              <GridLayer layout={layout} locale={locale} t={t} gaps={gaps} readOnly={readOnly} />
              <RemoteCursors awareness={awareness} />
              <svg ref={setMovingPaths} className="JourneyCanvas-movingPaths" aria-hidden="true" />
              {props.spotlight && (
                <svg
                  className="JourneyCanvas-spotlight"
                  width={layout.width + 400}
                  height={layout.height + 400}
                  viewBox={`-200 -200 ${layout.width + 400} ${layout.height + 400}`}
                  style={{ left: -200, top: -200 }}
                  aria-hidden="true"
                >
                  <path
                    fillRule="evenodd"
                    d={`M-200 -200H${layout.width + 200}V${layout.height + 200}H-200Z M${props.spotlight.x} -200h${props.spotlight.width}V${layout.height + 200}h${-props.spotlight.width}Z`}
                  />
                </svg>
              )}
            </ViewportPortal>
            <JourneyMiniMap layout={layout} label={t("canvas.minimap")} />
          </ReactFlow>
        </div>
      </MovingPathsContext.Provider>
    </CanvasActionsContext.Provider>
  );
}
