import { useId, useState } from "react";
import { InvalidInputError, plainEqual, repairOptions, type InvalidEntry, type Locale } from "@kundresa/shared";
import { Dialog } from "../controls/Dialog";
import { usePanelText } from "../panelText";
import { entrySubject } from "../validation/issueText";
import "./RepairEntryDialog.css";
import { registerMessages } from "../../i18n/i18n";
import * as repairMessages from "../../i18n/messages/repair";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(repairMessages);

export interface RepairEntryDialogProps {
  /** The entry as it was when the dialog opened: what a repair may replace. */
  shown: InvalidEntry;
  /** The same entry as the document holds it now; `undefined` once it is valid or gone. */
  current: InvalidEntry | undefined;
  readOnly: boolean;
  locale: Locale;
  /** Writes the corrected entry; throws (writing nothing) when it is still not valid or has changed. */
  onReplace: (value: unknown) => void;
  /** Deletes the entry; throws when it has changed. */
  onRemove: () => void;
  /** Shows the entry as it is now instead of as it was. */
  onReload: () => void;
  onClose: () => void;
}

type Problem = { path: string; message: string };
type Outcome = { kind: "problems"; problems: readonly Problem[] } | { kind: "syntax"; message: string } | undefined;

function asJson(raw: unknown): string {
  return JSON.stringify(raw, null, 2) ?? "null";
}

/**
 * The repair view of contract §4: a document entry that does not fit the format, with what is wrong
 * by path and the stored value as JSON to correct, or the entry to remove. Nothing is written unless
 * the correction passes the format, and never over a change someone else made meanwhile.
 */
export function RepairEntryDialog(props: RepairEntryDialogProps) {
  const { shown, current, readOnly, locale, onReplace, onRemove, onReload, onClose } = props;
  const t = usePanelText(locale);
  const [text, setText] = useState(() => asJson(shown.raw));
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [copied, setCopied] = useState(false);
  const jsonId = useId();
  const hintId = useId();
  const errorId = useId();

  const options = repairOptions(shown);
  const fixed = current === undefined;
  const changed = !fixed && !plainEqual(current.raw, shown.raw);
  const canAct = !readOnly && !fixed && !changed;
  const subject = entrySubject(shown.collection, shown.entryId, t);

  function attempt(action: () => void) {
    try {
      action();
      onClose();
    } catch (error) {
      if (error instanceof InvalidInputError) setOutcome({ kind: "problems", problems: error.problems });
      else setOutcome({ kind: "problems", problems: [{ path: "", message: String((error as Error).message) }] });
    }
  }

  function save() {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      setOutcome({ kind: "syntax", message: (error as Error).message });
      return;
    }
    attempt(() => onReplace(value));
  }

  function copy() {
    void navigator.clipboard?.writeText(text).then(() => setCopied(true));
  }

  const closeButton = (
    <button type="button" className="panel-button" onClick={onClose}>
      {fixed ? t("repair.close") : t("panels.cancel")}
    </button>
  );
  const actions = confirmRemove ? (
    <>
      <button type="button" className="panel-button" onClick={() => setConfirmRemove(false)}>
        {t("panels.cancel")}
      </button>
      <button type="button" className="panel-button panel-button--danger" onClick={() => attempt(onRemove)}>
        {t("repair.remove.confirm")}
      </button>
    </>
  ) : (
    <>
      <button type="button" className="panel-button repair-copy" onClick={copy}>
        {copied ? t("repair.copied") : t("repair.copy")}
      </button>
      <span className="repair-actions-gap" />
      {canAct && options.remove && (
        <button
          type="button"
          className="panel-button panel-button--quiet-danger"
          onClick={() => setConfirmRemove(true)}
        >
          {t("repair.remove")}
        </button>
      )}
      {closeButton}
      {canAct && options.replace && (
        <button type="button" className="panel-button panel-button--primary" onClick={save}>
          {t("repair.save")}
        </button>
      )}
    </>
  );

  return (
    <Dialog
      title={t("repair.title", { entry: subject })}
      tone={confirmRemove ? "danger" : "neutral"}
      size="wide"
      onClose={onClose}
      actions={actions}
    >
      <div className="repair">
        {fixed ? (
          <p className="repair-note repair-note--done" role="status">
            {t("repair.fixed")}
          </p>
        ) : changed ? (
          <p className="repair-note repair-note--warning" role="status">
            {t("repair.changed")}{" "}
            <button type="button" className="repair-link" onClick={onReload}>
              {t("repair.reload")}
            </button>
          </p>
        ) : readOnly ? (
          <p className="repair-note">{t("repair.readOnly")}</p>
        ) : (
          <p className="repair-intro">{t("repair.intro")}</p>
        )}

        <section aria-labelledby={`${errorId}-heading`}>
          <h3 id={`${errorId}-heading`} className="repair-heading">
            {t("repair.problems")}
          </h3>
          <ul className="repair-problems">
            {shown.problems.map((problem, index) => (
              <li key={index}>
                <code className="repair-path">{problem.path === "" ? t("repair.problem.whole") : problem.path}</code>{" "}
                {problem.message}
              </li>
            ))}
          </ul>
          {!options.replace && options.remove && (
            <p className="repair-note">{t("repair.onlyRemove", { reason: shown.problems[0]?.message ?? "" })}</p>
          )}
          {!options.replace && !options.remove && <p className="repair-note">{t("repair.noAction")}</p>}
        </section>

        <label className="repair-label" htmlFor={jsonId}>
          {t("repair.json.label")}
        </label>
        <textarea
          id={jsonId}
          className="repair-json"
          spellCheck={false}
          value={text}
          readOnly={!canAct || !options.replace}
          aria-describedby={`${hintId}${outcome ? ` ${errorId}` : ""}`}
          aria-invalid={outcome !== undefined}
          rows={Math.min(18, Math.max(6, text.split("\n").length + 1))}
          onChange={(event) => {
            setText(event.target.value);
            setOutcome(undefined);
          }}
        />
        <p id={hintId} className="repair-hint">
          {canAct && options.replace ? t("repair.json.hint") : ""}
        </p>
        {outcome && (
          <div id={errorId} className="repair-error" role="alert">
            {outcome.kind === "syntax" ? (
              t("repair.json.syntax", { message: outcome.message })
            ) : (
              <ul>
                {outcome.problems.map((problem, index) => (
                  <li key={index}>
                    {problem.path !== "" && <code className="repair-path">{problem.path}</code>} {problem.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {confirmRemove && (
          <p className="repair-note repair-note--danger">
            {t("repair.remove.question")} {shown.collection === "touchpoints" ? t("repair.remove.touchpoint") : ""}
          </p>
        )}
      </div>
    </Dialog>
  );
}
