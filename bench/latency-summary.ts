// Median and 95th percentile of a set of timings, as the benchmark table reports them.

export interface LatencySummary {
  medianMs: number;
  p95Ms: number;
  count: number;
}

/** The value at quantile `q` (0..1) of `values`, nearest rank; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/**
 * Median and p95 of `timesMs`.
 * @example latencySummary([3, 1, 2]); // { medianMs: 2, p95Ms: 3, count: 3 }
 */
export function latencySummary(timesMs: readonly number[]): LatencySummary {
  return { medianMs: quantile(timesMs, 0.5), p95Ms: quantile(timesMs, 0.95), count: timesMs.length };
}
