import { useId, useState } from "react";
import { PHASES, type Locale, type Stage } from "@kundresa/shared";
import { Dialog } from "../controls/Dialog";
import { WarningIcon } from "../controls/icons";
import { phaseName, touchpointCountText, type Translate } from "../panelText";
import { registerMessages } from "../../i18n/i18n";
import * as stagePanelMessages from "../../i18n/messages/stagePanel";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(stagePanelMessages);

export interface DeleteStageDialogProps {
  stage: Stage;
  /** All stages of the map, in order (the one being deleted included). */
  stages: readonly Stage[];
  touchpointCount: number;
  locale: Locale;
  t: Translate;
  onConfirm: (moveTouchpointsTo: string | undefined) => void;
  onCancel: () => void;
}

/** The stage the touchpoints most likely belong in next: a neighbour in the same phase, else any. */
function suggestedTarget(stage: Stage, stages: readonly Stage[]): string | undefined {
  const index = stages.findIndex((candidate) => candidate.id === stage.id);
  const samePhase = (candidate: Stage | undefined) =>
    candidate !== undefined && candidate.id !== stage.id && candidate.phase === stage.phase;
  const before = stages[index - 1];
  const after = stages[index + 1];
  if (samePhase(before)) return before?.id;
  if (samePhase(after)) return after?.id;
  return (
    stages.find((candidate) => candidate.id !== stage.id && candidate.phase === stage.phase)?.id ??
    stages.find((candidate) => candidate.id !== stage.id)?.id
  );
}

/** Asks what happens to a stage's touchpoints before the stage goes: move them, or delete them too. */
export function DeleteStageDialog({
  stage,
  stages,
  touchpointCount,
  locale,
  t,
  onConfirm,
  onCancel,
}: DeleteStageDialogProps) {
  const others = stages.filter((candidate) => candidate.id !== stage.id);
  const initialTarget = suggestedTarget(stage, stages);
  const [choice, setChoice] = useState<"move" | "delete">(initialTarget ? "move" : "delete");
  const [target, setTarget] = useState(initialTarget ?? "");
  const name = useId();
  const title = stage.title.trim() || t("panels.stage.untitled");
  const lastInPhase = !others.some((candidate) => candidate.phase === stage.phase);
  const count = touchpointCountText(touchpointCount, t);

  return (
    <Dialog
      title={t("panels.stages.delete.title", { title })}
      tone="danger"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="panel-button" onClick={onCancel}>
            {t("panels.cancel")}
          </button>
          <button
            type="button"
            className="panel-button panel-button--danger"
            onClick={() => onConfirm(touchpointCount > 0 && choice === "move" ? target : undefined)}
          >
            {t("panels.stages.delete.confirm")}
          </button>
        </>
      }
    >
      {touchpointCount === 0 ? (
        <p>{t("panels.stages.delete.empty")}</p>
      ) : (
        <fieldset className="stage-delete-choices">
          <legend>
            {t(touchpointCount === 1 ? "panels.stages.delete.question.one" : "panels.stages.delete.question.other", {
              n: touchpointCount,
            })}
          </legend>
          {initialTarget && (
            <label className="choice">
              <input type="radio" name={name} checked={choice === "move"} onChange={() => setChoice("move")} />
              <span className="choice-text">
                <span className="choice-title">{t("panels.stages.delete.move")}</span>
                <select
                  className="panel-select"
                  aria-label={t("panels.stages.delete.target")}
                  value={target}
                  onChange={(event) => {
                    setTarget(event.target.value);
                    setChoice("move");
                  }}
                >
                  {PHASES.map((phase) => (
                    <optgroup key={phase} label={phaseName(phase, locale)}>
                      {others
                        .filter((candidate) => candidate.phase === phase)
                        .map((candidate) => (
                          <option key={candidate.id} value={candidate.id}>
                            {candidate.title.trim() || t("panels.stage.untitled")}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              </span>
            </label>
          )}
          <label className="choice">
            <input type="radio" name={name} checked={choice === "delete"} onChange={() => setChoice("delete")} />
            <span className="choice-text">
              <span className="choice-title">{t("panels.stages.delete.remove", { count })}</span>
              <span className="choice-detail">{t("panels.stages.delete.removeDetail")}</span>
            </span>
          </label>
        </fieldset>
      )}
      {lastInPhase && (
        <p className="stage-delete-warning">
          <WarningIcon size={15} />
          {t("panels.stages.delete.lastInPhase", { phase: phaseName(stage.phase, locale) })}
        </p>
      )}
    </Dialog>
  );
}
