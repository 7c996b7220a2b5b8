import type { LatencySummary } from "./benchMessages";

/**
 * Edit-propagation latencies (ms) as they arrive, in a growing typed array: a 30 s load run
 * records over a million of them, which an array of boxed numbers would make the client
 * process's garbage collector pay for, in the middle of the measurement.
 */
export class LatencySamples {
  private buffer = new Float64Array(1 << 16);
  private size = 0;
  /** Deliveries are counted only while recording (not during set-up or warm-up). */
  recording = false;

  get count(): number {
    return this.size;
  }

  record(latencyMs: number): void {
    if (!this.recording) return;
    if (this.size === this.buffer.length) {
      const grown = new Float64Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.size++] = latencyMs;
  }

  reset(): void {
    this.size = 0;
  }

  /** The recorded latencies, copied. */
  values(): Float64Array {
    return this.buffer.slice(0, this.size);
  }

  summary(expected: number): LatencySummary {
    return summarize(this.values(), expected);
  }
}

/** Percentiles of `latencies` (which it sorts in place); `expected` counts the deliveries that never came. */
export function summarize(latencies: Float64Array, expected: number): LatencySummary {
  const sorted = latencies.sort();
  const at = (quantile: number): number =>
    sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!;
  return {
    samples: sorted.length,
    p50: at(0.5),
    p99: at(0.99),
    max: at(1),
    missing: Math.max(0, expected - sorted.length),
  };
}

/** Latencies as they cross IPC: the bytes of the Float64Array, base64 (a JSON array would be several times larger). */
export function encodeLatencies(latencies: Float64Array): string {
  return Buffer.from(latencies.buffer, latencies.byteOffset, latencies.byteLength).toString("base64");
}

export function decodeLatencies(text: string): Float64Array {
  const bytes = Buffer.from(text, "base64");
  // Copied: a decoded Buffer's offset into its pool need not be a multiple of 8.
  return new Float64Array(new Uint8Array(bytes).buffer);
}

/** Several workers' or rounds' latencies as one array, to take percentiles over all of them together. */
export function concatLatencies(parts: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (all.set(part, offset), offset + part.length), 0);
  return all;
}
