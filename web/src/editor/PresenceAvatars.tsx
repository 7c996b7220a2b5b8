import type { Peer } from "../collab/presence";
import { initialsOf } from "../collab/identity";
import { useFollowContext } from "../follow/FollowContext";
import { useI18n } from "../i18n/i18n";
import "./PresenceAvatars.css";

const MAX_SHOWN = 5;

function SummonIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="10" cy="10" r="2.2" />
      <path d="M10 2.5v2.5M10 15v2.5M2.5 10H5M15 10h2.5M5.2 5.2l1.6 1.6M13.2 13.2l1.6 1.6M5.2 14.8l1.6-1.6M13.2 6.8l1.6-1.6" />
    </svg>
  );
}

/**
 * Who is here: you first, then everyone else, each in their colour. A colleague's avatar follows
 * their view (pressed while you do); with people here, an editor can ask everyone to follow them.
 */
export function PresenceAvatars({
  me,
  peers,
  readOnly = false,
}: {
  me: { name: string; color: string };
  peers: readonly Peer[];
  readOnly?: boolean;
}) {
  const { t } = useI18n();
  const follow = useFollowContext();
  const shown = peers.slice(0, MAX_SHOWN - 1);
  const more = peers.length - shown.length;
  const followers = follow?.followers ?? 0;
  return (
    <div className="PresenceAvatars-group">
      <ul className="PresenceAvatars" aria-label={t("editor.presence.label", { count: peers.length + 1 })}>
        <li
          className="PresenceAvatars-avatar"
          style={{ background: me.color }}
          title={t("editor.presence.you", { name: me.name })}
        >
          <span aria-hidden="true">{initialsOf(me.name)}</span>
          <span className="visually-hidden">{t("editor.presence.you", { name: me.name })}</span>
        </li>
        {shown.map((peer) => {
          const followed = follow?.following?.clientId === peer.clientId;
          const label = followed
            ? t("follow.stopPerson", { name: peer.user.name })
            : t("follow.person", { name: peer.user.name });
          return (
            // Named by the person, so the list reads as who is here; the button says what it does.
            <li key={peer.clientId} aria-label={peer.user.name}>
              <button
                type="button"
                className="PresenceAvatars-avatar PresenceAvatars-person"
                style={{ background: peer.user.color }}
                aria-pressed={followed}
                aria-label={label}
                title={label}
                disabled={!follow}
                onClick={() => (followed ? follow?.unfollow() : follow?.follow(peer.clientId))}
              >
                <span aria-hidden="true">{initialsOf(peer.user.name)}</span>
              </button>
            </li>
          );
        })}
        {more > 0 && <li className="PresenceAvatars-avatar PresenceAvatars-more">+{more}</li>}
      </ul>
      {follow && followers > 0 && (
        <span className="PresenceAvatars-followers">
          {followers === 1 ? t("follow.followersOne") : t("follow.followers", { count: followers })}
        </span>
      )}
      {follow && !readOnly && peers.length > 0 && (
        <button
          type="button"
          className="IconButton PresenceAvatars-summon"
          aria-pressed={follow.summoning}
          aria-label={follow.summoning ? t("follow.release") : t("follow.summon")}
          title={follow.summoning ? t("follow.release") : t("follow.summon")}
          onClick={() => (follow.summoning ? follow.release() : follow.summon())}
        >
          <SummonIcon />
        </button>
      )}
    </div>
  );
}
