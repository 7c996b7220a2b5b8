import { z } from "zod";
import { idSchema, textSchema } from "./primitives";

/** A step of the customer's path; `from`/`to` may dangle (a validation error, kept on import). */
export const connectionSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  label: textSchema.default(""),
});
export type Connection = z.infer<typeof connectionSchema>;
