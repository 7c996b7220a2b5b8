import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { colorAmong, colorForName } from "./identity";
import type { PresenceState } from "./presence";

interface Arrival {
  since: number;
  clientId: number;
}

/** Earlier arrival first; the client id settles a tie the same way on every device. */
function arrivedBefore(a: Arrival, b: Arrival): boolean {
  return a.since !== b.since ? a.since < b.since : a.clientId < b.clientId;
}

function userOf(state: unknown): PresenceState["user"] | undefined {
  const user = (state as Partial<PresenceState> | null)?.user;
  return typeof user?.name === "string" && typeof user.color === "string" ? user : undefined;
}

/**
 * Publishes this tab's presence (`user` and when it joined) and returns the colour it shows: the
 * person's own colour (from their name) unless someone who joined earlier already shows it, so two
 * people in one workshop are never told apart only by name. Each tab decides only its own colour, from
 * what everyone publishes, so all devices agree; the earliest arrival never has to change.
 */
export function usePresenceColor(awareness: Awareness, name: string | undefined): string | undefined {
  const [color, setColor] = useState<string | undefined>();
  useEffect(() => {
    if (name === undefined) return;
    const mine: Arrival = { since: Date.now(), clientId: awareness.clientID };
    let current = colorForName(name);
    const decide = () => {
      const taken: string[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const user = userOf(state);
        if (clientId === awareness.clientID || user === undefined) return;
        const since = (state as Partial<PresenceState>).since;
        if (arrivedBefore({ since: typeof since === "number" ? since : 0, clientId }, mine)) taken.push(user.color);
      });
      current = colorAmong(current, taken);
      const published = userOf(awareness.getLocalState());
      if (published?.name !== name || published.color !== current) {
        awareness.setLocalStateField("user", { name, color: current });
      }
      setColor(current);
    };
    awareness.setLocalStateField("since", mine.since);
    decide();
    awareness.on("change", decide);
    return () => awareness.off("change", decide);
  }, [awareness, name]);
  return name === undefined ? undefined : color;
}
