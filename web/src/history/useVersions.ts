import { useCallback, useEffect, useRef, useState } from "react";
import type { JourneyMap, VersionInfo } from "@kundresa/shared";
import type { VersionsApi } from "./versionsApi";

export type Loadable<T> = { status: "loading" } | { status: "ready"; value: T } | { status: "failed"; reason: string };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The map's versions, newest first, loaded when the dialog opens; `reload` asks again. */
export function useVersionList(api: VersionsApi) {
  const [state, setState] = useState<Loadable<VersionInfo[]>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api.list().then(
      (versions) => live && setState({ status: "ready", value: versions }),
      (error: unknown) => live && setState({ status: "failed", reason: reasonOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt]);
  const reload = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((count) => count + 1);
  }, []);
  /** A version just saved goes on top without another round trip. */
  const prepend = useCallback((version: VersionInfo) => {
    setState((previous) => ({
      status: "ready",
      value: [version, ...(previous.status === "ready" ? previous.value : [])],
    }));
  }, []);
  return { state, reload, prepend };
}

/** One version's map, fetched once per version while the dialog is open (a version never changes). */
export function useVersionMap(api: VersionsApi, versionId: string | undefined): Loadable<JourneyMap> | undefined {
  const cache = useRef(new Map<string, Promise<JourneyMap>>());
  const [loaded, setLoaded] = useState<{ id: string; state: Loadable<JourneyMap> } | undefined>();
  useEffect(() => {
    if (versionId === undefined) return undefined;
    let live = true;
    let pending = cache.current.get(versionId);
    if (!pending) {
      pending = api.read(versionId);
      cache.current.set(versionId, pending);
      // A failed fetch is not kept: picking the version again tries again.
      pending.catch(() => cache.current.delete(versionId));
    }
    pending.then(
      (map) => live && setLoaded({ id: versionId, state: { status: "ready", value: map } }),
      (error: unknown) => live && setLoaded({ id: versionId, state: { status: "failed", reason: reasonOf(error) } }),
    );
    return () => {
      live = false;
    };
  }, [api, versionId]);
  if (versionId === undefined) return undefined;
  return loaded?.id === versionId ? loaded.state : { status: "loading" };
}
