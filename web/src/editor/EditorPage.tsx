import { useEffect, useMemo, useState } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import { probeAccess, type MapAccess } from "../api/mapsApi";
import { tokenFromHash, useLocation } from "../app/router";
import { useConnectionState, type ConnectionStatus } from "../collab/connectionState";
import { colorForName, storeUserName, storedUserName } from "../collab/identity";
import { openMapSession, type MapSession } from "../collab/mapSession";
import { usePresenceColor } from "../collab/presenceColor";
import { useI18n } from "../i18n/i18n";
import { recentMap, rememberMap } from "../start/recentMaps";
import { TimerSessionProvider } from "../timer/TimerSession";
import { EditorWorkspace } from "./EditorWorkspace";
import { FullPageMessage } from "./FullPageMessage";
import { NamePrompt } from "./NamePrompt";

/** The name colleagues see, asked once per device; `undefined` until answered. */
function useMe(): [{ name: string; color: string } | undefined, (name: string) => void] {
  const [name, setName] = useState(() => storedUserName());
  const me = useMemo(() => (name ? { name, color: colorForName(name) } : undefined), [name]);
  return [
    me,
    (next) => {
      storeUserName(next);
      setName(next);
    },
  ];
}

/** Whether this token may edit: known from this device's recent maps, else asked of the server. */
function useAccess(mapId: string, token: string): MapAccess | "pending" {
  const known = recentMap(mapId);
  const knownAccess = known?.editToken === token ? "edit" : known?.viewToken === token ? "view" : undefined;
  const [probed, setProbed] = useState<{ key: string; access: MapAccess } | undefined>();
  const key = `${mapId}\u0000${token}`;
  useEffect(() => {
    if (knownAccess) return undefined;
    let live = true;
    void probeAccess(mapId, token).then(({ access, viewToken }) => {
      if (!live) return;
      // The view link that goes with an edit link, so this device can share it too.
      if (viewToken) rememberMap({ id: mapId, editToken: token, viewToken });
      setProbed({ key, access });
    });
    return () => {
      live = false;
    };
  }, [mapId, token, key, knownAccess]);
  if (knownAccess) return knownAccess;
  return probed?.key === key ? probed.access : "pending";
}

/** The live session `open` makes, destroyed when `deps` change or the page closes. */
export function useSession(open: () => MapSession, deps: readonly unknown[]): MapSession | undefined {
  const [session, setSession] = useState<MapSession | undefined>();
  useEffect(() => {
    const next = open();
    // A session is an outside resource (sockets, IndexedDB) that must be created and destroyed with
    // the effect, so StrictMode's double mount cannot leak one; the state only hands it to render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(next);
    return () => next.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` names what the session depends on
  }, deps);
  return session;
}

/** The editor around an open session: the workspace, or why it cannot open. */
export function Editor({
  session,
  status,
  readOnly,
  tokens,
}: {
  session: MapSession;
  status: ConnectionStatus;
  readOnly: boolean;
  tokens: { editToken?: string; viewToken?: string };
}) {
  const { t } = useI18n();
  const [me, setMe] = useMe();
  const color = usePresenceColor(session.awareness, me?.name);
  if (status.fatal === "unauthorized")
    return (
      <FullPageMessage title={t("editor.fatal.unauthorized")}>{t("editor.fatal.unauthorizedText")}</FullPageMessage>
    );
  if (status.fatal === "not-found")
    return <FullPageMessage title={t("editor.fatal.notFound")}>{t("editor.fatal.notFoundText")}</FullPageMessage>;
  const shownAs = me
    ? { name: me.name, color: color ?? me.color }
    : { name: t("editor.presence.anonymous"), color: "#64748B" };
  return (
    <ReactFlowProvider>
      {/* The top bar's timer reads the document from here (see timer/TimerSession.tsx). */}
      <TimerSessionProvider
        doc={session.doc}
        readOnly={readOnly}
        userName={shownAs.name}
        followServerClock={session.provider !== undefined}
      >
        <EditorWorkspace session={session} readOnly={readOnly} connection={status.state} me={shownAs} tokens={tokens} />
      </TimerSessionProvider>
      {!me && <NamePrompt onDone={setMe} />}
    </ReactFlowProvider>
  );
}

/** `/m/:id#token=…`: a shared map, live. */
export function EditorPage({ mapId }: { mapId: string }) {
  const { t } = useI18n();
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  if (!token)
    return <FullPageMessage title={t("editor.fatal.noToken")}>{t("editor.fatal.noTokenText")}</FullPageMessage>;
  return <RemoteEditor mapId={mapId} token={token} />;
}

function RemoteEditor({ mapId, token }: { mapId: string; token: string }) {
  const { t } = useI18n();
  const access = useAccess(mapId, token);
  const session = useSession(() => openMapSession(mapId, token), [mapId, token]);
  const status = useConnectionState(session);

  useEffect(() => {
    if (access === "edit") rememberMap({ id: mapId, editToken: token });
    else if (access === "view") rememberMap({ id: mapId, viewToken: token });
  }, [access, mapId, token]);

  if (access === "unauthorized")
    return (
      <FullPageMessage title={t("editor.fatal.unauthorized")}>{t("editor.fatal.unauthorizedText")}</FullPageMessage>
    );
  if (access === "not-found")
    return <FullPageMessage title={t("editor.fatal.notFound")}>{t("editor.fatal.notFoundText")}</FullPageMessage>;
  if (!session) return null;
  const known = recentMap(mapId);
  // Unreachable server: edit offline (a view token's edits would be dropped by the server anyway).
  const readOnly = access === "view" || access === "pending";
  const tokens = {
    ...(known?.editToken
      ? { editToken: known.editToken }
      : access === "edit" || access === "unreachable"
        ? { editToken: token }
        : {}),
    ...(known?.viewToken ? { viewToken: known.viewToken } : access === "view" ? { viewToken: token } : {}),
  };
  return <Editor session={session} status={status} readOnly={readOnly} tokens={tokens} />;
}
