import type { CollectionChange, JourneyDiff } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";
import { registerMessages } from "../i18n/i18n";
import * as historyMessages from "../i18n/messages/history";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(historyMessages);

const COLLECTIONS = ["stages", "channels", "connections", "comments"] as const;

function changed(change: CollectionChange): boolean {
  return change.before !== change.after || change.added + change.removed + change.edited > 0;
}

/** Touchpoints added, removed and edited since a version (by title, with the fields edited), then the rest in counts. */
export function DiffSummary({ diff }: { diff: JourneyDiff }) {
  const { t } = useI18n();
  const { added, removed, edited } = diff.touchpoints;
  const title = (text: string) => text.trim() || t("history.diff.untitled");
  const collections = COLLECTIONS.filter((key) => changed(diff[key]));
  return (
    <section className="HistoryDiff" aria-labelledby="history-diff-title">
      <h3 id="history-diff-title" className="HistoryDiff-title">
        {t("history.diff.title")}
      </h3>
      {diff.unchanged && <p className="HistoryDiff-none">{t("history.diff.none")}</p>}
      <div className="HistoryDiff-groups">
        {added.length > 0 && (
          <div className="HistoryDiff-group" data-change="added">
            <h4>{t("history.diff.added", { count: added.length })}</h4>
            <ul>
              {added.map((touchpoint) => (
                <li key={touchpoint.id}>{title(touchpoint.title)}</li>
              ))}
            </ul>
          </div>
        )}
        {removed.length > 0 && (
          <div className="HistoryDiff-group" data-change="removed">
            <h4>{t("history.diff.removed", { count: removed.length })}</h4>
            <ul>
              {removed.map((touchpoint) => (
                <li key={touchpoint.id}>{title(touchpoint.title)}</li>
              ))}
            </ul>
          </div>
        )}
        {edited.length > 0 && (
          <div className="HistoryDiff-group" data-change="edited">
            <h4>{t("history.diff.edited", { count: edited.length })}</h4>
            <ul>
              {edited.map((touchpoint) => (
                <li key={touchpoint.id}>
                  <span className="HistoryDiff-card">{title(touchpoint.title)}</span>
                  {touchpoint.previousTitle !== undefined && (
                    <span className="HistoryDiff-was">
                      {" "}
                      {t("history.diff.renamedFrom", { title: title(touchpoint.previousTitle) })}
                    </span>
                  )}
                  <span className="HistoryDiff-fields">
                    {t("history.diff.fields", {
                      fields: touchpoint.fields.map((field) => t(`history.field.${field}` as MessageKey)).join(", "),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {(collections.length > 0 || diff.meta.length > 0) && (
        <ul className="HistoryDiff-others" aria-label={t("history.diff.collections")}>
          {diff.meta.length > 0 && (
            <li>
              {t("history.diff.meta", {
                fields: diff.meta.map((field) => t(`history.meta.${field}` as MessageKey)).join(", "),
              })}
            </li>
          )}
          {collections.map((key) => {
            const change = diff[key];
            const label = t(`history.collection.${key}`);
            return (
              <li key={key}>
                {change.before === change.after
                  ? t("history.diff.countChanged", { label, count: change.added + change.removed + change.edited })
                  : t("history.diff.count", { label, before: change.before, after: change.after })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
