// Rows 1 and 2 of the benchmark: our extractor against wink-nlp's own readDoc on the same texts (one core), and
// the worker pool with 2 workers against 1 on the same articles.

import { measureExtractionThroughput } from "../eval/measure-extraction-throughput.ts";
import type { ExtractOutcome } from "../ingest/pipeline/batch-extractor.ts";
import type { CleanedArticle } from "../ingest/pipeline/cleaned-article.ts";
import { createExtractPool, DEFAULT_MIN_BATCH_FOR_WORKERS } from "../ingest/pipeline/extract-pool.ts";
import { formatNumber, type BenchRow } from "./bench-table.ts";

export const EXTRACTION_RATIO_TARGET = 0.5;
export const PARALLEL_SPEED_UP_TARGET = 1.7;

/** `count` items spread evenly over `items` (all of them when there are fewer). */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

/**
 * Row 1: extraction throughput on one core vs `nlp.readDoc` on the same texts (eval/measure-extraction-throughput:
 * token counts from wink, a warm-up round each, then at least one second of timed rounds each).
 */
export function extractionRow(texts: readonly string[]): BenchRow {
  const measured = measureExtractionThroughput(texts);
  return {
    name: `extraction, one core (${texts.length} texts)`,
    figure: `${formatNumber(measured.tokensPerSecond)} tokens/s, ${formatNumber(measured.articlesPerSecond)} articles/s`,
    reference: `wink readDoc ${formatNumber(measured.winkTokensPerSecond)} tokens/s`,
    ratio: measured.ratio,
    target: `ratio ≥ ${EXTRACTION_RATIO_TARGET}`,
    met: measured.ratio >= EXTRACTION_RATIO_TARGET,
  };
}

async function timedPoolRun(
  workers: number,
  articles: CleanedArticle[],
): Promise<{ seconds: number; outcomes: ExtractOutcome[] }> {
  const pool = createExtractPool({ workers });
  try {
    // Warm-up: starts the threads and compiles the extractor in each (a batch big enough to use the workers).
    await pool.extractBatch(articles.slice(0, Math.max(DEFAULT_MIN_BATCH_FOR_WORKERS, workers * 8)));
    const started = performance.now();
    const outcomes = await pool.extractBatch(articles);
    return { seconds: (performance.now() - started) / 1000, outcomes };
  } finally {
    await pool.close();
  }
}

/** Row 2: the same articles through a warmed 1-worker (in-process) and 2-worker pool; returns the outcomes too. */
export async function parallelRow(articles: CleanedArticle[]): Promise<{ row: BenchRow; outcomes: ExtractOutcome[] }> {
  const one = await timedPoolRun(1, articles);
  const two = await timedPoolRun(2, articles);
  const speedUp = one.seconds / two.seconds;
  const differing = one.outcomes.filter(
    (outcome, index) => JSON.stringify(outcome) !== JSON.stringify(two.outcomes[index]),
  ).length;
  return {
    row: {
      name: `parallel extraction, 2 workers (${articles.length} articles)`,
      figure: `${formatNumber(articles.length / two.seconds)} articles/s${differing > 0 ? ` (${differing} outcomes differ from 1 worker)` : ""}`,
      reference: `1 worker ${formatNumber(articles.length / one.seconds)} articles/s`,
      ratio: speedUp,
      target: `speed-up ≥ ${PARALLEL_SPEED_UP_TARGET}×`,
      met: speedUp >= PARALLEL_SPEED_UP_TARGET,
    },
    outcomes: two.outcomes,
  };
}
