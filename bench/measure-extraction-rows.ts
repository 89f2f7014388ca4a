// Row 1 of the benchmark: our extractor against wink-nlp's own readDoc on the same texts (one core). Row 2 (the
// worker pool) is in measure-parallel-row.ts.

import { measureExtractionThroughput } from "../eval/measure-extraction-throughput.ts";
import { formatNumber, type BenchRow } from "./bench-table.ts";

/** Extraction including the dependency parse, on one core, against wink readDoc alone (issue 18's budget). */
export const EXTRACTION_RATIO_TARGET = 0.15;

/** `count` items spread evenly over `items` (all of them when there are fewer). */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

/**
 * Row 1: extraction throughput on one core vs `nlp.readDoc` on the same texts (eval/measure-extraction-throughput:
 * token counts from wink, warm-up rounds each, then interleaved rounds for at least 3 s, compared in CPU time, which
 * other processes on the machine cannot skew; a separate CPU-time cross-check is no longer needed).
 */
export function extractionRow(texts: readonly string[]): BenchRow {
  const measured = measureExtractionThroughput(texts);
  return {
    name: `extraction, one core (${texts.length} texts)`,
    figure: `${formatNumber(measured.tokensPerSecond)} tokens/s, ${formatNumber(measured.articlesPerSecond)} articles/s`,
    reference: `wink readDoc ${formatNumber(measured.winkTokensPerSecond)} tokens/s (both in CPU time)`,
    ratio: measured.ratio,
    target: `ratio ≥ ${EXTRACTION_RATIO_TARGET}`,
    met: measured.ratio >= EXTRACTION_RATIO_TARGET,
  };
}
