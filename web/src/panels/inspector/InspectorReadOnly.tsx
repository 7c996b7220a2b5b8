import type { ReactNode } from "react";
import { itSupportLevel, type Channel } from "@kundresa/shared";
import { keptDotsText, phaseName } from "../panelText";
import { ChipList } from "../controls/ChipList";
import { StarIcon } from "../controls/icons";
import { KeptDots } from "../controls/KeptDots";
import { useMapLookup } from "../mapLookup";
import { usePanelText } from "../panelText";
import { emotionName } from "./assessmentOptions";
import { EmotionFace } from "./EmotionFace";
import type { InspectorProps } from "./Inspector";
import { InspectorHeader } from "./InspectorHeader";
import { accentStyle, channelChips } from "./touchpointChips";
import "./Inspector.css";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="inspector-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The touchpoint for a view link: the same information as the form, laid out for reading, with no
 * inputs at all (disabled controls would suggest that editing is possible somewhere).
 */
export function InspectorReadOnly({ touchpoint, map, locale, issues }: InspectorProps) {
  const t = usePanelText(locale);
  const lookup = useMapLookup(map);
  const byId = new Map<string, Channel>(map.channels.map((channel) => [channel.id, channel]));
  const level = itSupportLevel(touchpoint.itSupport);
  const stage = lookup.stage(touchpoint.stageId);
  const none = <span className="inspector-empty-value">{t("panels.inspector.none")}</span>;
  const list = (
    items: readonly string[],
    label: string,
    tone: string,
    votes: Readonly<Record<string, number>> | undefined,
  ) =>
    items.length === 0 ? (
      none
    ) : (
      <ul className={`inspector-read-list inspector-read-list--${tone}`} aria-label={label}>
        {items.map((item, index) => (
          <li key={index}>
            {item} <KeptDots count={votes?.[item]} label={(count) => keptDotsText(count, t)} />
          </li>
        ))}
      </ul>
    );

  return (
    <div className="inspector inspector--read-only" style={accentStyle(touchpoint.channelIds, lookup)}>
      <InspectorHeader touchpoint={touchpoint} lookup={lookup} issues={issues} locale={locale} t={t}>
        <h2 className="inspector-read-title">{touchpoint.title.trim() || t("panels.touchpoint.untitled")}</h2>
      </InspectorHeader>
      <dl className="inspector-read">
        <Row label={t("panels.inspector.stage")}>
          {stage ? (
            <>
              {stage.title.trim() || t("panels.stage.untitled")}
              <span className="inspector-read-detail"> · {phaseName(stage.phase, locale)}</span>
            </>
          ) : (
            <span className="inspector-read-invalid">
              {t("panels.inspector.stage.unknown", { id: touchpoint.stageId })}
            </span>
          )}
        </Row>
        <Row label={t("panels.inspector.channels")}>
          {touchpoint.channelIds.length === 0 ? (
            none
          ) : (
            <ChipList
              chips={channelChips(touchpoint.channelIds, byId, locale, t)}
              label={t("panels.inspector.channels")}
            />
          )}
        </Row>
        <Row label={t("panels.inspector.itSupport")}>
          <span
            className={`inspector-it-badge inspector-it-badge--${touchpoint.itSupport}`}
            title={level.meaning[locale]}
          >
            <span className="inspector-it-dot" aria-hidden="true" />
            {level.label[locale]}
          </span>
        </Row>
        <Row label={t("panels.inspector.emotion")}>
          <span className="inspector-emotion-value">
            <EmotionFace emotion={touchpoint.emotion} size={18} />
            {emotionName(touchpoint.emotion, t)}
          </span>
        </Row>
        {touchpoint.critical && (
          <Row label={t("panels.inspector.critical.short")}>
            <span className="inspector-critical-value">
              <StarIcon size={14} className="inspector-critical-star" />
              {t("panels.inspector.critical")}
            </span>
          </Row>
        )}
        <Row label={t("panels.inspector.owner")}>{touchpoint.owner.trim() || none}</Row>
        <Row label={t("panels.inspector.notes")}>
          {touchpoint.notes.trim() ? <p className="inspector-read-notes">{touchpoint.notes}</p> : none}
        </Row>
        <Row label={t("panels.inspector.painPoints")}>
          {list(touchpoint.painPoints, t("panels.inspector.painPoints"), "pain", touchpoint.votes?.painPoints)}
        </Row>
        <Row label={t("panels.inspector.opportunities")}>
          {list(
            touchpoint.opportunities,
            t("panels.inspector.opportunities"),
            "opportunity",
            touchpoint.votes?.opportunities,
          )}
        </Row>
        <Row label={t("panels.inspector.capabilities")}>
          {touchpoint.capabilities.length === 0 ? (
            none
          ) : (
            <ChipList
              chips={touchpoint.capabilities.map((name) => ({ id: name, label: name, tone: "neutral" }))}
              label={t("panels.inspector.capabilities")}
            />
          )}
        </Row>
      </dl>
    </div>
  );
}
