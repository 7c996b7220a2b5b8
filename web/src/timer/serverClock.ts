import { estimateClockOffset, parseHttpDate, type ClockSample } from "@kundresa/shared";

/** A few samples spread over a second: where each falls in the server's second narrows the estimate. */
const SAMPLES = 3;
const SAMPLE_GAP_MS = 340;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `server − local` in ms, from the `Date` header of HEAD requests to `/healthz` (see
 * `estimateClockOffset` in @kundresa/shared for why and how precise). HEAD, so the public health
 * answer stays exactly as it is and nothing is downloaded; `no-store`, so no cache answers with an
 * old date. An unreachable server gives 0: the device's own clock, the best there is offline.
 */
export async function measureClockOffset(
  url = "/healthz",
  fetchDate: typeof fetch = (input, init) => fetch(input, init),
): Promise<number> {
  const samples: ClockSample[] = [];
  for (let index = 0; index < SAMPLES; index++) {
    if (index > 0) await wait(SAMPLE_GAP_MS);
    try {
      const sentAt = Date.now();
      const response = await fetchDate(url, { method: "HEAD", cache: "no-store" });
      const receivedAt = Date.now();
      const serverDate = parseHttpDate(response.headers.get("date"));
      if (serverDate !== undefined) samples.push({ sentAt, receivedAt, serverDate });
    } catch {
      // Offline for now: the samples we have (or none) will do.
    }
  }
  return estimateClockOffset(samples);
}
