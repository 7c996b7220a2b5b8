import { useId, useRef, useState, type DragEvent } from "react";
import type { ImportProblem, JourneyMap } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { readJourneyFile } from "./readJourneyFile";
import "./ImportCard.css";
import { registerMessages } from "../i18n/i18n";
import * as startMessages from "../i18n/messages/start";

// The start page is a route of its own, and its words come with it (see i18n/messages.ts).
registerMessages(startMessages);

interface ImportCardProps {
  onCreate: (map: JourneyMap) => Promise<void>;
}

/**
 * Import a `.journey.json` (or an exported Kundresa SVG) by button or drag-and-drop. A file with
 * problems creates nothing; every problem is listed by its path.
 */
export function ImportCard({ onCreate }: ImportCardProps) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<{ file: string; list: ImportProblem[] } | undefined>();
  const headingId = useId();

  async function importFile(file: File | undefined) {
    if (!file || busy) return;
    setBusy(true);
    setProblems(undefined);
    try {
      const result = await readJourneyFile(file);
      if (!result.ok) setProblems({ file: file.name, list: result.problems });
      else await onCreate(result.map);
    } finally {
      setBusy(false);
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void importFile(event.dataTransfer.files[0]);
  }

  return (
    <section className="ImportCard" aria-labelledby={headingId}>
      <h2 id={headingId} className="StartPage-sectionTitle">
        {t("start.import.title")}
      </h2>
      <div
        className="ImportCard-drop"
        data-dragging={dragging}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <svg className="ImportCard-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 15V4m0 0L8 8m4-4 4 4M5 14v4a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-4" />
        </svg>
        <p className="ImportCard-hint">{t("start.import.hint")}</p>
        <button
          type="button"
          className="Button Button--secondary"
          disabled={busy}
          onClick={() => inputRef.current?.click()}
        >
          {busy ? t("start.import.reading") : t("start.import.choose")}
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".json,.journey.json,.svg,application/json,image/svg+xml"
          className="visually-hidden"
          tabIndex={-1}
          // The visible "Choose file…" button opens it; screen readers should meet that button once.
          aria-hidden="true"
          onChange={(event) => {
            void importFile(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
      </div>
      {problems && (
        <div className="ImportCard-problems" role="alert">
          <p className="ImportCard-problemsTitle">
            {t("start.import.failed", { file: problems.file, count: problems.list.length })}
          </p>
          <ul>
            {problems.list.slice(0, 50).map((problem, index) => (
              <li key={index}>
                <code>{problem.path === "" ? t("start.import.wholeFile") : problem.path}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
