import { memo, useMemo, useRef, type PointerEvent, type WheelEvent } from "react";
import { Panel, useReactFlow, useStore, type ReactFlowState } from "@xyflow/react";
import { CATEGORY_COLORS, NO_CHANNEL_COLORS, type JourneyLayout, type LaneKey } from "@kundresa/shared";
import "./JourneyMiniMap.css";

const WIDTH = 168;
const HEIGHT = 108;
const MASK = "rgba(241, 245, 249, 0.7)";

/**
 * The cards as one path per lane colour, from the layout: a handful of SVG elements however big the
 * map, redrawn only when the layout changes. React Flow's own minimap has a component per node that
 * re-checks itself on every store change (each frame of a pan or drag), which at 2,000 cards costs
 * more than the rest of the frame.
 */
const MiniMapCards = memo(function MiniMapCards({ layout }: { layout: JourneyLayout }) {
  const paths = useMemo(() => {
    const byLane = new Map<LaneKey, string[]>();
    for (const card of layout.cards) {
      const key = layout.lanes[card.laneIndex]?.key ?? "none";
      const { x, y, width, height } = card.rect;
      let parts = byLane.get(key);
      if (!parts) byLane.set(key, (parts = []));
      parts.push(`M${x} ${y}h${width}v${height}h${-width}z`);
    }
    return [...byLane].map(([key, parts]) => ({
      key,
      d: parts.join(""),
      color: key === "none" ? NO_CHANNEL_COLORS.color : CATEGORY_COLORS[key].color,
    }));
  }, [layout]);
  return (
    <>
      {paths.map((path) => (
        <path key={path.key} d={path.d} fill={path.color} />
      ))}
    </>
  );
});

const viewportOf = (state: ReactFlowState) => ({
  x: -state.transform[0] / state.transform[2],
  y: -state.transform[1] / state.transform[2],
  width: state.width / state.transform[2],
  height: state.height / state.transform[2],
});

const sameBox = (a: ReturnType<typeof viewportOf>, b: ReturnType<typeof viewportOf>) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * An overview of the whole map in the canvas's corner, with the part on screen cut out of a veil.
 * Press or drag on it to look there; the wheel over it zooms.
 */
export const JourneyMiniMap = memo(function JourneyMiniMap({
  layout,
  label,
}: {
  layout: JourneyLayout;
  label: string;
}) {
  const flow = useReactFlow();
  const view = useStore(viewportOf, sameBox);
  const svgRef = useRef<SVGSVGElement>(null);

  // Everything the map and the view cover, fitted into the box with a margin, as React Flow's does.
  const left = Math.min(0, view.x);
  const top = Math.min(0, view.y);
  const right = Math.max(layout.width, view.x + view.width);
  const bottom = Math.max(layout.height, view.y + view.height);
  const scale = Math.max((right - left) / WIDTH, (bottom - top) / HEIGHT);
  const boxWidth = WIDTH * scale;
  const boxHeight = HEIGHT * scale;
  const margin = 5 * scale;
  const box = {
    x: left - (boxWidth - (right - left)) / 2 - margin,
    y: top - (boxHeight - (bottom - top)) / 2 - margin,
    width: boxWidth + 2 * margin,
    height: boxHeight + 2 * margin,
  };

  function lookAt(event: PointerEvent<SVGSVGElement>) {
    const bounds = svgRef.current?.getBoundingClientRect();
    if (!bounds) return;
    const x = box.x + ((event.clientX - bounds.left) / bounds.width) * box.width;
    const y = box.y + ((event.clientY - bounds.top) / bounds.height) * box.height;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  }

  return (
    <Panel position="bottom-right" className="JourneyMiniMap">
      <svg
        ref={svgRef}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img"
        aria-label={label}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          lookAt(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) lookAt(event);
        }}
        onWheel={(event: WheelEvent<SVGSVGElement>) => {
          void flow.zoomTo(flow.getZoom() * (event.deltaY < 0 ? 1.15 : 1 / 1.15));
        }}
      >
        <MiniMapCards layout={layout} />
        <path
          className="JourneyMiniMap-mask"
          d={
            `M${box.x - margin} ${box.y - margin}h${box.width + 2 * margin}v${box.height + 2 * margin}` +
            `h${-box.width - 2 * margin}z M${view.x} ${view.y}h${view.width}v${view.height}h${-view.width}z`
          }
          fill={MASK}
          fillRule="evenodd"
          stroke="var(--accent)"
          strokeWidth={1.5 * scale}
        />
      </svg>
    </Panel>
  );
});
