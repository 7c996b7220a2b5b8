import { useId, useMemo, useRef, useState, type FormEvent } from "react";
import { diffJourneys, VERSION_NAME_MAX_LENGTH, type JourneyMap, type VersionInfo } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { Dialog } from "../panels/controls/Dialog";
import { DiffSummary } from "./DiffSummary";
import { useVersionList, useVersionMap } from "./useVersions";
import { versionName, versionTime } from "./versionLabels";
import { httpVersionsApi, type VersionsApi } from "./versionsApi";
import { VersionCompare } from "./VersionCompare";
import { VersionList } from "./VersionList";
import "./HistoryDialog.css";
import { registerMessages } from "../i18n/i18n";
import * as historyMessages from "../i18n/messages/history";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(historyMessages);

export interface HistoryDialogProps {
  mapId: string;
  /** The edit or the view token: either reads the history, only an edit token saves. */
  token: string;
  readOnly: boolean;
  /** The live map, so the comparison follows colleagues' edits while the dialog is open. */
  current: JourneyMap;
  /** The name this person gave, saved with their named versions. */
  author: string;
  /** Writes `map` into the live document as one undoable edit of this person's; throws when it cannot. */
  onRestore: (map: JourneyMap) => void;
  onClose: () => void;
  /** The server's history; tests pass their own. */
  api?: VersionsApi;
}

function SaveVersionForm({ onSave }: { onSave: (name: string) => Promise<void> }) {
  const { t } = useI18n();
  const inputId = useId();
  const [name, setName] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<{ kind: "idle" | "saving" } | { kind: "done" | "failed"; text: string }>({
    kind: "idle",
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === "" || step.kind === "saving") return;
    setStep({ kind: "saving" });
    try {
      await onSave(trimmed);
      setName("");
      setStep({ kind: "done", text: t("history.save.done", { name: trimmed }) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStep({ kind: "failed", text: t("history.save.failed", { reason }) });
    }
    // The button goes disabled with the name cleared, which would drop focus out of the dialog
    // (and Escape and Tab with it): back to the field, ready for the next name.
    input.current?.focus();
  }
  return (
    <form className="HistorySave" onSubmit={(event) => void submit(event)}>
      <label className="field-label" htmlFor={inputId}>
        {t("history.save.label")}
      </label>
      <div className="HistorySave-row">
        <input
          ref={input}
          id={inputId}
          className="panel-input"
          value={name}
          maxLength={VERSION_NAME_MAX_LENGTH}
          placeholder={t("history.save.placeholder")}
          onChange={(event) => setName(event.target.value)}
        />
        <button
          type="submit"
          className="panel-button panel-button--primary"
          // Not disabled while saving, so a click's focus stays in the dialog; a second submit is ignored.
          disabled={name.trim() === ""}
          aria-disabled={step.kind === "saving"}
        >
          {step.kind === "saving" ? t("history.save.saving") : t("history.save.submit")}
        </button>
      </div>
      <p className={`HistorySave-status HistorySave-status--${step.kind}`} role="status">
        {step.kind === "done" || step.kind === "failed" ? step.text : ""}
      </p>
    </form>
  );
}

function RestoreControl({ name, onRestore }: { name: string; onRestore: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  if (!confirming) {
    return (
      <button type="button" className="panel-button panel-button--primary" onClick={() => setConfirming(true)}>
        {t("history.restore")}
      </button>
    );
  }
  return (
    <div className="HistoryRestore" role="group" aria-label={t("history.restore")}>
      <p className="HistoryRestore-question">{t("history.restore.question", { name })}</p>
      <div className="HistoryRestore-buttons">
        <button type="button" className="panel-button" onClick={() => setConfirming(false)}>
          {t("history.restore.cancel")}
        </button>
        <button
          type="button"
          className="panel-button panel-button--danger"
          // The question just appeared in place of the button that asked for it: focus follows.
          autoFocus
          onClick={() => {
            try {
              onRestore();
            } catch (error) {
              setFailure(
                t("history.restore.failed", { reason: error instanceof Error ? error.message : String(error) }),
              );
            }
          }}
        >
          {t("history.restore.confirm")}
        </button>
      </div>
      {failure && (
        <p className="HistoryRestore-failed" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}

function VersionDetail(props: {
  version: VersionInfo;
  map: JourneyMap;
  current: JourneyMap;
  readOnly: boolean;
  onRestore: (map: JourneyMap) => void;
}) {
  const { t, locale } = useI18n();
  const { version, map, current } = props;
  const diff = useMemo(() => diffJourneys(map, current), [map, current]);
  const name = versionName(version, t);
  return (
    <>
      <div className="HistoryDetail-head">
        <div>
          <h3 className="HistoryDetail-name">{name}</h3>
          <p className="HistoryDetail-meta">
            {versionTime(version, locale, t)}
            {version.author ? ` · ${t("history.by", { author: version.author })}` : ""}
          </p>
        </div>
        {!props.readOnly &&
          (diff.unchanged ? (
            <p className="HistoryDetail-same">{t("history.restore.same")}</p>
          ) : (
            <RestoreControl key={version.id} name={name} onRestore={() => props.onRestore(map)} />
          ))}
      </div>
      <VersionCompare version={map} current={current} name={name} />
      <DiffSummary diff={diff} />
    </>
  );
}

/**
 * The History dialog: the map's versions, a named version saved on request, and for the one picked
 * a read-only picture of it beside the map as it is now, what changed since, and (for editors) a
 * restore that is one undoable edit. A view link sees the same list and comparison, no buttons.
 */
export function HistoryDialog({
  mapId,
  token,
  readOnly,
  current,
  author,
  onRestore,
  onClose,
  api,
}: HistoryDialogProps) {
  const { t } = useI18n();
  const versionsApi = useMemo(() => api ?? httpVersionsApi(mapId, token), [api, mapId, token]);
  const { state, reload, prepend } = useVersionList(versionsApi);
  const [picked, setPicked] = useState<string | undefined>();
  // The newest version is shown until someone picks another.
  const versions = state.status === "ready" ? state.value : [];
  const selected = versions.find((version) => version.id === picked) ?? versions[0];
  const selectedMap = useVersionMap(versionsApi, selected?.id);

  return (
    <Dialog
      title={t("history.title")}
      size="wide"
      onClose={onClose}
      actions={
        <button type="button" className="panel-button" onClick={onClose}>
          {t("history.close")}
        </button>
      }
    >
      <div className="HistoryDialog">
        <div className="HistoryDialog-side">
          <p className="HistoryDialog-intro">{readOnly ? t("history.readOnly") : t("history.intro")}</p>
          {!readOnly && (
            <SaveVersionForm
              onSave={async (name) => {
                const saved = await versionsApi.save(name, author.trim() || undefined);
                prepend(saved);
                setPicked(saved.id);
              }}
            />
          )}
          <VersionList state={state} selectedId={selected?.id} onSelect={setPicked} onRetry={reload} />
        </div>
        <div className="HistoryDialog-main">
          {state.status === "ready" && !selected && <p className="HistoryList-note">{t("history.pick")}</p>}
          {selected && selectedMap?.status === "loading" && (
            <p className="HistoryList-note" role="status">
              {t("history.version.loading")}
            </p>
          )}
          {selected && selectedMap?.status === "failed" && (
            <p className="HistoryList-note HistoryList-note--error" role="alert">
              {t("history.version.failed", { reason: selectedMap.reason })}
            </p>
          )}
          {selected && selectedMap?.status === "ready" && (
            <VersionDetail
              version={selected}
              map={selectedMap.value}
              current={current}
              readOnly={readOnly}
              onRestore={(map) => {
                onRestore(map);
                onClose();
              }}
            />
          )}
        </div>
      </div>
    </Dialog>
  );
}
