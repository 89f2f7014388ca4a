// Deterministic pseudo-random numbers for the benchmark corpus (mulberry32) and a Zipf-like picker, so the same
// seed always gives the same synthetic articles on every machine.

/**
 * A generator of floats in [0, 1) fully determined by `seed`.
 * @example const next = seededRandom(42); next(); // same value on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
}

/** Cumulative weights 1/(rank+1)^exponent for `count` ranks: a few hubs, a long tail (as in news coverage). */
export function zipfWeights(count: number, exponent: number): Float64Array {
  const cumulative = new Float64Array(count);
  let sum = 0;
  for (let rank = 0; rank < count; rank++) cumulative[rank] = sum += 1 / Math.pow(rank + 1, exponent);
  return cumulative;
}

/** The rank whose cumulative weight first reaches `unit` (in [0, 1)) of the total. */
export function pickZipf(cumulative: Float64Array, unit: number): number {
  const target = unit * (cumulative[cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
