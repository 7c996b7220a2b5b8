import { z } from "zod";

/** The three fixed phases of every journey, always in this order. */
export const PHASES = ["before", "during", "after"] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

/** Channel categories, in the order the seed's checklist lists them. */
export const CATEGORIES = ["marketing", "sales", "service", "communication"] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/** IT-support levels, best first; `unknown` means "not assessed yet" and is the default. */
export const IT_SUPPORT_LEVELS = ["integrated", "standalone", "none", "unknown"] as const;
export const itSupportSchema = z.enum(IT_SUPPORT_LEVELS);
export type ItSupport = z.infer<typeof itSupportSchema>;

export const MARKETS = ["b2b", "b2c", "b2b2c"] as const;
export const marketSchema = z.enum(MARKETS);
export type Market = z.infer<typeof marketSchema>;

/** The customer's experience at a touchpoint, −2 very negative … +2 very positive. */
export const EMOTIONS = [-2, -1, 0, 1, 2] as const;
export type Emotion = (typeof EMOTIONS)[number];
