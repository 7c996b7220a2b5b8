import { z } from "zod";
import { phaseSchema } from "./enums";
import { idSchema, textSchema } from "./primitives";

/**
 * A column of the map. Stages belong to exactly one phase; the order of the `stages` array is the
 * order on the canvas, and a well-formed map lists a phase's stages together (validation does not
 * demand it: the editor sorts them into their phase band).
 */
export const stageSchema = z.object({
  id: idSchema,
  phase: phaseSchema,
  title: textSchema.default(""),
});
export type Stage = z.infer<typeof stageSchema>;
