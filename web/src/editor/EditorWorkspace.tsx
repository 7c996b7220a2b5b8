import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { readJourney, setMeta, updateTouchpoint, writeJourney, type JourneyMap } from "@kundresa/shared";
import { JourneyCanvas } from "../canvas/JourneyCanvas";
import { createLayoutCache } from "../canvas/layoutCache";
import type { ConnectionState } from "../collab/connectionState";
import { useUndoState } from "../collab/localUndo";
import type { MapSession } from "../collab/mapSession";
import { LOCAL_ORIGIN } from "../collab/origins";
import { usePeers } from "../collab/presence";
import { useJourney } from "../collab/useJourney";
import { useValidation } from "../collab/useValidation";
import { useI18n } from "../i18n/i18n";
import { renameRecentMap } from "../start/recentMaps";
import { useTestApi } from "../app/testApi";
import { useTimerSession } from "../timer/TimerSession";
import { useVote } from "../voting/useVote";
import { FollowBanner } from "../follow/FollowBanner";
import { FollowContext } from "../follow/FollowContext";
import { useFollow } from "../follow/useFollow";
import { usePresenter } from "../presenter/usePresenter";
import type { SidePanelTab } from "../panels";
import { EditorSidePanel } from "./EditorSidePanel";
import {
  LazyGapsSlide,
  LazyHistoryDialog,
  LazyPresenterBar,
  LazyShareDialog,
  LazyShortcutsDialog,
  LazyVoteOverlay,
} from "./lazyEditorParts";
import { SidePanelSlot } from "./SidePanelSlot";
import { ToolRail } from "./ToolRail";
import { TopBar } from "./TopBar";
import { undoableStep } from "./undoableStep";
import { useBackgroundFetches } from "./useBackgroundFetches";
import { useEditorCommands } from "./useEditorCommands";
import { useShortcuts } from "./useShortcuts";
import "./EditorWorkspace.css";

interface EditorWorkspaceProps {
  session: MapSession;
  readOnly: boolean;
  connection: ConnectionState;
  me: { name: string; color: string };
  tokens: { editToken?: string; viewToken?: string };
  /** Shown over the canvas (a notice that the map is still loading, for instance). */
  notice?: ReactNode;
}

/** The editor for one open map: top bar, tool rail, canvas and side panel around one live document. */
export function EditorWorkspace({ session, readOnly, connection, me, tokens, notice }: EditorWorkspaceProps) {
  const { t } = useI18n();
  const { doc, undo, awareness } = session;
  const facilitation = useTimerSession();
  // The vote's panel loads with the first vote: most sessions never hold one.
  // Read once here for the button and the panel alike.
  const vote = useVote(doc);
  const voteRunning = vote.session !== undefined;
  const { map, invalidEntries } = useJourney(doc);
  const report = useValidation(map, invalidEntries);
  // A title or notes edit keeps the last layout (the same object), so the canvas redraws one card.
  const layoutOf = useMemo(() => createLayoutCache(), []);
  const layout = useMemo(() => layoutOf(map), [layoutOf, map]);
  const peers = usePeers(awareness);
  const follow = useFollow(awareness, peers);
  const presenter = usePresenter(layout);
  // Presenting shows the map, it does not edit it: no edit affordances, no edit shortcuts.
  const canEdit = !readOnly && !presenter.active;
  const { canUndo, canRedo } = useUndoState(undo);
  const [selection, setSelectionState] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string | undefined>();
  const [dialog, setDialog] = useState<"share" | "shortcuts" | "history" | undefined>();
  const [panelTab, setPanelTab] = useState<SidePanelTab>("validation");

  const setSelection = useCallback((ids: Set<string>) => setSelectionState(ids), []);
  // Picking one card on the canvas opens it in the inspector, as the wireframe's tabs suggest.
  const selectOnCanvas = useCallback(
    (ids: Set<string>) => {
      setSelectionState(ids);
      // The Comments tab stays open: picking a card there means "show me its threads".
      if (ids.size === 1 && map.touchpoints.some((touchpoint) => ids.has(touchpoint.id))) {
        setPanelTab((tab) => (tab === "comments" ? tab : "inspector"));
      }
    },
    [map],
  );
  const commands = useEditorCommands({ doc, undo, map, layout, selection, setSelection, setEditingId, readOnly });
  useShortcuts({
    commands,
    map,
    selection,
    readOnly: !canEdit,
    clearSelection: () => {
      setSelectionState(new Set());
      setEditingId(undefined);
    },
    showShortcuts: () => setDialog("shortcuts"),
  });
  useTestApi(session, map, setSelection);

  const commitTitle = useCallback(
    (id: string, title: string) => {
      setEditingId(undefined);
      if (!readOnly) updateTouchpoint(doc, id, { title }, LOCAL_ORIGIN);
    },
    [doc, readOnly],
  );
  const rename = useCallback((title: string) => setMeta(doc, { title }, LOCAL_ORIGIN), [doc]);
  // This device's list of recent maps follows the title, whoever changed it and wherever (top bar,
  // map settings, a colleague, an import); an empty title is a map still loading.
  useEffect(() => {
    if (map.title.trim() !== "") renameRecentMap(session.mapId, map.title);
  }, [session.mapId, map.title]);
  useBackgroundFetches(map.stages.length > 0 || map.touchpoints.length > 0);
  const openInspector = useCallback((id: string) => {
    setSelectionState(new Set([id]));
    setPanelTab("inspector");
    // The inspector may still be loading: wait for its fields a frame at a time, a second at most.
    const focusFirstField = (framesLeft: number) =>
      requestAnimationFrame(() => {
        const field = document.querySelector<HTMLElement>(
          ".SidePanelSlot [role=tabpanel] :is(input, textarea, button)",
        );
        if (field) field.focus();
        else if (framesLeft > 0) focusFirstField(framesLeft - 1);
      });
    focusFirstField(60);
  }, []);

  // The server keeps the history: a local map has none, and a view link reads it with its own token.
  const historyToken = session.provider ? (readOnly ? tokens.viewToken : tokens.editToken) : undefined;
  // One transaction, one undo step of this person's: Ctrl+Z brings back what the restore replaced.
  // The map goes back, the conversation does not: today's threads are kept (a thread on a card the
  // version lacks shows as on a removed card), since deleting what colleagues wrote is no restore.
  const restoreVersion = useCallback(
    (version: JourneyMap) =>
      undoableStep(doc, undo, () =>
        writeJourney(doc, { ...version, comments: readJourney(doc).map.comments }, LOCAL_ORIGIN),
      ),
    [doc, undo],
  );

  const selectedTouchpoint =
    selection.size === 1 ? map.touchpoints.find((touchpoint) => selection.has(touchpoint.id)) : undefined;

  return (
    <FollowContext.Provider value={follow}>
      <div className={presenter.active ? "EditorWorkspace EditorWorkspace--presenting" : "EditorWorkspace"}>
        <TopBar
          map={map}
          report={report}
          readOnly={readOnly}
          connection={connection}
          me={me}
          peers={peers}
          canUndo={canUndo}
          canRedo={canRedo}
          onUndo={commands.undo}
          onRedo={commands.redo}
          onRename={rename}
          onShare={() => setDialog("share")}
          {...(historyToken ? { onHistory: () => setDialog("history") } : {})}
          onShowIssues={() => setPanelTab("validation")}
          onPresent={presenter.start}
          voteRunning={voteRunning}
        />
        <div className="EditorWorkspace-body">
          <ToolRail
            commands={commands}
            readOnly={readOnly}
            hasSelection={selection.size > 0}
            onShowShortcuts={() => setDialog("shortcuts")}
          />
          <main className="EditorWorkspace-canvas">
            {notice}
            <FollowBanner />
            {presenter.active && (
              <Suspense fallback={null}>
                <LazyPresenterBar presenter={presenter} readOnly={readOnly} />
                {presenter.slide.kind === "gaps" && <LazyGapsSlide map={map} report={report} />}
              </Suspense>
            )}
            {voteRunning && (
              <Suspense fallback={null}>
                <LazyVoteOverlay
                  doc={doc}
                  undo={undo}
                  map={map}
                  readOnly={readOnly}
                  now={facilitation?.now ?? Date.now}
                  vote={vote}
                />
              </Suspense>
            )}
            <JourneyCanvas
              map={map}
              layout={layout}
              report={report}
              awareness={awareness}
              peers={peers}
              readOnly={!canEdit}
              selection={selection}
              onSelectionChange={selectOnCanvas}
              editingId={editingId}
              onEditingChange={setEditingId}
              commands={commands}
              onCommitTitle={commitTitle}
              onOpenInspector={openInspector}
              onUserMove={follow.breakAway}
              spotlight={presenter.spotlightArea}
            />
          </main>
          <SidePanelSlot label={t("editor.panel.label")}>
            <EditorSidePanel
              doc={doc}
              undo={undo}
              map={map}
              report={report}
              invalidEntries={invalidEntries}
              readOnly={readOnly}
              tab={panelTab}
              onTabChange={setPanelTab}
              selectedTouchpoint={selectedTouchpoint}
              commands={commands}
              author={me.name}
            />
          </SidePanelSlot>
        </div>
        <Suspense fallback={null}>
          {dialog === "share" && (
            <LazyShareDialog
              mapId={session.mapId}
              {...tokens}
              {...(session.provider ? { connection: session.provider } : {})}
              onClose={() => setDialog(undefined)}
            />
          )}
          {dialog === "shortcuts" && <LazyShortcutsDialog onClose={() => setDialog(undefined)} />}
          {dialog === "history" && historyToken && (
            <LazyHistoryDialog
              mapId={session.mapId}
              token={historyToken}
              readOnly={readOnly}
              current={map}
              author={me.name}
              onRestore={restoreVersion}
              onClose={() => setDialog(undefined)}
            />
          )}
        </Suspense>
      </div>
    </FollowContext.Provider>
  );
}
