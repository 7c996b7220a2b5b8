import { useMemo } from "react";
import { useReactFlow } from "@xyflow/react";
import type * as Y from "yjs";
import {
  addTouchpoint,
  connect,
  deleteConnections,
  deleteTouchpoints,
  moveTouchpoint,
  type JourneyLayout,
  type JourneyMap,
  type Category,
  type Phase,
  type Point,
} from "@kundresa/shared";
import { cellAtPoint, freeSlot, stageColumns, type Cell } from "../canvas/cellGeometry";
import { newEntryId, pastePayload, type ClipboardPayload } from "../canvas/clipboard";
import { LOCAL_ORIGIN } from "../collab/origins";
import { commitMoves as commitMovesInDoc, undoableStep } from "./undoableStep";

/** Below this zoom card titles stop being legible on a laptop screen. */
const READABLE_ZOOM = 0.72;

export interface EditorCommandInputs {
  doc: Y.Doc;
  undo: Y.UndoManager;
  map: JourneyMap;
  layout: JourneyLayout;
  selection: ReadonlySet<string>;
  setSelection: (ids: Set<string>) => void;
  setEditingId: (id: string | undefined) => void;
  readOnly: boolean;
}

export type EditorCommands = ReturnType<typeof useEditorCommands>;

/**
 * Every edit the canvas, the toolbar and the shortcuts can make, as intents on the document with
 * this tab's origin (so undo is per person). Read-only sessions get no-ops.
 */
export function useEditorCommands(inputs: EditorCommandInputs) {
  const flow = useReactFlow();
  const { doc, undo, map, layout, selection, setSelection, setEditingId, readOnly } = inputs;

  return useMemo(() => {
    /** One undo step, never merged with the edit before or after it. */
    function step(edit: () => void) {
      if (!readOnly) undoableStep(doc, undo, edit);
    }

    function createAt(cell: Cell, preferredTopLeft?: Point) {
      if (readOnly || cell.column.kind !== "stage" || cell.column.stageId === undefined) return;
      const lane = cell.lane.key;
      const channel = lane === "none" ? undefined : map.channels.find((c) => c.category === lane);
      const preferred = preferredTopLeft
        ? {
            x: Math.max(0, Math.round(preferredTopLeft.x - cell.column.x - 16)),
            y: Math.max(0, Math.round(preferredTopLeft.y - cell.lane.y - 16)),
          }
        : undefined;
      const id = newEntryId("tp");
      step(() => {
        addTouchpoint(
          doc,
          {
            id,
            title: "",
            stageId: cell.column.stageId as string,
            channelIds: channel ? [channel.id] : [],
            itSupport: "unknown",
            position: freeSlot(layout, cell, preferred),
          },
          LOCAL_ORIGIN,
        );
      });
      setSelection(new Set([id]));
      setEditingId(id);
    }

    /** A new card near the middle of what is on screen, or in the first stage. */
    function createInView() {
      const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
      const centre = pane
        ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
        : { x: 0, y: 0 };
      let cell = cellAtPoint(layout, centre);
      if (!cell || cell.column.kind !== "stage") {
        const column = stageColumns(layout)[0];
        const lane = layout.lanes.find((l) => l.key === "communication") ?? layout.lanes[0];
        if (!column || !lane) return;
        cell = { column, lane };
      }
      createAt(cell);
    }

    function deleteSelection() {
      const touchpointIds = map.touchpoints.filter((t) => selection.has(t.id)).map((t) => t.id);
      const connectionIds = map.connections.filter((c) => selection.has(c.id)).map((c) => c.id);
      if (touchpointIds.length === 0 && connectionIds.length === 0) return;
      step(() => {
        deleteConnections(doc, connectionIds, LOCAL_ORIGIN);
        deleteTouchpoints(doc, touchpointIds, LOCAL_ORIGIN);
      });
      setSelection(new Set());
    }

    function paste(payload: ClipboardPayload) {
      const fallback = stageColumns(layout)[0]?.stageId;
      const { touchpoints, connections } = pastePayload(payload, map, () => newEntryId("tp"), fallback);
      step(() => {
        for (const touchpoint of touchpoints) addTouchpoint(doc, touchpoint, LOCAL_ORIGIN);
        for (const connection of connections) connect(doc, connection, LOCAL_ORIGIN);
      });
      setSelection(new Set(touchpoints.map((t) => t.id)));
    }

    /** Commits a drag: every moved card in one transaction, so it is one undo step. */
    function commitMoves(topLefts: ReadonlyMap<string, Point>) {
      if (!readOnly) commitMovesInDoc(doc, undo, layout, topLefts);
    }

    /** Arrow keys: left/right to the neighbouring stage, up/down one slot within the cell. */
    function nudgeSelection(direction: "left" | "right" | "up" | "down") {
      const columns = stageColumns(layout);
      const moves = new Map<string, { stageId?: string; position: Point }>();
      for (const touchpoint of map.touchpoints) {
        if (!selection.has(touchpoint.id)) continue;
        if (direction === "up" || direction === "down") {
          const dy = direction === "up" ? -112 : 112;
          moves.set(touchpoint.id, {
            position: { x: touchpoint.position.x, y: Math.max(0, touchpoint.position.y + dy) },
          });
          continue;
        }
        const index = columns.findIndex((c) => c.stageId === touchpoint.stageId);
        const next = columns[index + (direction === "left" ? -1 : 1)];
        if (index < 0 || !next?.stageId) continue;
        moves.set(touchpoint.id, { stageId: next.stageId, position: touchpoint.position });
      }
      if (moves.size === 0) return;
      step(() => {
        for (const [id, move] of moves) moveTouchpoint(doc, id, move, LOCAL_ORIGIN);
      });
    }

    function addConnection(from: string, to: string) {
      if (from === to) return;
      step(() => {
        connect(doc, { id: newEntryId("c"), from, to, label: "" }, LOCAL_ORIGIN);
      });
    }

    /** Brings a point of the map to the middle of the screen, keeping the zoom readable. */
    function centreOn(x: number, y: number, duration = 300) {
      const zoom = Math.max(flow.getZoom(), 0.8);
      void flow.setCenter(x, y, { zoom, duration });
    }

    function focusTouchpoint(id: string) {
      const card = layout.cardsById.get(id);
      setSelection(new Set([id]));
      if (card) centreOn(card.rect.x + card.rect.width / 2, card.rect.y + card.rect.height / 2);
    }

    /**
     * Brings a card into view (centring it) when it is not fully there, and leaves the view alone
     * when it is: walking the cards with Tab should not swing the map at every step. At once, not
     * animated: a key held down or pressed quickly must not leave the view gliding towards an
     * earlier card (taking the focused one off screen), and it spares motion-sensitive people.
     */
    function revealTouchpoint(id: string, canvas: Element | null) {
      const card = layout.cardsById.get(id);
      if (!card || !canvas) return;
      const bounds = canvas.getBoundingClientRect();
      const topLeft = flow.screenToFlowPosition({ x: bounds.left, y: bounds.top });
      const bottomRight = flow.screenToFlowPosition({ x: bounds.right, y: bounds.bottom });
      const { x, y, width, height } = card.rect;
      const inView = x >= topLeft.x && y >= topLeft.y && x + width <= bottomRight.x && y + height <= bottomRight.y;
      if (!inView) centreOn(x + width / 2, y + height / 2, 0);
    }

    function focusConnection(id: string) {
      const edge = layout.edges.find((candidate) => candidate.connectionId === id);
      setSelection(new Set([id]));
      if (edge) centreOn(edge.labelAt.x, edge.labelAt.y);
    }

    function focusCell(phase: Phase, category?: Category) {
      const band = layout.phaseBands.find((candidate) => candidate.phase === phase);
      const lane = layout.lanes.find((candidate) => candidate.key === category);
      if (!band) return;
      const y = lane ? lane.y + lane.height / 2 : layout.grid.y + layout.grid.height / 2;
      centreOn(band.x + band.width / 2, y);
    }

    return {
      focusTouchpoint,
      revealTouchpoint,
      focusConnection,
      focusCell,
      createAt,
      createInView,
      deleteSelection,
      paste,
      commitMoves,
      nudgeSelection,
      addConnection,
      selectAll: () => setSelection(new Set(map.touchpoints.map((t) => t.id))),
      undo: () => {
        if (!readOnly) undo.undo();
      },
      redo: () => {
        if (!readOnly) undo.redo();
      },
      // The whole grid (lane labels, bands, emotion chart), not just the cards: an empty map fits too.
      fit: () =>
        void flow.fitBounds({ x: -8, y: -8, width: layout.width + 16, height: layout.height + 16 }, { padding: 0.04 }),
      /**
       * The first view: the whole map when it is readable that way; a big map opens at a readable
       * zoom on its start (before purchase), with the minimap and F for the whole of it.
       */
      initialView: () => {
        void flow
          .fitBounds({ x: -8, y: -8, width: layout.width + 16, height: layout.height + 16 }, { padding: 0.04 })
          .then(() => {
            if (flow.getZoom() < READABLE_ZOOM) void flow.setViewport({ x: 24, y: 16, zoom: READABLE_ZOOM });
          });
      },
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
    };
  }, [doc, undo, map, layout, selection, setSelection, setEditingId, readOnly, flow]);
}
