/**
 * Hard limits of the journey-map format (contract §2). Import refuses anything past them, so a
 * hostile or runaway file can never reach the editor, the server's documents or the renderer.
 */
export const LIMITS = {
  /** Largest accepted body, in UTF-8 bytes. */
  maxBodyBytes: 5 * 1024 * 1024,
  maxTouchpoints: 5_000,
  maxConnections: 10_000,
  /** Longest accepted string anywhere in a map, in UTF-16 code units (what JS `length` counts). */
  maxStringLength: 10_000,
  maxIdLength: 64,
  /** Comment threads in one map, and messages in one thread (format version 2). */
  maxCommentThreads: 10_000,
  maxMessagesPerThread: 500,
  maxAuthorLength: 200,
} as const;
