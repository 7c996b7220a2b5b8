import { useMemo, useRef } from "react";
import {
  PHASES,
  itSupportLevel,
  type JourneyMap,
  type Locale,
  type Touchpoint,
  type TouchpointPatch,
  type ValidationIssue,
} from "@kundresa/shared";
import { CommitTextField } from "../controls/CommitTextField";
import { EditableList } from "../controls/EditableList";
import { Field, PanelSection } from "../controls/Field";
import { SegmentedControl } from "../controls/SegmentedControl";
import { Switch } from "../controls/Switch";
import { StarIcon, TrashIcon } from "../controls/icons";
import { useMapLookup } from "../mapLookup";
import { keptDotsText, phaseName, usePanelText } from "../panelText";
import { CapabilityPicker } from "./CapabilityPicker";
import { ChannelPicker } from "./ChannelPicker";
import { InspectorHeader } from "./InspectorHeader";
import { InspectorReadOnly } from "./InspectorReadOnly";
import { TouchpointPaths } from "./TouchpointPaths";
import { emotionName, emotionOptions, itSupportOptions, type EmotionValue } from "./assessmentOptions";
import type { InspectorFieldName } from "./InspectorIssues";
import { accentStyle } from "./touchpointChips";
import "./Inspector.css";

export interface InspectorProps {
  touchpoint: Touchpoint;
  map: JourneyMap;
  locale: Locale;
  /** A view link: the touchpoint is shown, with no way to change it. */
  readOnly?: boolean;
  /** This touchpoint's validation issues (the report's issues with its `touchpointId`). */
  issues: readonly ValidationIssue[];
  /** One call per committed edit: each is one undo step. */
  onChange: (patch: TouchpointPatch) => void;
  onDelete: () => void;
  /** The customer's path: a new connection from this touchpoint, a label, a removal. */
  onConnect: (to: string) => void;
  onConnectionLabel: (connectionId: string, label: string) => void;
  onDisconnect: (connectionId: string) => void;
}

/** Every field of the selected touchpoint. */
export function Inspector(props: InspectorProps) {
  // Keyed by id: a half-typed draft belongs to one touchpoint and must not follow the selection.
  return props.readOnly ? (
    <InspectorReadOnly key={props.touchpoint.id} {...props} />
  ) : (
    <InspectorForm key={props.touchpoint.id} {...props} />
  );
}

const FOCUS_TARGET = 'select, input, [role="radio"][tabindex="0"]';

function InspectorForm(props: InspectorProps) {
  const { touchpoint, map, locale, issues, onChange, onDelete } = props;
  const t = usePanelText(locale);
  const lookup = useMapLookup(map);
  const fields = useRef<Partial<Record<InspectorFieldName, HTMLDivElement | null>>>({});
  const itOptions = useMemo(() => itSupportOptions(locale), [locale]);
  const faces = useMemo(() => emotionOptions(t), [t]);
  const stageKnown = lookup.stage(touchpoint.stageId) !== undefined;

  const focusField = (name: InspectorFieldName) => {
    const container = fields.current[name];
    container?.scrollIntoView?.({ block: "nearest" });
    container?.querySelector<HTMLElement>(FOCUS_TARGET)?.focus();
  };
  const emotionValue: EmotionValue =
    touchpoint.emotion === undefined ? "unrated" : (`${touchpoint.emotion}` as EmotionValue);

  return (
    <div className="inspector" style={accentStyle(touchpoint.channelIds, lookup)}>
      <InspectorHeader touchpoint={touchpoint} lookup={lookup} issues={issues} locale={locale} t={t} onFix={focusField}>
        <CommitTextField
          value={touchpoint.title}
          multiline="wrap"
          ariaLabel={t("panels.inspector.title")}
          placeholder={t("panels.inspector.title.placeholder")}
          className="inspector-title"
          onCommit={(title) => onChange({ title })}
        />
      </InspectorHeader>

      <PanelSection title={t("panels.inspector.section.placement")}>
        <Field label={t("panels.inspector.stage")}>
          {({ id }) => (
            <div ref={(element) => void (fields.current.stage = element)}>
              <select
                id={id}
                className="panel-select"
                value={touchpoint.stageId}
                aria-invalid={!stageKnown}
                onChange={(event) => onChange({ stageId: event.target.value })}
              >
                {!stageKnown && (
                  <option value={touchpoint.stageId} disabled>
                    {t("panels.inspector.stage.unknown", { id: touchpoint.stageId })}
                  </option>
                )}
                {PHASES.map((phase) => (
                  <optgroup key={phase} label={phaseName(phase, locale)}>
                    {map.stages
                      .filter((stage) => stage.phase === phase)
                      .map((stage) => (
                        <option key={stage.id} value={stage.id}>
                          {stage.title.trim() || t("panels.stage.untitled")}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </div>
          )}
        </Field>
        <Field label={t("panels.inspector.channels")} group hint={t("panels.inspector.channels.hint")}>
          {() => (
            <div ref={(element) => void (fields.current.channels = element)}>
              <ChannelPicker
                channelIds={touchpoint.channelIds}
                channels={map.channels}
                locale={locale}
                t={t}
                onChange={(channelIds) => onChange({ channelIds })}
              />
            </div>
          )}
        </Field>
      </PanelSection>

      <PanelSection title={t("panels.inspector.section.assessment")}>
        <Field
          label={t("panels.inspector.itSupport")}
          group
          hint={itSupportLevel(touchpoint.itSupport).meaning[locale]}
        >
          {({ labelId, hintId }) => (
            <div ref={(element) => void (fields.current.itSupport = element)}>
              <SegmentedControl
                options={itOptions}
                value={touchpoint.itSupport}
                labelledBy={labelId}
                describedBy={hintId}
                className="inspector-it-support"
                onChange={(itSupport) => onChange({ itSupport })}
              />
            </div>
          )}
        </Field>
        <Field label={t("panels.inspector.emotion")} group hint={emotionName(touchpoint.emotion, t)}>
          {({ labelId, hintId }) => (
            <SegmentedControl
              options={faces}
              value={emotionValue}
              iconOnly
              labelledBy={labelId}
              describedBy={hintId}
              className="inspector-emotion"
              onChange={(value) => onChange({ emotion: value === "unrated" ? null : Number(value) })}
            />
          )}
        </Field>
        <div className="inspector-critical">
          <Switch checked={touchpoint.critical} onChange={(critical) => onChange({ critical })}>
            <StarIcon className="inspector-critical-star" />
            {t("panels.inspector.critical")}
          </Switch>
        </div>
      </PanelSection>

      <PanelSection title={t("panels.inspector.section.details")}>
        <Field label={t("panels.inspector.owner")}>
          {({ id }) => (
            <CommitTextField
              id={id}
              value={touchpoint.owner}
              placeholder={t("panels.inspector.owner.placeholder")}
              onCommit={(owner) => onChange({ owner })}
            />
          )}
        </Field>
        <Field label={t("panels.inspector.notes")} hint={t("panels.inspector.notes.hint")}>
          {({ id, hintId }) => (
            <CommitTextField
              id={id}
              value={touchpoint.notes}
              multiline="notes"
              ariaDescribedBy={hintId}
              placeholder={t("panels.inspector.notes.placeholder")}
              onCommit={(notes) => onChange({ notes })}
            />
          )}
        </Field>
      </PanelSection>

      <PanelSection title={t("panels.inspector.section.insights")}>
        <Field label={t("panels.inspector.painPoints")} group>
          {() => (
            <EditableList
              tone="pain"
              items={touchpoint.painPoints}
              label={t("panels.inspector.painPoints")}
              itemLabel={(position) => t("panels.inspector.painPoint.item", { n: position })}
              removeLabel={(position) => t("panels.inspector.painPoint.remove", { n: position })}
              addLabel={t("panels.inspector.painPoint.add")}
              addPlaceholder={t("panels.inspector.painPoint.add")}
              votes={touchpoint.votes?.painPoints}
              votesLabel={(count) => keptDotsText(count, t)}
              onChange={(painPoints) => onChange({ painPoints })}
            />
          )}
        </Field>
        <Field label={t("panels.inspector.opportunities")} group>
          {() => (
            <EditableList
              tone="opportunity"
              items={touchpoint.opportunities}
              label={t("panels.inspector.opportunities")}
              itemLabel={(position) => t("panels.inspector.opportunity.item", { n: position })}
              removeLabel={(position) => t("panels.inspector.opportunity.remove", { n: position })}
              addLabel={t("panels.inspector.opportunity.add")}
              addPlaceholder={t("panels.inspector.opportunity.add")}
              votes={touchpoint.votes?.opportunities}
              votesLabel={(count) => keptDotsText(count, t)}
              onChange={(opportunities) => onChange({ opportunities })}
            />
          )}
        </Field>
      </PanelSection>

      <PanelSection title={t("panels.inspector.section.paths")}>
        <TouchpointPaths
          touchpoint={touchpoint}
          map={map}
          locale={locale}
          t={t}
          onConnect={props.onConnect}
          onLabel={props.onConnectionLabel}
          onDisconnect={props.onDisconnect}
        />
      </PanelSection>

      <PanelSection title={t("panels.inspector.capabilities")}>
        <CapabilityPicker
          capabilities={touchpoint.capabilities}
          locale={locale}
          t={t}
          onChange={(capabilities) => onChange({ capabilities })}
        />
      </PanelSection>

      <div className="inspector-footer">
        <button type="button" className="panel-button panel-button--quiet-danger" onClick={onDelete}>
          <TrashIcon size={14} />
          {t("panels.inspector.delete")}
        </button>
      </div>
    </div>
  );
}
