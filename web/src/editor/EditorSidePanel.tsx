import { Suspense, useMemo, useState } from "react";
import type * as Y from "yjs";
import {
  PHASES,
  deleteCommentThread,
  replyToCommentThread,
  editCommentMessage,
  deleteCommentMessage,
  setCommentThreadResolved,
  startCommentThread,
  addStage,
  deleteConnections,
  deleteStage,
  renameStage,
  reorderStage,
  setMeta,
  updateConnection,
  updateTouchpoint,
  type InvalidEntry,
  type JourneyMap,
  type Phase,
  type Touchpoint,
  type ValidationIssue,
  type ValidationReport,
} from "@kundresa/shared";
import { InspectorEmptyState } from "../panels/inspector/InspectorEmptyState";
import { SidePanel, type SidePanelTab } from "../panels/sidePanel/SidePanel";
import { ValidationTab } from "../panels/validation/ValidationTab";
import { newEntryId } from "../canvas/clipboard";
import { COMMENT_ORIGIN, LOCAL_ORIGIN } from "../collab/origins";
import { useI18n } from "../i18n/i18n";
import type { EditorCommands } from "./useEditorCommands";
import {
  LazyChannelCatalogueEditor,
  LazyCommentsTab,
  LazyInspector,
  LazyMapSettings,
  LazyRepairEntryDialog,
  LazyStageManager,
} from "./lazyEditorParts";
import { undoableStep } from "./undoableStep";

export interface EditorSidePanelProps {
  doc: Y.Doc;
  undo: Y.UndoManager;
  map: JourneyMap;
  report: ValidationReport;
  /** Document entries that fail the format, for the repair view. */
  invalidEntries: readonly InvalidEntry[];
  readOnly: boolean;
  tab: SidePanelTab;
  onTabChange: (tab: SidePanelTab) => void;
  selectedTouchpoint: Touchpoint | undefined;
  commands: EditorCommands;
  /** The name this person gave: the author of the comments they write. */
  author: string;
}

/** Where a new stage of `phase` goes: after the phase's last stage, or where its phase begins. */
function insertionIndex(map: JourneyMap, phase: Phase): number {
  const order = PHASES.indexOf(phase);
  let index = 0;
  map.stages.forEach((stage, position) => {
    if (PHASES.indexOf(stage.phase) <= order) index = position + 1;
  });
  return index;
}

/**
 * The panels (web/src/panels) wired to the document: every callback becomes one intent with this
 * tab's origin, one undo step each. The panels stay presentational; this is the only translator.
 */
export function EditorSidePanel(props: EditorSidePanelProps) {
  const { doc, undo, map, report, invalidEntries, readOnly, tab, onTabChange, selectedTouchpoint, commands, author } =
    props;
  const { locale } = useI18n();
  const [commentError, setCommentError] = useState<string | undefined>();
  const openComments = useMemo(() => map.comments.filter((thread) => !thread.resolved).length, [map.comments]);
  const [focusedIssue, setFocusedIssue] = useState<ValidationIssue | undefined>();
  /** The entry the repair view shows, as it was when opened (or reloaded). */
  const [repairing, setRepairing] = useState<InvalidEntry | undefined>();
  const findInvalid = (collection: string | undefined, entryId: string | undefined) =>
    invalidEntries.find((entry) => entry.collection === collection && entry.entryId === entryId);
  const edit = useMemo(
    () => (change: () => void) => (readOnly ? undefined : undoableStep(doc, undo, change)),
    [doc, undo, readOnly],
  );
  const touchpointIssues = useMemo(
    () => (selectedTouchpoint ? report.issues.filter((issue) => issue.touchpointId === selectedTouchpoint.id) : []),
    [report, selectedTouchpoint],
  );

  function focusIssue(issue: ValidationIssue) {
    setFocusedIssue(issue);
    if (issue.rule === "doc.invalid-entry") setRepairing(findInvalid(issue.collection, issue.entryId));
    if (issue.touchpointId !== undefined) commands.focusTouchpoint(issue.touchpointId);
    else if (issue.connectionId !== undefined) commands.focusConnection(issue.connectionId);
    else if (issue.phase !== undefined) commands.focusCell(issue.phase, issue.category);
  }

  /** A comment intent, outside the undo stack (see COMMENT_ORIGIN); a refusal is shown in the tab. */
  const comment = (change: () => unknown) => {
    if (readOnly) return;
    try {
      change();
      setCommentError(undefined);
    } catch (error) {
      setCommentError(error instanceof Error ? error.message : String(error));
    }
  };
  const newMessage = (text: string) => ({
    id: newEntryId("m"),
    author,
    createdAt: new Date().toISOString(),
    text,
  });

  return (
    <>
      <SidePanel
        locale={locale}
        activeTab={tab}
        onTabChange={onTabChange}
        summary={report.summary}
        openComments={openComments}
      >
        {(active) => (
          // The stage, channel and settings tabs load on first open; the busy panel says so meanwhile.
          <Suspense fallback={<div aria-busy="true" />}>{renderTab(active)}</Suspense>
        )}
      </SidePanel>
      {repairing && (
        <Suspense fallback={null}>
          <LazyRepairEntryDialog
            // A reload shows the entry afresh: new JSON, no stale error.
            key={JSON.stringify(repairing.raw)}
            shown={repairing}
            current={findInvalid(repairing.collection, repairing.entryId)}
            readOnly={readOnly}
            locale={locale}
            doc={doc}
            undo={undo}
            onReload={() => setRepairing(findInvalid(repairing.collection, repairing.entryId))}
            onClose={() => setRepairing(undefined)}
          />
        </Suspense>
      )}
    </>
  );

  function renderTab(active: SidePanelTab) {
    switch (active) {
      case "validation":
        return (
          <ValidationTab
            report={report}
            map={map}
            locale={locale}
            onFocusIssue={focusIssue}
            {...(focusedIssue ? { focusedIssue } : {})}
            onFocusCell={(phase, category) => commands.focusCell(phase, category)}
          />
        );
      case "inspector":
        return selectedTouchpoint ? (
          <LazyInspector
            key={selectedTouchpoint.id}
            touchpoint={selectedTouchpoint}
            map={map}
            locale={locale}
            readOnly={readOnly}
            issues={touchpointIssues}
            onChange={(patch) => edit(() => updateTouchpoint(doc, selectedTouchpoint.id, patch, LOCAL_ORIGIN))}
            onDelete={commands.deleteSelection}
            onConnect={(to) => commands.addConnection(selectedTouchpoint.id, to)}
            onConnectionLabel={(id, label) => edit(() => updateConnection(doc, id, { label }, LOCAL_ORIGIN))}
            onDisconnect={(id) => edit(() => deleteConnections(doc, [id], LOCAL_ORIGIN))}
          />
        ) : (
          <InspectorEmptyState locale={locale} readOnly={readOnly} />
        );
      case "comments":
        return (
          <LazyCommentsTab
            map={map}
            locale={locale}
            readOnly={readOnly}
            author={author}
            selectedTouchpointId={selectedTouchpoint?.id}
            error={commentError}
            onStart={(touchpointId, text) =>
              comment(() =>
                startCommentThread(
                  doc,
                  { id: newEntryId("k"), touchpointId, message: newMessage(text) },
                  COMMENT_ORIGIN,
                ),
              )
            }
            onReply={(threadId, text) =>
              comment(() => replyToCommentThread(doc, threadId, newMessage(text), COMMENT_ORIGIN))
            }
            onResolve={(threadId, resolved) =>
              comment(() => setCommentThreadResolved(doc, threadId, resolved, COMMENT_ORIGIN))
            }
            onDelete={(threadId) => comment(() => deleteCommentThread(doc, threadId, COMMENT_ORIGIN))}
            onDeleteMessage={(threadId, messageId) =>
              comment(() => deleteCommentMessage(doc, threadId, messageId, COMMENT_ORIGIN))
            }
            onEdit={(threadId, messageId, text) =>
              comment(() =>
                editCommentMessage(
                  doc,
                  threadId,
                  messageId,
                  { text, editedAt: new Date().toISOString() },
                  COMMENT_ORIGIN,
                ),
              )
            }
            onFocusTouchpoint={commands.focusTouchpoint}
          />
        );
      case "stages":
        return (
          <LazyStageManager
            map={map}
            locale={locale}
            readOnly={readOnly}
            onAdd={(phase, title) =>
              edit(() => addStage(doc, { id: newEntryId("s"), phase, title }, insertionIndex(map, phase), LOCAL_ORIGIN))
            }
            onRename={(id, title) => edit(() => renameStage(doc, id, title, LOCAL_ORIGIN))}
            onReorder={(id, toIndex) => edit(() => reorderStage(doc, id, toIndex, LOCAL_ORIGIN))}
            onDelete={(id, moveTouchpointsTo) =>
              edit(() =>
                deleteStage(doc, id, moveTouchpointsTo === undefined ? {} : { moveTouchpointsTo }, LOCAL_ORIGIN),
              )
            }
          />
        );
      case "channels":
        return (
          <LazyChannelCatalogueEditor
            channels={map.channels}
            touchpoints={map.touchpoints}
            locale={locale}
            readOnly={readOnly}
            doc={doc}
            undo={undo}
          />
        );
      case "map":
        return (
          <LazyMapSettings
            map={map}
            locale={locale}
            readOnly={readOnly}
            onChange={(patch) => edit(() => setMeta(doc, patch, LOCAL_ORIGIN))}
          />
        );
    }
  }
}
