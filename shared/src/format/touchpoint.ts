import { z } from "zod";
import { itSupportSchema } from "./enums";
import { idSchema, textListSchema, textSchema } from "./primitives";

export const positionSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
});
export type Position = z.infer<typeof positionSchema>;

export const emotionSchema = z.number().int().min(-2).max(2);

/** Dots from one dot vote; far past what any workshop gives, so a typo cannot store 1e300. */
export const voteCountSchema = z.number().int().min(0).max(1_000_000);

/**
 * The result of a dot vote kept on the map (format version 2): votes for the touchpoint itself
 * and for its pain points and opportunities, those keyed by the item's text, which is how the
 * format names a list item. The editor's edits carry a key along when its item's words change and
 * drop it when the item is removed (`voting/carryItemVotes.ts`); a key a file brings that names no
 * item is kept (and exported) as it is.
 */
export const keptVotesSchema = z.object({
  touchpoint: voteCountSchema.optional(),
  painPoints: z.record(textSchema, voteCountSchema).optional(),
  opportunities: z.record(textSchema, voteCountSchema).optional(),
});
export type KeptVotes = z.infer<typeof keptVotesSchema>;

/**
 * One moment where the customer meets the company. `stageId` and `channelIds` are references that
 * import accepts even when broken (validation reports them); `position` is the card's top-left
 * corner in canvas coordinates.
 */
export const touchpointSchema = z.object({
  id: idSchema,
  title: textSchema,
  stageId: idSchema,
  /** First channel is the primary one: it colours the card. Each id at most once. */
  channelIds: z.array(idSchema),
  itSupport: itSupportSchema,
  /** Absent means "not rated"; the emotion curve skips such touchpoints. */
  emotion: emotionSchema.optional(),
  /** A business-critical customer meeting (affärskritiskt kundmöte). */
  critical: z.boolean().default(false),
  owner: textSchema.default(""),
  notes: textSchema.default(""),
  painPoints: textListSchema.default([]),
  opportunities: textListSchema.default([]),
  /** CRM capabilities that back this touchpoint (free text; the catalogue suggests names). */
  capabilities: textListSchema.default([]),
  /** Kept dot-vote results (version 2); absent when no vote was kept. */
  votes: keptVotesSchema.optional(),
  /** Top-left corner of the card relative to its cell (stage column × category lane): `layout/metrics.ts`. */
  position: positionSchema,
});
export type Touchpoint = z.infer<typeof touchpointSchema>;
/** A touchpoint as a file may spell it: optional fields may be left out. */
export type TouchpointInput = z.input<typeof touchpointSchema>;
