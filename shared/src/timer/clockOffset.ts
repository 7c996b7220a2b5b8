/*
 * Everyone counts down to one `endsAt`, so every device must agree what time it is. Laptop clocks in
 * a workshop room can be minutes apart (a VM, a machine that never syncs), so the countdown runs on
 * the server's clock: each editor estimates `server − local` once and adds it to `Date.now()`.
 *
 * The estimate comes from the HTTP `Date` header of a HEAD request (no new endpoint, nothing added to
 * any response body: `/healthz` keeps its public `{"ok":true}`). That header has whole seconds, so
 * one answer says only that the server's clock read somewhere in [date, date + 1 s) at some moment
 * between sending and receiving. Intersecting a few such intervals, taken at different points of the
 * second, narrows it. A local clock that already lies within the interval is trusted as is: clocks
 * synced over NTP agree to milliseconds, and "correcting" them by a half-second guess would only make
 * them disagree. Any other clock moves to the interval's middle, which is within half a second plus
 * half the round trip of the server; two such devices end up within about a second of each other.
 */

export interface ClockSample {
  /** `Date.now()` just before the request went out. */
  sentAt: number;
  /** `Date.now()` when the answer arrived. */
  receivedAt: number;
  /** The answer's `Date` header, in ms since the epoch (a whole second). */
  serverDate: number;
}

interface OffsetRange {
  min: number;
  max: number;
}

/** The offsets `server − local` one sample allows. */
export function offsetRange(sample: ClockSample): OffsetRange {
  return { min: sample.serverDate - sample.receivedAt, max: sample.serverDate + 1000 - sample.sentAt };
}

function isSample(sample: ClockSample): boolean {
  const { sentAt, receivedAt, serverDate } = sample;
  return [sentAt, receivedAt, serverDate].every(Number.isFinite) && receivedAt >= sentAt;
}

/**
 * The offset to add to `Date.now()` to read the server's clock, from any number of samples; 0 when
 * there are none (a local session, an unreachable server: then the device's own clock is all we have).
 */
export function estimateClockOffset(samples: readonly ClockSample[]): number {
  const ranges = samples.filter(isSample).map(offsetRange);
  const last = ranges[ranges.length - 1];
  if (last === undefined) return 0;
  let range: OffsetRange = { min: -Infinity, max: Infinity };
  for (const next of ranges) range = { min: Math.max(range.min, next.min), max: Math.min(range.max, next.max) };
  // Disjoint ranges mean a clock jumped between samples (sleep, a manual change): the latest one wins.
  if (range.min > range.max) range = last;
  if (range.min <= 0 && range.max >= 0) return 0;
  return Math.round((range.min + range.max) / 2);
}

/** The `Date` header's value in ms, or `undefined` when it is missing or unreadable. */
export function parseHttpDate(header: string | null | undefined): number | undefined {
  if (header === null || header === undefined || header.trim() === "") return undefined;
  const ms = Date.parse(header);
  return Number.isFinite(ms) ? ms : undefined;
}
