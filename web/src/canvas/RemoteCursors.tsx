import { memo } from "react";
import { useViewport } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import { usePeers } from "../collab/presence";

/**
 * Colleagues' pointers, placed in flow coordinates (so they point at the same card at any zoom) and
 * counter-scaled, so the arrow and name stay a readable size.
 */
export const RemoteCursors = memo(function RemoteCursors({ awareness }: { awareness: Awareness }) {
  const { zoom } = useViewport();
  // Its own subscription: pointers move often, and only this layer needs to follow them.
  const peers = usePeers(awareness, { cursors: true });
  return (
    <>
      {peers.map((peer) =>
        peer.cursor ? (
          <div
            key={peer.clientId}
            className="RemoteCursor"
            style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${1 / zoom})` }}
          >
            <svg width="18" height="22" viewBox="0 0 18 22" aria-hidden="true">
              <path d="M1 1l15 9.5-6.8 1.4L6 20z" fill={peer.user.color} stroke="#fff" strokeWidth="1.5" />
            </svg>
            <span className="RemoteCursor-name" style={{ background: peer.user.color }}>
              {peer.user.name}
            </span>
          </div>
        ) : null,
      )}
    </>
  );
});
