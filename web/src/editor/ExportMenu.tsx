import { Suspense, useEffect, useId, useRef, useState } from "react";
import type { JourneyMap, ValidationIssue } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { LazyPdfExportDialog, loadExporters } from "./lazyEditorParts";

/**
 * Export as JSON (the format), SVG (the print renderer), PNG (rasterised from that SVG), CSV (the
 * touchpoints as a spreadsheet, for the follow-up after a workshop) or PDF (that drawing fitted to a
 * page size, asked for in a dialog).
 */
export function ExportMenu({ map, issues }: { map: JourneyMap; issues: ValidationIssue[] }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pdfDialogOpen, setPdfDialogOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    // The renderer and rasteriser load while the user picks a format.
    void loadExporters().catch(() => undefined);
    const close = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    rootRef.current?.querySelector<HTMLButtonElement>("[role=menuitem]")?.focus();
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  async function run(kind: "json" | "svg" | "svg-comments" | "png" | "csv" | "pdf") {
    setOpen(false);
    setError(undefined);
    // Before the dialog opens, so that closing it returns focus here.
    buttonRef.current?.focus();
    if (kind === "pdf") {
      setPdfDialogOpen(true);
      return;
    }
    try {
      const { exportCsvFile, exportJsonFile, exportPngFile, exportSvgFile } = await loadExporters();
      if (kind === "json") exportJsonFile(map);
      else if (kind === "csv") exportCsvFile(map, locale);
      else if (kind === "svg") exportSvgFile(map, locale, issues);
      else if (kind === "svg-comments") exportSvgFile(map, locale, issues, true);
      else await exportPngFile(map, locale, issues);
    } catch (caught) {
      setError(String(caught));
    }
  }

  const items = [
    { kind: "json", label: t("editor.export.json"), hint: t("editor.export.jsonHint") },
    { kind: "svg", label: t("editor.export.svg"), hint: t("editor.export.svgHint") },
    // The plain SVG leaves the team's talk out; this one prints it, for the minutes.
    ...(map.comments.length > 0
      ? [
          {
            kind: "svg-comments" as const,
            label: t("editor.export.svgComments"),
            hint: t("editor.export.svgCommentsHint"),
          },
        ]
      : []),
    { kind: "png", label: t("editor.export.png"), hint: t("editor.export.pngHint") },
    { kind: "csv", label: t("editor.export.csv"), hint: t("editor.export.csvHint") },
    { kind: "pdf", label: t("pdf.menu"), hint: t("pdf.menuHint") },
  ] as const;

  return (
    <div
      className="Menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
        if (open && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
          event.preventDefault();
          const options = [...(rootRef.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? [])];
          const index = options.indexOf(document.activeElement as HTMLButtonElement);
          const next = (index + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length;
          options[next]?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="Button Button--secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        {t("editor.export.button")}
        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M2 3.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {open && (
        <div id={menuId} role="menu" className="Menu-list" aria-label={t("editor.export.button")}>
          {items.map((item) => (
            <button
              key={item.kind}
              type="button"
              role="menuitem"
              className="Menu-item"
              onClick={() => void run(item.kind)}
            >
              <span className="Menu-itemLabel">{item.label}</span>
              <span className="Menu-itemHint">{item.hint}</span>
            </button>
          ))}
        </div>
      )}
      {pdfDialogOpen && (
        <Suspense fallback={null}>
          <LazyPdfExportDialog map={map} issues={issues} onClose={() => setPdfDialogOpen(false)} />
        </Suspense>
      )}
      {error && (
        <p className="Menu-error" role="alert">
          {t("editor.export.failed", { reason: error })}
        </p>
      )}
    </div>
  );
}
