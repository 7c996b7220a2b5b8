import type { Peer } from "../collab/presence";
import { initialsOf } from "../collab/identity";
import { useI18n } from "../i18n/i18n";
import "./PresenceAvatars.css";

const MAX_SHOWN = 5;

/** Who is here: you first, then everyone else, each in their colour. */
export function PresenceAvatars({ me, peers }: { me: { name: string; color: string }; peers: readonly Peer[] }) {
  const { t } = useI18n();
  const people = [{ ...me, key: "me", label: t("editor.presence.you", { name: me.name }) }].concat(
    peers.map((peer) => ({ ...peer.user, key: String(peer.clientId), label: peer.user.name })),
  );
  const shown = people.slice(0, MAX_SHOWN);
  return (
    <ul className="PresenceAvatars" aria-label={t("editor.presence.label", { count: people.length })}>
      {shown.map((person) => (
        <li
          key={person.key}
          className="PresenceAvatars-avatar"
          style={{ background: person.color }}
          title={person.label}
        >
          <span aria-hidden="true">{initialsOf(person.name)}</span>
          <span className="visually-hidden">{person.label}</span>
        </li>
      ))}
      {people.length > MAX_SHOWN && (
        <li className="PresenceAvatars-avatar PresenceAvatars-more">+{people.length - MAX_SHOWN}</li>
      )}
    </ul>
  );
}
