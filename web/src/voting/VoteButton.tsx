import { Suspense, useState } from "react";
import { LazyStartVoteDialog } from "../editor/lazyEditorParts";
import { readVote, type JourneyMap } from "@kundresa/shared";
import { useI18n } from "../i18n/i18n";
import { useTimerSession } from "../timer/TimerSession";
import type * as Y from "yjs";
import "./VoteButton.css";

function DotsIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="6" cy="7" r="2.2" />
      <circle cx="14" cy="7" r="2.2" />
      <circle cx="10" cy="13.5" r="2.2" />
    </svg>
  );
}

/** The top bar's "Dot vote": opens the settings and starts a vote, run by this device. Editors only. */
export function VoteButton({ map, running }: { map: JourneyMap; running: boolean }) {
  const session = useTimerSession();
  if (!session || session.readOnly) return null;
  return <StartVote map={map} running={running} doc={session.doc} userName={session.userName} now={session.now} />;
}

function StartVote({
  map,
  running,
  doc,
  userName,
  now,
}: {
  map: JourneyMap;
  running: boolean;
  doc: Y.Doc;
  userName: string;
  now: () => number;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="Button Button--secondary VoteButton"
        aria-label={running ? t("voting.button.running") : t("voting.button")}
        title={running ? t("voting.button.running") : t("voting.button")}
        data-running={running || undefined}
        onClick={() => setOpen(true)}
      >
        <DotsIcon />
        <span className="TopBar-label">{running ? t("voting.button.running") : t("voting.button")}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <LazyStartVoteDialog
            map={map}
            replacesRunning={readVote(doc) !== undefined}
            onClose={() => setOpen(false)}
            doc={doc}
            userName={userName}
            now={now}
          />
        </Suspense>
      )}
    </>
  );
}
