import { useEffect, useState } from "react";
import type { FatalClose, MapSession } from "./mapSession";

/**
 * What the person sees about the connection, always:
 * - `connecting`: first contact, nothing heard from the server yet;
 * - `live`: connected and in sync;
 * - `reconnecting`: the link dropped, retrying; edits are kept;
 * - `offline`: the browser is offline or retries keep failing: edits are kept on this device;
 * - `local`: a local-only session, never connected.
 */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "offline" | "local";

/** After this many failed attempts in a row we stop saying "reconnecting" and say "offline". */
const OFFLINE_AFTER_FAILURES = 3;

export interface ConnectionStatus {
  state: ConnectionState;
  fatal?: FatalClose;
}

export function useConnectionState(session: MapSession | undefined): ConnectionStatus {
  const [status, setStatus] = useState<ConnectionStatus>({ state: "connecting" });

  useEffect(() => {
    const provider = session?.provider;
    if (!provider) return undefined;
    let everConnected = false;
    let fatal: FatalClose | undefined;
    const update = () => {
      let state: ConnectionState;
      // The browser saying it is offline wins: an open socket on a dead network is not live.
      if (!navigator.onLine || (!provider.wsconnected && provider.wsUnsuccessfulReconnects >= OFFLINE_AFTER_FAILURES))
        state = "offline";
      else if (provider.wsconnected && provider.synced) state = "live";
      else if (everConnected) state = "reconnecting";
      else state = "connecting";
      if (provider.wsconnected) everConnected = true;
      setStatus(fatal ? { state, fatal } : { state });
    };
    const onClosed = (event: { code: number }) => {
      if (event.code === 4401) fatal = "unauthorized";
      else if (event.code === 4404) fatal = "not-found";
      update();
    };
    provider.on("status", update);
    provider.on("sync", update);
    provider.on("connection-close", update);
    provider.on("closed", onClosed);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    update();
    return () => {
      provider.off("status", update);
      provider.off("sync", update);
      provider.off("connection-close", update);
      provider.off("closed", onClosed);
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, [session]);

  if (session && !session.provider) return { state: "local" };
  return status;
}
