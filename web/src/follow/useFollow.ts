import { useCallback, useEffect, useMemo, useState } from "react";
import { useOnViewportChange, useReactFlow, useStore, useStoreApi } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import { publishPresence, throttleLatest, type Peer } from "../collab/presence";
import { currentSummoner, isSharedView, sharedViewOf, viewportFor } from "./sharedView";

export interface FollowedPerson {
  clientId: number;
  name: string;
  color: string;
  /** They asked everyone to follow them (rather than this person choosing to). */
  summoned: boolean;
}

export interface Follow {
  following: FollowedPerson | undefined;
  /** Whom this person just stopped following by moving the map (or who left): for "follow again". */
  stopped: { clientId: number; name: string; left: boolean } | undefined;
  /** How many people follow this tab now. */
  followers: number;
  /** This tab asked everyone to follow it. */
  summoning: boolean;
  follow: (clientId: number) => void;
  unfollow: () => void;
  /** The person panned or zoomed themselves: they are on their own again. */
  breakAway: () => void;
  summon: () => void;
  release: () => void;
  dismissStopped: () => void;
}

const VIEW_INTERVAL_MS = 100;

/**
 * Follow someone's view, or ask everyone to follow yours. Each tab publishes what its screen shows
 * (in flow coordinates) through awareness; a follower shows the same region, fitted to its own
 * screen. Moving the map yourself ends following, and says so, with a way back.
 */
export function useFollow(awareness: Awareness, peers: readonly Peer[]): Follow {
  const flow = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const store = useStoreApi();
  /** The pane's size now (read when needed, not captured: a window resize changes it). */
  const paneSize = useCallback(() => {
    const { width: w, height: h } = store.getState();
    return { width: w, height: h };
  }, [store]);
  const [following, setFollowing] = useState<FollowedPerson | undefined>();
  const [stopped, setStopped] = useState<Follow["stopped"]>();
  const [summoning, setSummoning] = useState(false);

  // Publish this screen's view, throttled like the pointer.
  const publishView = useMemo(
    () =>
      throttleLatest(
        (view: ReturnType<typeof sharedViewOf>) => publishPresence(awareness, "view", view),
        VIEW_INTERVAL_MS,
      ),
    [awareness],
  );
  useOnViewportChange({
    onChange: (viewport) => {
      const pane = paneSize();
      if (pane.width > 0) publishView(sharedViewOf(viewport, pane.width, pane.height));
    },
  });
  useEffect(() => {
    if (width > 0) publishView(sharedViewOf(flow.getViewport(), width, height));
  }, [flow, publishView, width, height]);

  useEffect(() => publishPresence(awareness, "following", following?.clientId ?? null), [awareness, following]);
  useEffect(() => () => publishPresence(awareness, "summon", null), [awareness]);

  // Show the leader's view as it moves, read from awareness directly (usePeers leaves views out).
  useEffect(() => {
    if (!following) return undefined;
    const apply = () => {
      const view: unknown = awareness.getStates().get(following.clientId)?.["view"];
      const { width: w, height: h } = paneSize();
      if (isSharedView(view) && w > 0) void flow.setViewport(viewportFor(view, w, h), { duration: 120 });
    };
    apply();
    const onChange = ({ updated, added }: { updated: number[]; added: number[] }) => {
      if (updated.includes(following.clientId) || added.includes(following.clientId)) apply();
    };
    awareness.on("change", onChange);
    return () => awareness.off("change", onChange);
  }, [awareness, flow, following, paneSize]);

  // A summons starts following; its end, or the leader leaving, stops it. Worked out while
  // rendering, when the peers change (React's pattern for state that follows props).
  const [seen, setSeen] = useState<{ peers: readonly Peer[]; summons: ReadonlyMap<number, number> }>({
    peers,
    summons: new Map(),
  });
  if (seen.peers !== peers) {
    const summoner = currentSummoner(peers);
    const at = summoner?.summon?.at;
    const summons = new Map(seen.summons);
    if (summoner && typeof at === "number" && summons.get(summoner.clientId) !== at) {
      summons.set(summoner.clientId, at);
      setStopped(undefined);
      setFollowing({ clientId: summoner.clientId, ...summoner.user, summoned: true });
    } else if (following) {
      const leader = peers.find((peer) => peer.clientId === following.clientId);
      if (!leader) {
        setFollowing(undefined);
        setStopped({ clientId: following.clientId, name: following.name, left: true });
      } else if (following.summoned && !leader.summon) {
        setFollowing(undefined);
      }
    }
    setSeen({ peers, summons });
  }

  const follow = useCallback(
    (clientId: number) => {
      const peer = peers.find((candidate) => candidate.clientId === clientId);
      if (!peer) return;
      setStopped(undefined);
      setFollowing({ clientId, ...peer.user, summoned: false });
    },
    [peers],
  );
  const breakAway = useCallback(() => {
    setFollowing((current) => {
      if (current) setStopped({ clientId: current.clientId, name: current.name, left: false });
      return undefined;
    });
  }, []);

  return {
    following,
    stopped,
    followers: peers.filter((peer) => peer.following === awareness.clientID).length,
    summoning,
    follow,
    unfollow: () => setFollowing(undefined),
    breakAway,
    summon: () => {
      setSummoning(true);
      setFollowing(undefined);
      publishPresence(awareness, "summon", { at: Date.now() });
    },
    release: () => {
      setSummoning(false);
      publishPresence(awareness, "summon", null);
    },
    dismissStopped: () => setStopped(undefined),
  };
}
