import { useId, useState } from "react";
import type * as Y from "yjs";
import {
  MAX_DOTS_PER_PERSON,
  VOTE_KINDS,
  startVote,
  voteCandidates,
  type JourneyMap,
  type VoteKind,
} from "@kundresa/shared";
import { newEntryId } from "../canvas/clipboard";
import { VOTE_ORIGIN } from "../collab/origins";
import { deviceKey } from "./voteKeys";
import { useI18n } from "../i18n/i18n";
import { Dialog } from "../panels/controls/Dialog";
import { SegmentedControl } from "../panels/controls/SegmentedControl";
import { registerMessages } from "../i18n/i18n";
import * as votingMessages from "../i18n/messages/voting";
import "./StartVoteDialog.css";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(votingMessages);

const LIMITS = [undefined, 1, 2, 3, 5, 10] as const;

/** What to vote on, how many dots each, how long: the facilitator's three choices before a vote. */
export function StartVoteDialog({
  map,
  replacesRunning,
  doc,
  userName,
  now,
  onClose,
}: {
  map: JourneyMap;
  replacesRunning: boolean;
  doc: Y.Doc;
  /** The facilitator, as everyone sees them. */
  userName: string;
  /** The server's clock: the vote's end is the same moment on every screen. */
  now: () => number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<VoteKind>("touchpoints");
  const [dots, setDots] = useState(3);
  const [minutes, setMinutes] = useState<number | undefined>(3);
  const ids = { kind: useId(), dots: useId(), limit: useId() };
  const candidates = voteCandidates(map, kind).length;
  const dotsValid = Number.isInteger(dots) && dots >= 1 && dots <= MAX_DOTS_PER_PERSON;

  return (
    <Dialog
      title={t("voting.start.title")}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="panel-button" onClick={onClose}>
            {t("voting.start.cancel")}
          </button>
          <button
            type="button"
            className="panel-button panel-button--primary"
            disabled={candidates === 0 || !dotsValid}
            onClick={() => {
              const startedAt = now();
              startVote(
                doc,
                {
                  id: newEntryId("vote"),
                  kind,
                  dotsPerPerson: dots,
                  startedBy: userName,
                  facilitatorKey: deviceKey(),
                  startedAt,
                  ...(minutes === undefined ? {} : { endsAt: startedAt + minutes * 60_000 }),
                },
                VOTE_ORIGIN,
              );
              onClose();
            }}
          >
            {t("voting.start.submit")}
          </button>
        </>
      }
    >
      <p className="vote-start-intro">{t("voting.start.intro")}</p>
      <div className="field">
        <div className="field-label-row">
          <span id={ids.kind} className="field-label">
            {t("voting.start.kind")}
          </span>
        </div>
        <SegmentedControl
          labelledBy={ids.kind}
          value={kind}
          onChange={setKind}
          options={VOTE_KINDS.map((value) => ({ value, label: t(`voting.kind.${value}`) }))}
        />
        <p className="field-hint" aria-live="polite">
          {candidates === 0 ? t("voting.start.noCandidates") : t("voting.start.candidates", { count: candidates })}
        </p>
      </div>
      <div className="field vote-start-row">
        <label className="vote-start-number">
          <span className="field-label">{t("voting.start.dots")}</span>
          <input
            id={ids.dots}
            className="panel-input"
            type="number"
            min={1}
            max={MAX_DOTS_PER_PERSON}
            value={Number.isNaN(dots) ? "" : dots}
            onChange={(event) => setDots(event.target.valueAsNumber)}
          />
        </label>
        <label className="vote-start-limit">
          <span className="field-label">{t("voting.start.limit")}</span>
          <select
            id={ids.limit}
            className="panel-select"
            value={minutes ?? ""}
            onChange={(event) => setMinutes(event.target.value === "" ? undefined : Number(event.target.value))}
          >
            {LIMITS.map((limit) => (
              <option key={limit ?? "none"} value={limit ?? ""}>
                {limit === undefined ? t("voting.start.noLimit") : t("voting.start.minutes", { count: limit })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {replacesRunning && <p className="vote-start-warning">{t("voting.start.replaces")}</p>}
    </Dialog>
  );
}
