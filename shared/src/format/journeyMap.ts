import { z } from "zod";
import { channelSchema } from "./channel";
import { commentThreadSchema } from "./comment";
import { connectionSchema } from "./connection";
import { PHASES, categorySchema, marketSchema, type Category } from "./enums";
import { LIMITS } from "./limits";
import { textSchema } from "./primitives";
import { stageSchema } from "./stage";
import { touchpointSchema } from "./touchpoint";

export const FORMAT_ID = "kundresa.journey-map";
/** The version this build writes. Older files are migrated forward on import (see `io/journeyMigrations.ts`). */
export const CURRENT_VERSION = 2;

/** Categories a phase must have touchpoints in; a missing one is a `coverage.missing` warning. */
export const coverageSchema = z.object({
  before: z.array(categorySchema),
  during: z.array(categorySchema),
  after: z.array(categorySchema),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const DEFAULT_REQUIRED_CATEGORIES: readonly Category[] = ["sales", "service", "communication"];

export function defaultCoverage(): Coverage {
  return {
    before: [...DEFAULT_REQUIRED_CATEGORIES],
    during: [...DEFAULT_REQUIRED_CATEGORIES],
    after: [...DEFAULT_REQUIRED_CATEGORIES],
  };
}

/** Items of `value` when it is an array, else nothing: the uniqueness checks run on unparsed input. */
function itemsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === "string" ? field : undefined;
}

/** Reports every repeated value at the later occurrence's path, naming the earlier one. */
function checkUnique(
  values: readonly (string | undefined)[],
  path: readonly (string | number)[],
  describe: (value: string, earlierIndex: number) => string,
  ctx: z.RefinementCtx,
  leaf?: string,
): void {
  const firstAt = new Map<string, number>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    const earlier = firstAt.get(value);
    if (earlier === undefined) {
      firstAt.set(value, index);
      return;
    }
    ctx.addIssue({
      code: "custom",
      path: leaf === undefined ? [...path, index] : [...path, index, leaf],
      message: describe(value, earlier),
    });
  });
}

/**
 * Uniqueness rules the object shapes cannot express. They run even when the shape has other
 * problems (`when` below), so one import names every problem at once; hence the defensive reads.
 */
function checkUniqueness(raw: unknown, ctx: z.RefinementCtx): void {
  if (typeof raw !== "object" || raw === null) return;
  const map = raw as Record<string, unknown>;
  for (const collection of ["stages", "channels", "touchpoints", "connections", "comments"] as const) {
    const ids = itemsOf(map[collection]).map((item) => stringField(item, "id"));
    checkUnique(
      ids,
      [collection],
      (id, earlier) => `duplicate id "${id}" (already used by ${collection}[${earlier}])`,
      ctx,
      "id",
    );
  }
  itemsOf(map["touchpoints"]).forEach((touchpoint, index) => {
    const channelIds =
      typeof touchpoint === "object" && touchpoint !== null
        ? (touchpoint as Record<string, unknown>)["channelIds"]
        : undefined;
    const values = itemsOf(channelIds).map((value) => (typeof value === "string" ? value : undefined));
    checkUnique(values, ["touchpoints", index, "channelIds"], (id) => `channel "${id}" is listed twice`, ctx);
  });
  itemsOf(map["comments"]).forEach((thread, index) => {
    const messages =
      typeof thread === "object" && thread !== null ? (thread as Record<string, unknown>)["messages"] : undefined;
    checkUnique(
      itemsOf(messages).map((message) => stringField(message, "id")),
      ["comments", index, "messages"],
      (id, earlier) => `duplicate message id "${id}" (already used by messages[${earlier}])`,
      ctx,
      "id",
    );
  });
  const coverage = map["coverage"];
  if (typeof coverage === "object" && coverage !== null) {
    for (const phase of PHASES) {
      const values = itemsOf((coverage as Record<string, unknown>)[phase]).map((value) =>
        typeof value === "string" ? value : undefined,
      );
      checkUnique(values, ["coverage", phase], (category) => `category "${category}" is listed twice`, ctx);
    }
  }
}

/**
 * The journey-map format, version 2 (contract §2, with the additions of `shared/docs/format-v2.md`). This schema is the single source of the format's
 * types and of the published JSON Schema (`shared/schema/`).
 */
export const journeyMapSchema = z
  .object({
    format: z.literal(FORMAT_ID),
    version: z.literal(CURRENT_VERSION),
    title: textSchema,
    description: textSchema.default(""),
    /** Absent means the team has not said; the editor shows it as unset. */
    market: marketSchema.optional(),
    coverage: coverageSchema.default(defaultCoverage),
    /** Array order is stage order. */
    stages: z.array(stageSchema),
    channels: z.array(channelSchema),
    touchpoints: z.array(touchpointSchema).max(LIMITS.maxTouchpoints),
    connections: z.array(connectionSchema).max(LIMITS.maxConnections),
    /** Comment threads on touchpoints (version 2); in the JSON export, left out of the SVG. */
    comments: z.array(commentThreadSchema).max(LIMITS.maxCommentThreads).default([]),
  })
  .check(
    z.superRefine((_map, ctx) => checkUniqueness(ctx.value, ctx), {
      // Run on shape-invalid input too, so duplicates are reported beside every other problem.
      when: () => true,
    }),
  );

export type JourneyMap = z.infer<typeof journeyMapSchema>;
/** A map as a file may spell it: defaults not yet filled in. */
export type JourneyMapInput = z.input<typeof journeyMapSchema>;
