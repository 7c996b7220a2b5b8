import { z } from "zod";
import { LIMITS } from "./limits";

/** Every string in a map is bounded, so no field can smuggle megabytes into a document. */
export const textSchema = z.string().max(LIMITS.maxStringLength);

/** Ids are opaque, non-empty and short; uniqueness is checked per collection by the map schema. */
export const idSchema = z.string().min(1).max(LIMITS.maxIdLength);

/** A list of free-text items (pain points, opportunities, capabilities). */
export const textListSchema = z.array(textSchema);
