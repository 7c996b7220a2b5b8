import { newEntryId } from "../canvas/clipboard";

const DEVICE_KEY = "kundresa.deviceKey";
const VOTER_PREFIX = "kundresa.voter.";

function remembered(storageKey: string, make: () => string): string {
  try {
    const known = localStorage.getItem(storageKey);
    if (known) return known;
    const made = make();
    localStorage.setItem(storageKey, made);
    return made;
  } catch {
    // Storage refused (private mode): a key for this page's life; a reload starts a new ballot.
    return make();
  }
}

/** This device, as the facilitator of a vote it started: may reveal and end it. */
export function deviceKey(): string {
  return remembered(DEVICE_KEY, () => newEntryId("device"));
}

/**
 * This device's ballot key for one vote: made fresh for every vote, never the name or the device
 * key, so nobody can tell whose dots are whose, nor link one person's ballots across votes. Kept in
 * localStorage so a reload keeps the dots you placed.
 */
export function voterKey(voteId: string): string {
  return remembered(VOTER_PREFIX + voteId, () => newEntryId("voter"));
}
