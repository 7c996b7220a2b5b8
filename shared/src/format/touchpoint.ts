import { z } from "zod";
import { itSupportSchema } from "./enums";
import { idSchema, textListSchema, textSchema } from "./primitives";

export const positionSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
});
export type Position = z.infer<typeof positionSchema>;

export const emotionSchema = z.number().int().min(-2).max(2);

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
  /** Top-left corner of the card relative to its cell (stage column × category lane): `layout/metrics.ts`. */
  position: positionSchema,
});
export type Touchpoint = z.infer<typeof touchpointSchema>;
/** A touchpoint as a file may spell it: optional fields may be left out. */
export type TouchpointInput = z.input<typeof touchpointSchema>;
