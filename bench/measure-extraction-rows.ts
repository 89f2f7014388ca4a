// Rows 1 and 2 of the benchmark: our extractor against wink-nlp's own readDoc on the same texts (one core), and
// the worker pool with 2 workers against 1 on the same articles.

import { measureExtractionThroughput } from "../eval/measure-extraction-throughput.ts";
import type { ArticleRecord } from "../graph-schema/index.ts";
import { createExtractor } from "../ingest/extract/create-extractor.ts";
import { loadWinkNlp } from "../ingest/nlp/load-wink-nlp.ts";
import type { ExtractOutcome } from "../ingest/pipeline/batch-extractor.ts";
import type { CleanedArticle } from "../ingest/pipeline/cleaned-article.ts";
import { createExtractPool } from "../ingest/pipeline/extract-pool.ts";
import { formatNumber, type BenchRow } from "./bench-table.ts";

export const EXTRACTION_RATIO_TARGET = 0.5;
export const PARALLEL_SPEED_UP_TARGET = 1.7;

/** `count` items spread evenly over `items` (all of them when there are fewer). */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

/** User + system CPU seconds of this process (all threads) since `start`. */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds of one call of `run`. */
function cpuOf(run: () => void): number {
  const start = process.cpuUsage();
  run();
  return cpuSecondsSince(start);
}

/**
 * Extractor CPU time over wink readDoc CPU time on the same texts, rounds interleaved (after a warm-up round
 * each): a cross-check of the wall-clock ratio that other processes on the machine cannot skew.
 */
export function extractionCpuRatio(texts: readonly string[], rounds = 3): number {
  const nlp = loadWinkNlp();
  const extractor = createExtractor();
  const records = texts.map((text, index) => benchRecord(index, text));
  const ours = (): void => texts.forEach((text, index) => extractor.extract(records[index] as ArticleRecord, text));
  const wink = (): void => texts.forEach((text) => nlp.readDoc(text));
  ours();
  wink();
  let oursCpu = 0;
  let winkCpu = 0;
  for (let round = 0; round < rounds; round++) {
    winkCpu += cpuOf(wink);
    oursCpu += cpuOf(ours);
  }
  return winkCpu / oursCpu;
}

function benchRecord(index: number, text: string): ArticleRecord {
  const title = text.split("\n")[0] ?? "";
  return {
    id: `bench-${index}`,
    file: `bench-${index}.txt`,
    title,
    published: "2022-02-01",
    source: null,
    url: null,
    contentHash: "",
    language: "en",
  };
}

/**
 * Row 1: extraction throughput on one core vs `nlp.readDoc` on the same texts (eval/measure-extraction-throughput:
 * token counts from wink, a warm-up round each, then at least one second of timed rounds each).
 */
export function extractionRow(texts: readonly string[]): BenchRow {
  const measured = measureExtractionThroughput(texts);
  const cpuRatio = extractionCpuRatio(texts);
  return {
    name: `extraction, one core (${texts.length} texts)`,
    figure: `${formatNumber(measured.tokensPerSecond)} tokens/s, ${formatNumber(measured.articlesPerSecond)} articles/s`,
    reference: `wink readDoc ${formatNumber(measured.winkTokensPerSecond)} tokens/s (CPU-time ratio ${formatNumber(cpuRatio)})`,
    ratio: measured.ratio,
    target: `ratio ≥ ${EXTRACTION_RATIO_TARGET}`,
    met: measured.ratio >= EXTRACTION_RATIO_TARGET,
  };
}

/** Warm-up of each pool before timing: at least this long and this many full passes (JIT tiers settle in every isolate). */
export const POOL_WARM_UP_MS = 4_000;
export const POOL_WARM_UP_PASSES = 3;
/** Timed passes per pool: at least this long and this many. */
export const POOL_MEASURE_MS = 4_000;
export const POOL_MEASURE_PASSES = 3;

async function timedPoolRun(
  workers: number,
  articles: CleanedArticle[],
): Promise<{ seconds: number; cpuSeconds: number; passes: number; outcomes: ExtractOutcome[] }> {
  const pool = createExtractPool({ workers });
  try {
    // Warm-up: full passes until every isolate (the main thread's, or each worker's) has compiled the extractor to
    // steady state; one pass left the workers' JIT cold while the main thread was already hot from row 1.
    const warmUpStarted = performance.now();
    for (let pass = 0; pass < POOL_WARM_UP_PASSES || performance.now() - warmUpStarted < POOL_WARM_UP_MS; pass++) {
      await pool.extractBatch(articles);
    }
    const cpu = process.cpuUsage();
    const started = performance.now();
    let outcomes: ExtractOutcome[] = [];
    let passes = 0;
    while (passes < POOL_MEASURE_PASSES || performance.now() - started < POOL_MEASURE_MS) {
      outcomes = await pool.extractBatch(articles);
      passes++;
    }
    return { seconds: (performance.now() - started) / 1000 / passes, cpuSeconds: cpuSecondsSince(cpu) / passes, passes, outcomes };
  } finally {
    await pool.close();
  }
}

/** Row 2: the same articles through a warmed 1-worker (in-process) and 2-worker pool; returns the outcomes too. */
export async function parallelRow(articles: CleanedArticle[]): Promise<{ row: BenchRow; outcomes: ExtractOutcome[] }> {
  const one = await timedPoolRun(1, articles);
  const two = await timedPoolRun(2, articles);
  const speedUp = one.seconds / two.seconds;
  // CPU time of the whole process (all threads) is what the load of other processes cannot blur: 2 workers that
  // spend more CPU on the same work bound the speed-up below 2 even on an idle machine.
  const bound = (2 * one.cpuSeconds) / two.cpuSeconds;
  const differing = one.outcomes.filter(
    (outcome, index) => JSON.stringify(outcome) !== JSON.stringify(two.outcomes[index]),
  ).length;
  return {
    row: {
      name: `parallel extraction, 2 workers (${articles.length} articles)`,
      figure:
        `${formatNumber(articles.length / two.seconds)} articles/s, CPU ${formatNumber(two.cpuSeconds)} s per pass (${two.passes} passes) ` +
        `(speed-up bound on 2 idle cores ${formatNumber(bound)}×)` +
        (differing > 0 ? `; ${differing} outcomes differ from 1 worker` : ""),
      reference: `1 worker ${formatNumber(articles.length / one.seconds)} articles/s, CPU ${formatNumber(one.cpuSeconds)} s`,
      ratio: speedUp,
      target: `speed-up ≥ ${PARALLEL_SPEED_UP_TARGET}×`,
      met: speedUp >= PARALLEL_SPEED_UP_TARGET,
    },
    outcomes: two.outcomes,
  };
}
