import type { ReactNode } from "react";
import type { Locale, Touchpoint, ValidationIssue } from "@kundresa/shared";
import { StarIcon } from "../controls/icons";
import type { MapLookup } from "../mapLookup";
import { phaseName, type Translate } from "../panelText";
import { InspectorIssues, type InspectorFieldName } from "./InspectorIssues";

export interface InspectorHeaderProps {
  touchpoint: Touchpoint;
  lookup: MapLookup;
  issues: readonly ValidationIssue[];
  locale: Locale;
  t: Translate;
  /** The title: an editable field, or a heading in the read-only view. */
  children: ReactNode;
  onFix?: (field: InspectorFieldName) => void;
}

/** Where the touchpoint sits (phase › stage), its title, and what is wrong with it. */
export function InspectorHeader({ touchpoint, lookup, issues, locale, t, children, onFix }: InspectorHeaderProps) {
  const stage = lookup.stage(touchpoint.stageId);
  return (
    <header className="inspector-head">
      <div className="inspector-eyebrow">
        <span className="inspector-eyebrow-mark" aria-hidden="true" />
        <span className="inspector-eyebrow-text">
          {stage
            ? `${phaseName(stage.phase, locale)} › ${stage.title.trim() || t("panels.stage.untitled")}`
            : t("panels.inspector.stage.unknown", { id: touchpoint.stageId })}
        </span>
        {touchpoint.critical && (
          <span className="inspector-critical-badge">
            <StarIcon size={12} />
            {t("panels.inspector.critical.short")}
          </span>
        )}
      </div>
      {children}
      <InspectorIssues issues={issues} lookup={lookup} locale={locale} t={t} onFix={onFix} />
    </header>
  );
}
