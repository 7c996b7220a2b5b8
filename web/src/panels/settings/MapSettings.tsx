import { useMemo } from "react";
import { MARKETS, type JourneyMap, type Locale, type Market, type MetaPatch } from "@kundresa/shared";
import type { MessageKey } from "../../i18n/messages";
import { CommitTextField } from "../controls/CommitTextField";
import { Field, PanelSection } from "../controls/Field";
import { SegmentedControl } from "../controls/SegmentedControl";
import { usePanelText } from "../panelText";
import { CoverageRequirements } from "./CoverageRequirements";
import "./MapSettings.css";
import { registerMessages } from "../../i18n/i18n";
import * as settingsPanelMessages from "../../i18n/messages/settingsPanel";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(settingsPanelMessages);

export interface MapSettingsProps {
  map: JourneyMap;
  locale: Locale;
  readOnly?: boolean;
  /** `market: null` clears the market. */
  onChange: (patch: MetaPatch) => void;
}

type MarketChoice = Market | "unset";

const MARKET_DETAIL: Record<MarketChoice, MessageKey> = {
  unset: "panels.settings.market.unset.detail",
  b2b: "panels.settings.market.b2b.detail",
  b2c: "panels.settings.market.b2c.detail",
  b2b2c: "panels.settings.market.b2b2c.detail",
};

/** The map's own settings: title, description, market and the coverage it must reach. */
export function MapSettings({ map, locale, readOnly = false, onChange }: MapSettingsProps) {
  const t = usePanelText(locale);
  const market: MarketChoice = map.market ?? "unset";
  const marketOptions = useMemo(
    () => [
      { value: "unset" as MarketChoice, label: t("panels.settings.market.unset") },
      ...MARKETS.map((value) => ({ value: value as MarketChoice, label: value.toUpperCase() })),
    ],
    [t],
  );

  return (
    <div className="settings">
      <PanelSection title={t("panels.settings.about")}>
        {readOnly ? (
          <dl className="settings-read">
            <dt>{t("panels.settings.title")}</dt>
            <dd className="settings-read-title">{map.title}</dd>
            <dt>{t("panels.settings.description")}</dt>
            <dd className="settings-read-description">
              {map.description.trim() || <span className="settings-none">{t("panels.inspector.none")}</span>}
            </dd>
            <dt>{t("panels.settings.market")}</dt>
            <dd>
              {market === "unset" ? t("panels.settings.market.unset") : market.toUpperCase()}
              <span className="settings-read-detail"> · {t(MARKET_DETAIL[market])}</span>
            </dd>
          </dl>
        ) : (
          <>
            <Field label={t("panels.settings.title")}>
              {({ id }) => (
                <CommitTextField
                  id={id}
                  value={map.title}
                  multiline="wrap"
                  className="settings-title"
                  onCommit={(title) => onChange({ title })}
                />
              )}
            </Field>
            <Field label={t("panels.settings.description")}>
              {({ id }) => (
                <CommitTextField
                  id={id}
                  value={map.description}
                  multiline="notes"
                  rows={3}
                  placeholder={t("panels.settings.description.placeholder")}
                  onCommit={(description) => onChange({ description })}
                />
              )}
            </Field>
            <Field label={t("panels.settings.market")} group hint={t(MARKET_DETAIL[market])}>
              {({ labelId, hintId }) => (
                <SegmentedControl
                  options={marketOptions}
                  value={market}
                  labelledBy={labelId}
                  describedBy={hintId}
                  className="settings-market"
                  onChange={(next) => onChange({ market: next === "unset" ? null : next })}
                />
              )}
            </Field>
          </>
        )}
      </PanelSection>
      <PanelSection title={t("panels.settings.coverage")}>
        <p className="settings-hint">
          {t(readOnly ? "panels.settings.coverage.hint.readOnly" : "panels.settings.coverage.hint")}
        </p>
        <CoverageRequirements
          coverage={map.coverage}
          locale={locale}
          t={t}
          readOnly={readOnly}
          onChange={(coverage) => onChange({ coverage })}
        />
      </PanelSection>
    </div>
  );
}
