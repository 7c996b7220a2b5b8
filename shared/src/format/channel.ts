import { z } from "zod";
import { categorySchema } from "./enums";
import { idSchema, textSchema } from "./primitives";

/**
 * One channel of the map's own catalogue. A new map copies the default catalogue; the team may add,
 * rename or remove channels, so touchpoints can name a channel the catalogue no longer has (a
 * validation error, never data loss).
 */
export const channelSchema = z.object({
  id: idSchema,
  category: categorySchema,
  name: textSchema.default(""),
});
export type Channel = z.infer<typeof channelSchema>;
