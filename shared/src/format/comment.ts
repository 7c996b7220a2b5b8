import { z } from "zod";
import { LIMITS } from "./limits";
import { idSchema, textSchema } from "./primitives";

/** One message of a comment thread. `createdAt` is an ISO 8601 time with its offset (`Z` as written). */
export const commentMessageSchema = z.object({
  id: idSchema,
  /** The name the author gave on their device: the workshop's names, not accounts. */
  author: z.string().max(LIMITS.maxAuthorLength),
  createdAt: z.iso.datetime({ offset: true }),
  text: textSchema.min(1),
  /** When its author last changed the text; absent on a message never edited. */
  editedAt: z.iso.datetime({ offset: true }).optional(),
});
export type CommentMessage = z.infer<typeof commentMessageSchema>;

/**
 * A discussion on one touchpoint (format version 2). Messages are in the order they were written
 * (`createdAt`, then id); the first one opened the thread. `touchpointId` is a reference that import
 * accepts even when broken, like a connection's ends; the editor lists such threads apart.
 */
export const commentThreadSchema = z.object({
  id: idSchema,
  touchpointId: idSchema,
  resolved: z.boolean().default(false),
  messages: z.array(commentMessageSchema).min(1).max(LIMITS.maxMessagesPerThread),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;
export type CommentThreadInput = z.input<typeof commentThreadSchema>;
