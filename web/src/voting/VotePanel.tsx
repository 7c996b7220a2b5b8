import { useState } from "react";
import {
  dotsSpent,
  isVotingOpen,
  tallyVote,
  voteCandidates,
  type JourneyMap,
  type VoteCandidate,
  type VoteSession,
} from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { formatCountdown } from "./formatCountdown";
import "./VotePanel.css";
import { registerMessages } from "../i18n/i18n";
import * as votingMessages from "../i18n/messages/voting";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(votingMessages);

export interface VotePanelProps {
  session: VoteSession;
  ballots: ReadonlyMap<string, Record<string, number>>;
  map: JourneyMap;
  /** Server-clock now, ticking. */
  now: number;
  readOnly: boolean;
  /** This device started the vote (or took it over): it reveals, keeps and ends. */
  facilitating: boolean;
  /** This device's ballot key for the running vote. */
  voterKey: string;
  onDot: (itemKey: string, delta: 1 | -1) => void;
  onReveal: () => void;
  onEnd: () => void;
  onTakeOver: () => void;
  /** Writes the result onto the map (one undoable change); returns how many touchpoints changed. */
  onKeep: () => number;
}

function itemLabel(candidate: VoteCandidate, untitled: string): string {
  return candidate.text.trim() === "" ? untitled : candidate.text;
}

function Dots({ count, max, label }: { count: number; max: number; label: string }) {
  // At most ten drawn: past that the number says it better than a row of dots.
  const shown = Math.min(max, 10);
  return (
    <span className="vote-dots" role="img" aria-label={label}>
      {Array.from({ length: shown }, (_, index) => (
        <span key={index} className="vote-dot" data-filled={index < count || undefined} />
      ))}
      {max > 10 && <span className="vote-dots-more">{count}</span>}
    </span>
  );
}

/** The running vote, over the canvas for everyone: dots to place, then the ranked result. */
export function VotePanel(props: VotePanelProps) {
  const { session, ballots, map, now, readOnly, facilitating, voterKey } = props;
  const { t } = useI18n();
  const [minimised, setMinimised] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [kept, setKept] = useState<number | undefined>();
  const candidates = voteCandidates(map, session.kind);
  const mine = ballots.get(voterKey) ?? {};
  const left = session.dotsPerPerson - dotsSpent(mine);
  const open = isVotingOpen(session, now);
  const revealed = session.state === "revealed";
  const voters = [...ballots.values()].filter((ballot) => dotsSpent(ballot) > 0).length;
  const untitled = t("canvas.card.untitled");
  const title = t("voting.panel.title", { kind: t(`voting.kind.${session.kind}`) });

  if (minimised) {
    return (
      <section className="vote-panel vote-panel--minimised" aria-label={t("voting.panel.label")}>
        <button type="button" className="vote-panel-expand" onClick={() => setMinimised(false)}>
          <span className="vote-panel-pulse" aria-hidden="true" />
          {title}
          {!revealed && session.endsAt !== undefined && open && (
            <span className="vote-panel-clock">{formatCountdown(session.endsAt - now)}</span>
          )}
          <span className="visually-hidden">{t("voting.panel.expand")}</span>
        </button>
      </section>
    );
  }

  const status = revealed
    ? t("voting.results")
    : !open
      ? facilitating
        ? t("voting.panel.timeUp")
        : t("voting.panel.waiting", { name: session.startedBy })
      : readOnly
        ? t("voting.panel.viewOnly")
        : t("voting.panel.dotsLeft", { left, total: session.dotsPerPerson });

  return (
    <section className="vote-panel" aria-label={t("voting.panel.label")} data-state={revealed ? "revealed" : "open"}>
      <header className="vote-panel-head">
        <div>
          <h2 className="vote-panel-title">{title}</h2>
          <p className="vote-panel-meta">
            {t("voting.panel.by", { name: session.startedBy })} ·{" "}
            {voters === 1 ? t("voting.panel.votersOne") : t("voting.panel.voters", { count: voters })}
          </p>
        </div>
        <button
          type="button"
          className="IconButton vote-panel-minimise"
          aria-label={t("voting.panel.minimise")}
          title={t("voting.panel.minimise")}
          onClick={() => setMinimised(true)}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M5 10h10" />
          </svg>
        </button>
      </header>
      <div className="vote-panel-status" aria-live="polite">
        <span>{status}</span>
        {!revealed && open && session.endsAt !== undefined && (
          <span className="vote-panel-clock">
            {t("voting.panel.timeLeft", { time: formatCountdown(session.endsAt - now) })}
          </span>
        )}
      </div>
      {candidates.length === 0 ? (
        <p className="vote-panel-empty">{t("voting.noCandidates")}</p>
      ) : revealed ? (
        <Results {...props} candidates={candidates} untitled={untitled} />
      ) : (
        <ol className="vote-items">
          {candidates.map((candidate) => {
            const count = mine[candidate.key] ?? 0;
            const label = itemLabel(candidate, untitled);
            return (
              <li key={candidate.key} className="vote-item" data-voted={count > 0 || undefined}>
                <span className="vote-item-text">
                  <span className="vote-item-title">{label}</span>
                  {session.kind !== "touchpoints" && (
                    <span className="vote-item-card">
                      {t("voting.panel.on", { card: candidate.touchpoint.title.trim() || untitled })}
                    </span>
                  )}
                </span>
                {!readOnly && (
                  <span className="vote-item-controls">
                    <button
                      type="button"
                      className="vote-step"
                      aria-label={t("voting.dot.remove", { item: label })}
                      disabled={!open || count === 0}
                      onClick={() => props.onDot(candidate.key, -1)}
                    >
                      −
                    </button>
                    <Dots count={count} max={Math.max(count, 1)} label={t("voting.dot.yours", { count })} />
                    <button
                      type="button"
                      className="vote-step vote-step--add"
                      aria-label={t("voting.dot.add", { item: label })}
                      disabled={!open || left === 0}
                      onClick={() => props.onDot(candidate.key, 1)}
                    >
                      +
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && (
        <footer className="vote-panel-actions">
          {kept !== undefined && (
            <p className="vote-panel-kept" role="status">
              {t("voting.kept", { count: kept })}
            </p>
          )}
          {confirmEnd ? (
            <div className="vote-panel-confirm" role="group" aria-label={t("voting.end.question")}>
              <span>{t("voting.end.question")}</span>
              <button type="button" className="panel-button" autoFocus onClick={() => setConfirmEnd(false)}>
                {t("voting.start.cancel")}
              </button>
              <button type="button" className="panel-button panel-button--danger" onClick={props.onEnd}>
                {t("voting.end")}
              </button>
            </div>
          ) : facilitating ? (
            <div className="vote-panel-buttons">
              {revealed ? (
                <button
                  type="button"
                  className="panel-button panel-button--primary"
                  disabled={candidates.length === 0}
                  onClick={() => setKept(props.onKeep())}
                >
                  {t("voting.keep")}
                </button>
              ) : (
                <button type="button" className="panel-button panel-button--primary" onClick={props.onReveal}>
                  {t("voting.reveal")}
                </button>
              )}
              <button type="button" className="panel-button" onClick={() => setConfirmEnd(true)}>
                {t("voting.end")}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="panel-button panel-button--quiet"
              title={t("voting.takeOver.hint", { name: session.startedBy })}
              onClick={props.onTakeOver}
            >
              {t("voting.takeOver")}
            </button>
          )}
        </footer>
      )}
    </section>
  );
}

function Results({
  ballots,
  candidates,
  untitled,
  session,
}: VotePanelProps & { candidates: VoteCandidate[]; untitled: string }) {
  const { t } = useI18n();
  const rows = tallyVote(candidates, ballots);
  const most = Math.max(1, rows[0]?.dots ?? 0);
  return (
    <ol className="vote-results" aria-label={t("voting.results")}>
      {rows.map((row) => (
        <li key={row.candidate.key} className="vote-result" data-zero={row.dots === 0 || undefined}>
          <span className="vote-result-rank">{t("voting.results.rank", { rank: row.rank })}</span>
          <span className="vote-result-text">
            <span className="vote-item-title">{itemLabel(row.candidate, untitled)}</span>
            {session.kind !== "touchpoints" && (
              <span className="vote-item-card">
                {t("voting.panel.on", { card: row.candidate.touchpoint.title.trim() || untitled })}
              </span>
            )}
            <span className="vote-result-bar" aria-hidden="true">
              <span style={{ width: `${(row.dots / most) * 100}%` }} />
            </span>
          </span>
          <span className="vote-result-count">
            {row.dots === 1 ? t("voting.results.dotsOne") : t("voting.results.dots", { count: row.dots })}
          </span>
        </li>
      ))}
    </ol>
  );
}
