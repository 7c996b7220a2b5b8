/** Receives one event with its fields; `startServer` takes one so tests can capture or silence logs. */
export type Logger = (event: string, fields?: Record<string, unknown>) => void;

/** One JSON line per event, so logs can be grepped and shipped; never pass tokens in `fields`. */
export const log: Logger = (event, fields = {}) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
};

/** An error's message for a log line or a client, without its stack. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
