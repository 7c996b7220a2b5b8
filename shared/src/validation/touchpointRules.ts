import type { Category, Phase } from "../format/enums";
import type { JourneyMap } from "../format/journeyMap";
import type { Touchpoint } from "../format/touchpoint";
import { bucketOf, type IssueBucket } from "./issueOrder";
import { messages } from "./messages";
import type { ValidationIssue } from "./report";

/** What the per-touchpoint rules need from the rest of the map: only stages and channels. */
export interface RefLookups {
  phaseOfStage: ReadonlyMap<string, Phase>;
  categoryOfChannel: ReadonlyMap<string, Category>;
}

/** Lookups with the same semantics as `coverageMatrix` (a repeated id: the last entry wins). */
export function refLookups(map: Pick<JourneyMap, "stages" | "channels">): RefLookups {
  return {
    phaseOfStage: new Map(map.stages.map((stage) => [stage.id, stage.phase])),
    categoryOfChannel: new Map(map.channels.map((channel) => [channel.id, channel.category])),
  };
}

/**
 * Everything one touchpoint contributes to a report, computed from the touchpoint and the lookups
 * alone, so it can be cached per touchpoint object. The orphan rule is not here: it depends on the
 * connections and on how many touchpoints the map has.
 */
export interface TouchpointFindings {
  /** The phase of its stage; undefined for an unknown stage (it then counts nowhere in coverage). */
  phase: Phase | undefined;
  /** Distinct categories of its known channels, in order of first use. */
  categories: readonly Category[];
  /** Its issues, each with its bucket, in the order they are listed within a bucket. */
  issues: readonly BucketedIssue[];
}

export interface BucketedIssue {
  bucket: IssueBucket;
  issue: ValidationIssue;
}

const UNKNOWN_STAGE = bucketOf("error", "ref.unknown-stage");
const UNKNOWN_CHANNEL = bucketOf("error", "ref.unknown-channel");
const CRITICAL_NONE = bucketOf("error", "it-support.critical-gap");
const CRITICAL_STANDALONE = bucketOf("warning", "it-support.critical-gap");
const UNASSESSED = bucketOf("warning", "it-support.unassessed");
const NO_CHANNEL = bucketOf("warning", "touchpoint.no-channel");

/**
 * The touchpoint rules of contract §5. A critical touchpoint whose level is `unknown` gets only
 * `it-support.unassessed`: nobody has said it lacks integrated support, and the one thing to do is to
 * assess it; reporting a gap as well would count one open question twice.
 */
export function touchpointFindings(touchpoint: Touchpoint, lookups: RefLookups): TouchpointFindings {
  const issues: BucketedIssue[] = [];
  const add = (bucket: IssueBucket, issue: ValidationIssue): void => {
    issues.push({ bucket, issue });
  };
  const touchpointId = touchpoint.id;

  const phase = lookups.phaseOfStage.get(touchpoint.stageId);
  if (phase === undefined) {
    add(UNKNOWN_STAGE, {
      rule: "ref.unknown-stage",
      severity: "error",
      message: messages.unknownStage(touchpoint),
      touchpointId,
    });
  }

  const categories: Category[] = [];
  const reported = new Set<string>();
  for (const channelId of touchpoint.channelIds) {
    const category = lookups.categoryOfChannel.get(channelId);
    if (category !== undefined) {
      if (!categories.includes(category)) categories.push(category);
    } else if (!reported.has(channelId)) {
      reported.add(channelId);
      add(UNKNOWN_CHANNEL, {
        rule: "ref.unknown-channel",
        severity: "error",
        message: messages.unknownChannel(touchpoint, channelId),
        touchpointId,
        channelId,
      });
    }
  }

  if (touchpoint.critical && touchpoint.itSupport === "none") {
    add(CRITICAL_NONE, {
      rule: "it-support.critical-gap",
      severity: "error",
      message: messages.criticalWithoutIt(touchpoint),
      touchpointId,
    });
  } else if (touchpoint.critical && touchpoint.itSupport === "standalone") {
    add(CRITICAL_STANDALONE, {
      rule: "it-support.critical-gap",
      severity: "warning",
      message: messages.criticalStandalone(touchpoint),
      touchpointId,
    });
  }
  if (touchpoint.itSupport === "unknown") {
    add(UNASSESSED, {
      rule: "it-support.unassessed",
      severity: "warning",
      message: messages.unassessed(touchpoint),
      touchpointId,
    });
  }
  if (touchpoint.channelIds.length === 0) {
    add(NO_CHANNEL, {
      rule: "touchpoint.no-channel",
      severity: "warning",
      message: messages.noChannel(touchpoint),
      touchpointId,
    });
  }

  return { phase, categories, issues };
}

export const ORPHAN_BUCKET = bucketOf("info", "touchpoint.orphan");

/** `touchpoint.orphan`: the caller decides when it applies (in no connection, two or more touchpoints). */
export function orphanIssue(touchpoint: Touchpoint): ValidationIssue {
  return {
    rule: "touchpoint.orphan",
    severity: "info",
    message: messages.orphan(touchpoint),
    touchpointId: touchpoint.id,
  };
}
