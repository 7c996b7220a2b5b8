import { useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { PHASES, PHASE_COLORS, type JourneyMap, type Locale, type Phase, type Stage } from "@kundresa/shared";
import { CommitTextField } from "../controls/CommitTextField";
import { ArrowDownIcon, ArrowUpIcon, TrashIcon, WarningIcon } from "../controls/icons";
import { usageCounts } from "../mapLookup";
import { phaseName, touchpointCountText, usePanelText } from "../panelText";
import { AddStage } from "./AddStage";
import { DeleteStageDialog } from "./DeleteStageDialog";
import "./StageManager.css";
import { registerMessages } from "../../i18n/i18n";
import * as stagePanelMessages from "../../i18n/messages/stagePanel";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(stagePanelMessages);

export interface StageManagerProps {
  map: JourneyMap;
  locale: Locale;
  readOnly?: boolean;
  onAdd: (phase: Phase, title: string) => void;
  onRename: (id: string, title: string) => void;
  /** Moves a stage to `toIndex` of `map.stages` (the model's `reorderStage`). */
  onReorder: (id: string, toIndex: number) => void;
  /** Without `moveTouchpointsTo` the stage's touchpoints are deleted with it. */
  onDelete: (id: string, moveTouchpointsTo?: string) => void;
}

type Direction = "up" | "down";

/** The stages of each phase in order: rename in place, move up and down, add, delete. */
export function StageManager({
  map,
  locale,
  readOnly = false,
  onAdd,
  onRename,
  onReorder,
  onDelete,
}: StageManagerProps) {
  const t = usePanelText(locale);
  const perStage = useMemo(() => usageCounts(map.touchpoints).perStage, [map.touchpoints]);
  const [deleting, setDeleting] = useState<Stage | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<{ id: string; direction: Direction } | null>(null);

  // A moved row is re-inserted in the DOM, which drops focus; once the new order arrives, put focus
  // back on the same button (or its twin when the stage reached the end and that one is disabled).
  useEffect(() => {
    const pending = refocus.current;
    if (!pending) return;
    refocus.current = null;
    const other: Direction = pending.direction === "up" ? "down" : "up";
    const same = buttons.current.get(`${pending.id}:${pending.direction}`);
    (same && !same.disabled ? same : buttons.current.get(`${pending.id}:${other}`))?.focus();
  }, [map.stages]);

  const move = (stage: Stage, neighbour: Stage | undefined, direction: Direction) => {
    if (!neighbour) return;
    refocus.current = { id: stage.id, direction };
    onReorder(stage.id, map.stages.indexOf(neighbour));
  };

  return (
    <div className={`stages${readOnly ? " stages--read-only" : ""}`}>
      {PHASES.map((phase) => {
        const stages = map.stages.filter((stage) => stage.phase === phase);
        const colors = PHASE_COLORS[phase];
        const style = { "--phase-color": colors.color, "--phase-tint": colors.tint, "--phase-ink": colors.ink };
        return (
          <section
            key={phase}
            className="stages-phase"
            style={style as CSSProperties}
            aria-label={phaseName(phase, locale)}
          >
            <h3 className="stages-phase-title">
              <span>{phaseName(phase, locale)}</span>
              <span className="stages-phase-count">{stages.length}</span>
            </h3>
            {stages.length === 0 && (
              <p className="stages-empty">
                <WarningIcon size={14} />
                {t("panels.stages.none")}
              </p>
            )}
            <ol className="stages-list">
              {stages.map((stage, index) => {
                const count = perStage.get(stage.id) ?? 0;
                const title = stage.title.trim() || t("panels.stage.untitled");
                const countText = touchpointCountText(count, t);
                return (
                  <li key={stage.id} className="stage-row">
                    <span className="stage-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    {readOnly ? (
                      <span className="stage-title">{title}</span>
                    ) : (
                      <CommitTextField
                        value={stage.title}
                        ariaLabel={t("panels.stages.name", { n: index + 1, phase: phaseName(phase, locale) })}
                        placeholder={t("panels.stage.untitled")}
                        multiline="wrap"
                        className="stage-title-field"
                        onCommit={(next) => onRename(stage.id, next.trim())}
                      />
                    )}
                    <span className={`stage-count${count === 0 ? " stage-count--zero" : ""}`} title={countText}>
                      <span aria-hidden="true">{count}</span>
                      <span className="visually-hidden">{countText}</span>
                    </span>
                    {!readOnly && (
                      <span className="stage-actions">
                        {(["up", "down"] as const).map((direction) => {
                          const neighbour = stages[direction === "up" ? index - 1 : index + 1];
                          return (
                            <button
                              key={direction}
                              ref={(element) => {
                                if (element) buttons.current.set(`${stage.id}:${direction}`, element);
                                else buttons.current.delete(`${stage.id}:${direction}`);
                              }}
                              type="button"
                              className="icon-button"
                              disabled={!neighbour}
                              aria-label={t(direction === "up" ? "panels.stages.moveUp" : "panels.stages.moveDown", {
                                title,
                              })}
                              title={t(direction === "up" ? "panels.stages.moveUp" : "panels.stages.moveDown", {
                                title,
                              })}
                              onClick={() => move(stage, neighbour, direction)}
                            >
                              {direction === "up" ? <ArrowUpIcon size={14} /> : <ArrowDownIcon size={14} />}
                            </button>
                          );
                        })}
                        <button
                          type="button"
                          className="icon-button icon-button--danger"
                          aria-label={t("panels.stages.delete", { title })}
                          title={t("panels.stages.delete", { title })}
                          onClick={() => setDeleting(stage)}
                        >
                          <TrashIcon size={14} />
                        </button>
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
            {!readOnly && (
              <AddStage
                buttonLabel={t("panels.stages.add")}
                inputLabel={t("panels.stages.add.label", { phase: phaseName(phase, locale) })}
                placeholder={t("panels.stages.add.placeholder")}
                onAdd={(title) => onAdd(phase, title)}
              />
            )}
          </section>
        );
      })}
      {deleting && (
        <DeleteStageDialog
          stage={deleting}
          stages={map.stages}
          touchpointCount={perStage.get(deleting.id) ?? 0}
          locale={locale}
          t={t}
          onCancel={() => setDeleting(null)}
          onConfirm={(target) => {
            setDeleting(null);
            onDelete(deleting.id, target);
          }}
        />
      )}
    </div>
  );
}
