import { useMemo } from "react";
import { renderJourneySvg, type JourneyMap } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { registerMessages } from "../i18n/i18n";
import * as historyMessages from "../i18n/messages/history";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(historyMessages);

/** An SVG as an image source: an `<img>` keeps the picture inert (no scripts, no focus, no ids clashing with the page's). */
function svgSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function MapPicture({ map, label, alt }: { map: JourneyMap; label: string; alt: string }) {
  const { locale } = useI18n();
  const source = useMemo(() => svgSource(renderJourneySvg(map, { locale })), [map, locale]);
  return (
    <figure className="HistoryCompare-figure">
      <figcaption className="HistoryCompare-caption">{label}</figcaption>
      <div className="HistoryCompare-frame">
        <img src={source} alt={alt} />
      </div>
    </figure>
  );
}

/** A past version read-only beside the map as it is now, both drawn by the SVG exporter and scaled to fit. */
export function VersionCompare({ version, current, name }: { version: JourneyMap; current: JourneyMap; name: string }) {
  const { t } = useI18n();
  return (
    <div className="HistoryCompare" role="group" aria-label={t("history.compare.label")}>
      <MapPicture map={version} label={t("history.compare.then")} alt={t("history.compare.thenAlt", { name })} />
      <MapPicture map={current} label={t("history.compare.now")} alt={t("history.compare.nowAlt")} />
    </div>
  );
}
