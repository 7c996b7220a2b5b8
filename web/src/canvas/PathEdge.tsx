import { memo, useContext } from "react";
import { createPortal } from "react-dom";
import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from "@xyflow/react";
import type { EdgeKind, Point } from "@kundresa/shared";
import { MovingPathsContext } from "./movingPaths";

export interface PathEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  /** The routed path from `layoutJourney`, as the export draws it. */
  path: string;
  start: Point;
  end: Point;
  label: string;
  labelAt: Point;
  /** An end is being dragged: drawn on the moving-paths layer until the drop (see movingPaths.ts). */
  moving?: boolean;
}

export type PathEdgeType = Edge<PathEdgeData, "journey">;

/** Within this many flow units the handles are where the layout put the ends: use the routed path. */
const SETTLED = 1.5;

/**
 * A step of the customer's path. At rest it draws the layout's route (the same as the SVG export,
 * loops included); while a card moves, it bends from handle to handle so it follows the drag.
 */
export const PathEdge = memo(function PathEdge(props: EdgeProps<PathEdgeType>) {
  const { data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected } = props;
  const movingLayer = useContext(MovingPathsContext);
  if (!data) return null;
  const settled =
    data.kind !== "forward" ||
    (Math.abs(sourceX - data.start.x) < SETTLED &&
      Math.abs(sourceY - data.start.y) < SETTLED &&
      Math.abs(targetX - data.end.x) < SETTLED &&
      Math.abs(targetY - data.end.y) < SETTLED);
  const path = settled
    ? data.path
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })[0];
  const loop = data.kind === "loop";
  if (data.moving && movingLayer) {
    return createPortal(
      <path className="react-flow__edge-path PathEdge PathEdge--forward" d={path} markerEnd={markerEnd} />,
      movingLayer,
    );
  }
  return (
    <>
      <BaseEdge
        path={path}
        markerEnd={markerEnd}
        interactionWidth={14}
        className={`PathEdge PathEdge--${data.kind}${selected ? " PathEdge--selected" : ""}${settled ? "" : " PathEdge--moving"}`}
      />
      {data.label !== "" && (
        <g className="PathEdge-label" transform={`translate(${data.labelAt.x} ${data.labelAt.y})`}>
          <text textAnchor="middle" dy="0.35em" className={loop ? "PathEdge-labelText--loop" : undefined}>
            {data.label}
          </text>
        </g>
      )}
    </>
  );
});
