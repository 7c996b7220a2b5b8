import { memo, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { itSupportLevel, type Category, type Severity, type Touchpoint } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { useCanvasActions } from "./canvasContext";
import { EmotionFace } from "./EmotionFace";
import "./TouchpointNode.css";

export interface CardChannel {
  id: string;
  name: string;
  category: Category | "none";
}

export interface TouchpointNodeData extends Record<string, unknown> {
  touchpoint: Touchpoint;
  channels: readonly CardChannel[];
  lane: Category | "none";
  /** The worst validation finding on this card and how many there are. */
  issues?: { severity: Severity; count: number };
  /** Open comment threads on the card (0: no bubble). */
  openComments: number;
  editing: boolean;
  readOnly: boolean;
  /** Someone else has this card selected or is dragging it. */
  remote?: { name: string; color: string };
}

export type TouchpointNodeType = Node<TouchpointNodeData, "touchpoint">;

/** Shown on a card before the channel list gets crowded; the rest is a "+n" chip. */
const MAX_CHIPS = 2;

function TitleEditor({ id, initial }: { id: string; initial: string }) {
  const { t } = useI18n();
  const actions = useCanvasActions();
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const commit = () => {
    if (done.current) return;
    done.current = true;
    actions.commitTitle(id, value.trim());
  };
  // Back to the card rather than to <body>: a keyboard user keeps their place (Tab, the arrow keys
  // and Shift+Enter for the inspector go on from the card they just named).
  const focusCard = () => ref.current?.closest<HTMLElement>(".react-flow__node")?.focus();
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      commit();
      focusCard();
    } else if (event.key === "Escape") {
      event.preventDefault();
      done.current = true;
      actions.stopEditing();
      focusCard();
    }
  };
  return (
    <textarea
      ref={ref}
      className="TouchpointNode-titleInput nodrag nopan nowheel"
      aria-label={t("canvas.card.titleLabel")}
      value={value}
      rows={2}
      maxLength={10000}
      onChange={(event) => setValue(event.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}

/** A touchpoint card: category edge, title, channel chips, IT support, emotion, critical star, issues. */
export const TouchpointNode = memo(function TouchpointNode({ data, selected }: NodeProps<TouchpointNodeType>) {
  const { t, locale } = useI18n();
  const actions = useCanvasActions();
  const { touchpoint, channels, lane, issues, openComments, editing, readOnly, remote } = data;
  const level = itSupportLevel(touchpoint.itSupport);
  const title = touchpoint.title.trim() === "" ? t("canvas.card.untitled") : touchpoint.title;
  const shown = channels.slice(0, MAX_CHIPS);
  const more = channels.length - shown.length;
  const votes = touchpoint.votes?.touchpoint ?? 0;
  const votesText = t(votes === 1 ? "canvas.card.votes.one" : "canvas.card.votes.other", { count: votes });
  return (
    <div
      className="TouchpointNode"
      data-lane={lane}
      data-selected={selected || undefined}
      data-critical={touchpoint.critical || undefined}
      style={remote ? { outlineColor: remote.color } : undefined}
      data-remote={remote ? true : undefined}
      onDoubleClick={(event) => {
        if (readOnly) return;
        event.stopPropagation();
        actions.startEditing(touchpoint.id);
      }}
    >
      {remote && (
        <span className="TouchpointNode-remote" style={{ background: remote.color }}>
          {remote.name}
        </span>
      )}
      <Handle type="target" position={Position.Left} className="TouchpointNode-handle" isConnectable={!readOnly} />
      <div className="TouchpointNode-head">
        {editing ? (
          <TitleEditor id={touchpoint.id} initial={touchpoint.title} />
        ) : (
          <p className="TouchpointNode-title" data-empty={touchpoint.title.trim() === "" || undefined} title={title}>
            {title}
          </p>
        )}
        <span className="TouchpointNode-marks">
          {votes > 0 && (
            <span className="TouchpointNode-votes" role="img" aria-label={votesText} title={votesText}>
              <span className="TouchpointNode-voteDot" aria-hidden="true" />
              {votes}
            </span>
          )}
          {openComments > 0 && (
            <span
              className="TouchpointNode-comments"
              role="img"
              aria-label={
                openComments === 1 ? t("comments.card.countOne") : t("comments.card.count", { count: openComments })
              }
              title={
                openComments === 1 ? t("comments.card.countOne") : t("comments.card.count", { count: openComments })
              }
            >
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3 3.5h10a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H7.5L4.5 14v-2.5H3a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1z" />
              </svg>
              {openComments}
            </span>
          )}
          {issues && (
            <span
              className="TouchpointNode-issue"
              data-severity={issues.severity}
              role="img"
              aria-label={t("canvas.card.issues", { count: issues.count })}
              title={t("canvas.card.issues", { count: issues.count })}
            >
              {issues.severity === "info" ? "i" : "!"}
            </span>
          )}
          {touchpoint.critical && (
            <svg className="TouchpointNode-star" viewBox="0 0 20 20" role="img" aria-label={t("canvas.card.critical")}>
              <title>{t("canvas.card.critical")}</title>
              <path d="M10 1.8l2.5 5.2 5.7.8-4.1 4 1 5.6L10 14.7l-5.1 2.7 1-5.6-4.1-4 5.7-.8z" />
            </svg>
          )}
        </span>
      </div>
      <ul className="TouchpointNode-chips" aria-label={t("canvas.card.channels")}>
        {shown.map((channel) => (
          <li key={channel.id} className="TouchpointNode-chip" data-category={channel.category}>
            {channel.name}
          </li>
        ))}
        {more > 0 && <li className="TouchpointNode-chip TouchpointNode-chip--more">+{more}</li>}
        {channels.length === 0 && (
          <li className="TouchpointNode-chip TouchpointNode-chip--none">{t("canvas.card.noChannel")}</li>
        )}
      </ul>
      <div className="TouchpointNode-foot">
        <span className="TouchpointNode-it" data-level={touchpoint.itSupport} title={level.label[locale]}>
          <span className="TouchpointNode-itDot" aria-hidden="true" />
          {level.short[locale]}
        </span>
        {touchpoint.owner.trim() !== "" && <span className="TouchpointNode-owner">{touchpoint.owner}</span>}
        {touchpoint.emotion !== undefined && (
          <EmotionFace emotion={touchpoint.emotion} label={t("canvas.card.emotion", { value: touchpoint.emotion })} />
        )}
      </div>
      <Handle type="source" position={Position.Right} className="TouchpointNode-handle" isConnectable={!readOnly} />
    </div>
  );
});
