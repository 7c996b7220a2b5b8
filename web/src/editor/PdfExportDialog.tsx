import { useId, useMemo, useState } from "react";
import {
  PAGE_SIZE_NAMES,
  PAGE_SIZES,
  placeOnPage,
  renderJourneySvg,
  type JourneyMap,
  type PageOrientation,
  type PageSizeName,
  type ValidationIssue,
} from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { Dialog } from "../panels/controls/Dialog";
import { SegmentedControl } from "../panels/controls/SegmentedControl";
import { loadExporters } from "./lazyEditorParts";
import "./PdfExportDialog.css";
import { registerMessages } from "../i18n/i18n";
import * as pdfMessages from "../i18n/messages/pdf";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(pdfMessages);

const POINTS_PER_MM = 72 / 25.4;
/** The preview page's longer side, in CSS pixels. */
const PREVIEW_SIDE = 240;

/** "A3 · 297 × 420 mm", "Letter · 8.5 × 11 in": the sizes people know their paper by. */
function sizeLabel(name: PageSizeName): string {
  const { width, height } = PAGE_SIZES[name];
  if (name === "Letter" || name === "Tabloid") return `${name} · ${width / 72} × ${height / 72} in`;
  return `${name} · ${Math.round(width / POINTS_PER_MM)} × ${Math.round(height / POINTS_PER_MM)} mm`;
}

/** The SVG's size, which the renderer always writes on its root element. */
function drawingSize(svg: string): { width: number; height: number } {
  return {
    width: Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 1200),
    height: Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 800),
  };
}

interface PdfExportDialogProps {
  map: JourneyMap;
  issues: ValidationIssue[];
  onClose: () => void;
}

/**
 * Page size and orientation for the PDF, with the page drawn to scale beside them: the map where
 * it will sit, so a facilitator sees before printing whether A3 is enough or the wall needs A1.
 */
export function PdfExportDialog({ map, issues, onClose }: PdfExportDialogProps) {
  const { t, locale } = useI18n();
  const [pageSize, setPageSize] = useState<PageSizeName>("A3");
  const [orientation, setOrientation] = useState<PageOrientation>("auto");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const sizeId = useId();
  const orientationId = useId();
  const hintId = useId();

  const svg = useMemo(() => renderJourneySvg(map, { locale, issues, embedJson: false }), [map, locale, issues]);
  const source = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, [svg]);
  const drawing = useMemo(() => drawingSize(svg), [svg]);
  const placement = placeOnPage(drawing.width, drawing.height, pageSize, orientation);
  const chosen = t(placement.orientation === "portrait" ? "pdf.portrait" : "pdf.landscape").toLowerCase();
  const previewScale = PREVIEW_SIDE / Math.max(placement.pageWidth, placement.pageHeight);
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  const printedMm = (units: number) => Math.round((units * placement.scale) / POINTS_PER_MM);

  async function exportPdf() {
    setBusy(true);
    setError(undefined);
    try {
      const { exportPdfFile } = await loadExporters();
      exportPdfFile(map, locale, issues, { pageSize, orientation });
      onClose();
    } catch (caught) {
      setError(String(caught));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t("pdf.title")}
      onClose={onClose}
      size="wide"
      actions={
        <>
          <button type="button" className="Button Button--ghost" onClick={onClose}>
            {t("pdf.cancel")}
          </button>
          <button type="button" className="Button Button--primary" onClick={() => void exportPdf()} disabled={busy}>
            {t("pdf.export")}
          </button>
        </>
      }
    >
      <div className="PdfExport">
        <div className="PdfExport-controls">
          <p className="PdfExport-intro">{t("pdf.intro")}</p>
          <div className="field">
            <label className="field-label" htmlFor={sizeId}>
              {t("pdf.pageSize")}
            </label>
            <select
              id={sizeId}
              className="panel-select PdfExport-select"
              value={pageSize}
              onChange={(event) => setPageSize(event.target.value as PageSizeName)}
            >
              {PAGE_SIZE_NAMES.map((name) => (
                <option key={name} value={name}>
                  {sizeLabel(name)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <span className="field-label" id={orientationId}>
              {t("pdf.orientation")}
            </span>
            <SegmentedControl
              className="PdfExport-orientation"
              labelledBy={orientationId}
              describedBy={hintId}
              value={orientation}
              onChange={setOrientation}
              options={[
                { value: "auto", label: t("pdf.auto") },
                { value: "portrait", label: t("pdf.portrait") },
                { value: "landscape", label: t("pdf.landscape") },
              ]}
            />
            <p className="field-hint" id={hintId} aria-live="polite">
              {orientation === "auto" ? `${t("pdf.autoChose", { orientation: chosen })} ` : ""}
              {t("pdf.printedSize", { width: printedMm(drawing.width), height: printedMm(drawing.height) })}
            </p>
          </div>
        </div>
        <div className="PdfExport-stage">
          <div
            className="PdfExport-page"
            role="img"
            aria-label={t("pdf.preview", { size: pageSize, orientation: chosen })}
            data-orientation={placement.orientation}
            style={{ width: placement.pageWidth * previewScale, height: placement.pageHeight * previewScale }}
          >
            <img
              className="PdfExport-drawing"
              src={source}
              alt=""
              style={{
                left: percent(placement.left, placement.pageWidth),
                top: percent(placement.top, placement.pageHeight),
                width: percent(drawing.width * placement.scale, placement.pageWidth),
                height: percent(drawing.height * placement.scale, placement.pageHeight),
              }}
            />
          </div>
          <span className="PdfExport-pageName" aria-hidden="true">
            {pageSize}
          </span>
        </div>
      </div>
      {error && (
        <p className="PdfExport-error" role="alert">
          {t("pdf.failed", { reason: error })}
        </p>
      )}
    </Dialog>
  );
}
