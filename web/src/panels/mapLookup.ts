import { useMemo } from "react";
import type { Channel, Connection, JourneyMap, Stage, Touchpoint } from "@kundresa/shared";

/** Id lookups over one map snapshot; the reader shares structure, so memoising on the arrays works. */
export interface MapLookup {
  touchpoint(id: string | undefined): Touchpoint | undefined;
  stage(id: string | undefined): Stage | undefined;
  channel(id: string | undefined): Channel | undefined;
  connection(id: string | undefined): Connection | undefined;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function createMapLookup(
  map: Pick<JourneyMap, "touchpoints" | "stages" | "channels" | "connections">,
): MapLookup {
  const touchpoints = byId(map.touchpoints);
  const stages = byId(map.stages);
  const channels = byId(map.channels);
  const connections = byId(map.connections);
  return {
    touchpoint: (id) => (id === undefined ? undefined : touchpoints.get(id)),
    stage: (id) => (id === undefined ? undefined : stages.get(id)),
    channel: (id) => (id === undefined ? undefined : channels.get(id)),
    connection: (id) => (id === undefined ? undefined : connections.get(id)),
  };
}

export function useMapLookup(map: JourneyMap): MapLookup {
  const { touchpoints, stages, channels, connections } = map;
  return useMemo(
    () => createMapLookup({ touchpoints, stages, channels, connections }),
    [touchpoints, stages, channels, connections],
  );
}

/** How many touchpoints sit in each stage, and how many use each channel. */
export function usageCounts(touchpoints: readonly Touchpoint[]): {
  perStage: Map<string, number>;
  perChannel: Map<string, number>;
} {
  const perStage = new Map<string, number>();
  const perChannel = new Map<string, number>();
  for (const touchpoint of touchpoints) {
    perStage.set(touchpoint.stageId, (perStage.get(touchpoint.stageId) ?? 0) + 1);
    for (const channelId of new Set(touchpoint.channelIds)) {
      perChannel.set(channelId, (perChannel.get(channelId) ?? 0) + 1);
    }
  }
  return { perStage, perChannel };
}
