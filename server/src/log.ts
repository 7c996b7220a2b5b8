/** One JSON line per event, so logs can be grepped and shipped; never pass tokens in `fields`. */
export function log(event: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
}
