import { useEffect, useState } from "react";
import type { JourneyMap, Locale } from "@kundresa/shared";
import { SegmentedControl } from "../controls/SegmentedControl";
import { usePanelText } from "../panelText";
import { CommentComposer } from "./CommentComposer";
import { CommentThreadView, type ThreadActions } from "./CommentThreadView";
import { filterCounts, groupThreads, type CommentFilter } from "./commentThreads";
import "./CommentsTab.css";
import { registerMessages } from "../../i18n/i18n";
import * as commentsMessages from "../../i18n/messages/comments";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(commentsMessages);

export interface CommentsTabProps extends ThreadActions {
  map: JourneyMap;
  locale: Locale;
  readOnly: boolean;
  /** The local person's name: their own messages get an Edit button. */
  author: string;
  /** The one card selected on the canvas: its threads come first, with a box to start one. */
  selectedTouchpointId: string | undefined;
  onStart: (touchpointId: string, text: string) => void;
  onFocusTouchpoint: (touchpointId: string) => void;
  /** An intent that refused (a thread deleted meanwhile, a limit): shown above the list. */
  error?: string | undefined;
}

/** The clock the relative times follow; a minute is as fine as "3 min ago" gets. */
function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The side panel's Comments tab: every thread on the map, by card, live for everyone. */
export function CommentsTab(props: CommentsTabProps) {
  const { map, locale, readOnly, selectedTouchpointId, onStart, onFocusTouchpoint, error } = props;
  const t = usePanelText(locale);
  const now = useNow();
  const [filter, setFilter] = useState<CommentFilter>("open");
  const counts = filterCounts(map.comments);
  const groups = groupThreads(map, filter, selectedTouchpointId);
  const selected = map.touchpoints.find((touchpoint) => touchpoint.id === selectedTouchpointId);
  const cardName = (title: string | undefined) => (title?.trim() ? title.trim() : t("panels.touchpoint.untitled"));

  return (
    <section className="comments" aria-labelledby="comments-heading">
      <header className="panel-section comments-head">
        <h2 id="comments-heading" className="panel-section-title">
          {t("comments.heading")}
        </h2>
        <p className="comments-intro">{readOnly ? t("comments.readOnly") : t("comments.intro")}</p>
        <SegmentedControl
          className="comments-filter"
          ariaLabel={t("comments.filter.label")}
          value={filter}
          onChange={setFilter}
          options={[
            { value: "open", label: t("comments.filter.open", { count: counts.open }) },
            { value: "resolved", label: t("comments.filter.resolved", { count: counts.resolved }) },
            { value: "all", label: t("comments.filter.all", { count: counts.all }) },
          ]}
        />
      </header>
      {error && (
        <p className="comments-error" role="alert">
          {t("comments.failed", { reason: error })}
        </p>
      )}
      {!readOnly && (
        <div className="panel-section comments-new">
          {selected ? (
            <>
              {/* The visible twin of the box's label, which a screen reader hears with the box. */}
              <p className="comments-new-card" aria-hidden="true">
                {t("comments.new.label", { card: cardName(selected.title) })}
              </p>
              <CommentComposer
                key={selected.id}
                label={t("comments.new.label", { card: cardName(selected.title) })}
                placeholder={t("comments.new.placeholder")}
                submitLabel={t("comments.new.submit")}
                t={t}
                onSubmit={(text) => onStart(selected.id, text)}
              />
            </>
          ) : (
            <p className="comments-hint">{t("comments.new.pickCard")}</p>
          )}
        </div>
      )}
      {groups.length === 0 ? (
        <p className="comments-empty">{t(`comments.empty.${filter}`)}</p>
      ) : (
        <ul className="comments-groups">
          {groups.map((group) => (
            <li
              key={group.touchpointId}
              className="comments-group"
              data-selected={group.touchpointId === selectedTouchpointId || undefined}
            >
              <h3 className="comments-group-title">
                {group.touchpoint ? (
                  <button
                    type="button"
                    className="comments-card-link"
                    aria-label={t("comments.focusCard", { card: cardName(group.touchpoint.title) })}
                    onClick={() => onFocusTouchpoint(group.touchpointId)}
                  >
                    {cardName(group.touchpoint.title)}
                  </button>
                ) : (
                  <span className="comments-card-gone">{t("comments.onRemoved")}</span>
                )}
              </h3>
              {group.threads.map((thread) => (
                <CommentThreadView
                  key={thread.id}
                  thread={thread}
                  now={now}
                  locale={locale}
                  t={t}
                  readOnly={readOnly}
                  actions={props}
                  author={props.author}
                />
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
