/**
 * How sure a pooled p99 ratio is. One round's p99 rests on its slowest 1% (ten deliveries of a
 * thousand at 2 clients), and a minute of the VM can double it, so a ratio read off a few rounds
 * says little by itself. The rounds are the unit that varies: each round gives both servers a
 * room in the same minutes, so they are resampled in pairs (round i of ours with round i of the
 * reference), and the interval is the spread of the pooled p99 ratio over the resamples.
 */
export interface RatioInterval {
  /** The pooled p99 ratio of the rounds as they were. */
  ratio: number;
  low: number;
  high: number;
  /** The share of the resamples the interval holds (0.9 for a 90% interval). */
  level: number;
}

/** The `q` quantile as `summarize` takes it (the ⌈q·n⌉-th smallest), over rounds taken `weights[i]` times each. */
export function pooledQuantile(sortedRounds: readonly Float64Array[], weights: readonly number[], q: number): number {
  const total = sortedRounds.reduce((sum, round, index) => sum + round.length * weights[index]!, 0);
  if (total === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * total));
  let low = Infinity;
  let high = -Infinity;
  sortedRounds.forEach((round, index) => {
    if (weights[index]! === 0 || round.length === 0) return;
    low = Math.min(low, round[0]!);
    high = Math.max(high, round[round.length - 1]!);
  });
  const atMost = (value: number): number =>
    sortedRounds.reduce((sum, round, index) => sum + weights[index]! * upperBound(round, value), 0);
  if (atMost(low) >= rank) return low;
  // Bisection on the value: `high` stays a value with at least `rank` deliveries at or below it and
  // closes in on the smallest such, which is the delivery sought.
  for (let step = 0; step < 60 && high - low > 1e-9; step++) {
    const middle = (low + high) / 2;
    if (atMost(middle) >= rank) high = middle;
    else low = middle;
  }
  // The delivery itself, not the bisection's bound just above it: the largest at or below `high`.
  return sortedRounds.reduce((found, round, index) => {
    const below = upperBound(round, high);
    return weights[index]! === 0 || below === 0 ? found : Math.max(found, round[below - 1]!);
  }, -Infinity);
}

/** How many values of the sorted array are at most `value`. */
function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A small seeded generator (mulberry32): the same rounds give the same interval every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The paired bootstrap interval of pooled p99(ours) / p99(reference). `ours[i]` and `reference[i]`
 * are round i's deliveries (any order; they are copied before sorting).
 */
export function p99RatioInterval(
  ours: readonly Float64Array[],
  reference: readonly Float64Array[],
  { resamples = 4_000, level = 0.9, seed = 1 }: { resamples?: number; level?: number; seed?: number } = {},
): RatioInterval {
  if (ours.length !== reference.length || ours.length === 0) {
    throw new Error(`expected the same number of rounds for both servers, not ${ours.length} and ${reference.length}`);
  }
  const sortedOurs = ours.map((round) => Float64Array.from(round).sort());
  const sortedReference = reference.map((round) => Float64Array.from(round).sort());
  const rounds = ours.length;
  const ratioOf = (weights: readonly number[]): number =>
    pooledQuantile(sortedOurs, weights, 0.99) / pooledQuantile(sortedReference, weights, 0.99);
  const ratio = ratioOf(Array.from({ length: rounds }, () => 1));
  const random = seededRandom(seed);
  const ratios = new Float64Array(resamples);
  const weights = new Array<number>(rounds);
  for (let resample = 0; resample < resamples; resample++) {
    weights.fill(0);
    for (let draw = 0; draw < rounds; draw++) weights[Math.floor(random() * rounds)]!++;
    ratios[resample] = ratioOf(weights);
  }
  ratios.sort();
  const tail = (1 - level) / 2;
  const at = (quantile: number): number => ratios[Math.min(resamples - 1, Math.floor(quantile * resamples))]!;
  return { ratio, low: at(tail), high: at(1 - tail), level };
}
