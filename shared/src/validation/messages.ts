import { CATEGORY_LABELS } from "../catalogue/channels";
import { PHASE_LABELS } from "../catalogue/phases";
import type { Category, Phase } from "../format/enums";
import type { Connection } from "../format/connection";
import type { Touchpoint } from "../format/touchpoint";
import type { ImportProblem } from "../io/problems";
import type { DocCollection } from "./report";

/**
 * The sentences of a validation report. Plain English (the report is part of the public contract and
 * the CLI prints it); the editor may translate by rule and target fields instead. Every touchpoint
 * message starts with the touchpoint's name, so a list of them reads as a list of touchpoints.
 */

/** Titles can be 10,000 characters; a message quotes enough to recognise the card. */
const MAX_QUOTED = 80;

function quote(text: string): string {
  return `"${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text}"`;
}

/** How a message names a touchpoint: its title in quotes, or its id when it has no title. */
export function touchpointName(touchpoint: Pick<Touchpoint, "id" | "title">): string {
  const title = touchpoint.title.trim();
  return title === "" ? `The untitled touchpoint ${quote(touchpoint.id)}` : quote(title);
}

function phaseLabel(phase: Phase): string {
  return PHASE_LABELS[phase].en;
}

export const messages = {
  unknownStage: (touchpoint: Touchpoint) =>
    `${touchpointName(touchpoint)} sits in stage ${quote(touchpoint.stageId)}, which this map does not have.`,
  unknownChannel: (touchpoint: Touchpoint, channelId: string) =>
    `${touchpointName(touchpoint)} uses channel ${quote(channelId)}, which is not in this map's channel list.`,
  criticalWithoutIt: (touchpoint: Touchpoint) =>
    `${touchpointName(touchpoint)} is a business-critical meeting with no IT support.`,
  criticalStandalone: (touchpoint: Touchpoint) =>
    `${touchpointName(touchpoint)} is a business-critical meeting with only stand-alone IT support, so its data stays in a silo.`,
  unassessed: (touchpoint: Touchpoint) => `${touchpointName(touchpoint)} has not been assessed for IT support yet.`,
  noChannel: (touchpoint: Touchpoint) => `${touchpointName(touchpoint)} has no channel.`,
  orphan: (touchpoint: Touchpoint) =>
    `${touchpointName(touchpoint)} is in no connection, so the customer's path never reaches it.`,
  danglingConnection(connection: Connection, fromMissing: boolean, toMissing: boolean): string {
    const name = `The connection ${quote(connection.id)}`;
    if (fromMissing && toMissing) {
      return `${name} starts at touchpoint ${quote(connection.from)} and ends at touchpoint ${quote(connection.to)}, neither of which exists.`;
    }
    if (fromMissing) return `${name} starts at touchpoint ${quote(connection.from)}, which does not exist.`;
    return `${name} ends at touchpoint ${quote(connection.to)}, which does not exist.`;
  },
  phaseWithoutStage: (phase: Phase) => `${phaseLabel(phase)} has no stage, so no touchpoint can sit in it.`,
  coverageMissing: (phase: Phase, category: Category) =>
    `No touchpoint in ${phaseLabel(phase)} uses a ${CATEGORY_LABELS[category].en} channel.`,
  invalidEntry(collection: DocCollection, entryId: string, problems: readonly ImportProblem[], raw: unknown): string {
    const subject = invalidEntrySubject(collection, entryId, raw);
    if (problems.length === 0) return `${subject} needs repair: it does not fit the journey-map format.`;
    const shown = problems
      .slice(0, 3)
      .map((problem) => (problem.path === "" ? problem.message : `${problem.path} ${problem.message}`));
    const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : "";
    return `${subject} needs repair: ${shown.join("; ")}${more}.`;
  },
};

const ENTRY_NOUNS: Record<DocCollection, string> = {
  meta: "The map setting",
  stages: "The stage",
  channels: "The channel",
  touchpoints: "The touchpoint",
  connections: "The connection",
  comments: "The comment thread",
};

/** A broken touchpoint entry may still carry a readable title: name it by that, as the canvas does. */
function invalidEntrySubject(collection: DocCollection, entryId: string, raw: unknown): string {
  if (collection === "touchpoints" && typeof raw === "object" && raw !== null) {
    const title = (raw as Record<string, unknown>)["title"];
    if (typeof title === "string" && title.trim() !== "")
      return `The touchpoint ${quote(title.trim())} (${quote(entryId)})`;
  }
  return `${ENTRY_NOUNS[collection]} ${quote(entryId)}`;
}
