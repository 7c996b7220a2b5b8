import { useMemo, useState } from "react";
import { TEMPLATES, createJourney, renderJourneySvg, type JourneyMap, type Locale } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import "./TemplateGallery.css";
import { registerMessages } from "../i18n/i18n";
import * as startMessages from "../i18n/messages/start";

// The start page is a route of its own, and its words come with it (see i18n/messages.ts).
registerMessages(startMessages);

interface TemplateGalleryProps {
  /** Called with the map to create; the gallery shows the busy state until it settles. */
  onCreate: (map: JourneyMap) => Promise<void>;
}

function previewUrl(map: JourneyMap, locale: Locale): string {
  // The export renderer is the preview: what you pick is what the canvas and the export will show.
  const svg = renderJourneySvg(map, { locale, title: false, embedJson: false });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** "New map": a blank map and every starter template, each a card with a preview of its map. */
export function TemplateGallery({ onCreate }: TemplateGalleryProps) {
  const { locale, t } = useI18n();
  const [busy, setBusy] = useState<string | undefined>();
  const previews = useMemo(
    () => new Map(TEMPLATES.map((template) => [template.id, previewUrl(template.build(), locale)])),
    [locale],
  );

  async function create(id: string, build: () => JourneyMap) {
    if (busy) return;
    setBusy(id);
    try {
      await onCreate(build());
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <ul className="TemplateGallery" aria-label={t("start.new.title")}>
      <li>
        <button
          type="button"
          className="TemplateGallery-card TemplateGallery-card--blank"
          aria-busy={busy === "blank"}
          disabled={busy !== undefined}
          onClick={() => void create("blank", () => createJourney({ locale }))}
        >
          <span className="TemplateGallery-blankArt" aria-hidden="true">
            <span>+</span>
          </span>
          <span className="TemplateGallery-text">
            <span className="TemplateGallery-name">{t("start.new.blank")}</span>
            <span className="TemplateGallery-summary">{t("start.new.blankSummary")}</span>
          </span>
        </button>
      </li>
      {TEMPLATES.map((template) => (
        <li key={template.id}>
          <button
            type="button"
            className="TemplateGallery-card"
            aria-busy={busy === template.id}
            disabled={busy !== undefined}
            data-template-id={template.id}
            onClick={() => void create(template.id, () => template.build())}
          >
            <span className="TemplateGallery-preview">
              <img src={previews.get(template.id)} alt="" loading="lazy" decoding="async" />
              <span className="TemplateGallery-market">{template.market.toUpperCase()}</span>
            </span>
            <span className="TemplateGallery-text">
              <span className="TemplateGallery-name">{template.name[locale]}</span>
              <span className="TemplateGallery-summary">{template.summary[locale]}</span>
            </span>
            {busy === template.id && <span className="TemplateGallery-busy">{t("start.new.creating")}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
