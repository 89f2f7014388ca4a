// Row 2 of the benchmark: the worker pool with 2 workers against 1 (in-process, as `--workers 1` runs) on the same
// articles, both pools kept alive and timed in interleaved rounds so that a change of machine load hits both sides.
// In the same rounds, wink readDoc alone on 2 threads against 1 gives the ceiling the machine allows.

import type { BatchExtractor, ExtractOutcome } from "../ingest/pipeline/batch-extractor.ts";
import type { CleanedArticle } from "../ingest/pipeline/cleaned-article.ts";
import { createExtractPool } from "../ingest/pipeline/extract-pool.ts";
import { formatNumber, type BenchRow } from "./bench-table.ts";
import { createReadDocPool } from "./readdoc-pool.ts";

export const PARALLEL_SPEED_UP_TARGET = 1.7;
/**
 * Warm-up before timing, passes alternating between the pools: at least this many passes each and this long in all.
 * JIT tiers must settle in every isolate (the main thread's and each worker's): on 160 articles a fresh 2-worker
 * pool took 2.5, 0.72, 0.53, 0.45, 0.41 and 0.38 s for its first six passes, so fewer passes bias round 1 against it.
 */
export const POOL_WARM_UP_MS = 3_000;
export const POOL_WARM_UP_PASSES = 5;

/** Median, lowest and highest of a set of per-round values. */
export interface RoundSpread {
  median: number;
  min: number;
  max: number;
}

/**
 * The median (mean of the middle two for an even count), min and max of `values`; NaN for none.
 * @example roundSpread([1.9, 1.6, 1.8, 2.0]); // { median: 1.85, min: 1.6, max: 2 }
 */
export function roundSpread(values: readonly number[]): RoundSpread {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

/** Which pool goes first in round `round`: 1 then 2 in even rounds, 2 then 1 in odd ones (A B, B A, …), so that
 * neither side always runs right after the other's garbage or on a cooler cache. */
export function roundOrder(round: number): readonly [1 | 2, 1 | 2] {
  return round % 2 === 0 ? [1, 2] : [2, 1];
}

interface PassTiming {
  seconds: number;
  /** CPU seconds of the whole process (all threads) during the pass. */
  cpuSeconds: number;
}

export interface ParallelFigures {
  rounds: number;
  /** Per round: 1-worker pass seconds over 2-worker pass seconds. */
  speedUps: number[];
  oneWorkerSeconds: number[];
  twoWorkerSeconds: number[];
  /** CPU seconds of the process (all threads) per pass: tells a slower pass that did more work from one that waited. */
  oneWorkerCpuSeconds: number[];
  twoWorkerCpuSeconds: number[];
  /** 2 × CPU of 1 worker over CPU of 2 workers, summed over the rounds: the speed-up 2 idle cores would allow. */
  cpuBound: number;
  differingOutcomes: number;
  /** Per round: wink readDoc alone on the same texts, 1 thread's pass seconds over 2 threads'. */
  readDocSpeedUps: number[];
}

async function timedPass(
  pool: BatchExtractor,
  articles: CleanedArticle[],
): Promise<{ timing: PassTiming; outcomes: ExtractOutcome[] }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const outcomes = await pool.extractBatch(articles);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { timing: { seconds, cpuSeconds: (used.user + used.system) / 1e6 }, outcomes };
}

/**
 * Row 2: `rounds` interleaved timed passes of the same articles through a warmed 1-worker pool (in-process, the
 * CLI's `--workers 1`) and a warmed 2-worker pool; the ratio is the median of the per-round speed-ups, the figure
 * gives their spread. `twoWorkers` is the caller's `createExtractPool({ workers: 2 })`, left open (warm) for it to
 * reuse. Returns the 2-worker outcomes and the per-round figures too.
 */
export async function parallelRow(
  articles: CleanedArticle[],
  rounds: number,
  twoWorkers: BatchExtractor,
  log: (line: string) => void,
): Promise<{ row: BenchRow; outcomes: ExtractOutcome[]; figures: ParallelFigures }> {
  const pools = { 1: createExtractPool({ workers: 1 }), 2: twoWorkers } as const;
  const readers = { 1: createReadDocPool(1), 2: createReadDocPool(2) } as const;
  const texts = articles.map((article) => article.text);
  try {
    const warmUpStarted = performance.now();
    for (let pass = 0; pass < POOL_WARM_UP_PASSES || performance.now() - warmUpStarted < POOL_WARM_UP_MS; pass++) {
      for (const workers of roundOrder(pass)) {
        await pools[workers].extractBatch(articles);
        await readers[workers].read(texts);
      }
    }
    const readDocSeconds: Record<1 | 2, number[]> = { 1: [], 2: [] };
    const timings: Record<1 | 2, PassTiming[]> = { 1: [], 2: [] };
    const outcomes: Record<1 | 2, ExtractOutcome[]> = { 1: [], 2: [] };
    for (let round = 0; round < rounds; round++) {
      for (const workers of roundOrder(round)) {
        const pass = await timedPass(pools[workers], articles);
        timings[workers].push(pass.timing);
        outcomes[workers] = pass.outcomes;
      }
      for (const threads of roundOrder(round + 1)) {
        const started = performance.now();
        await readers[threads].read(texts);
        readDocSeconds[threads].push((performance.now() - started) / 1000);
      }
      const one = timings[1][round] as PassTiming;
      const two = timings[2][round] as PassTiming;
      log(
        `  round ${round + 1}/${rounds}: 1 worker ${one.seconds.toFixed(3)} s, 2 workers ${two.seconds.toFixed(3)} s, ` +
          `speed-up ${(one.seconds / two.seconds).toFixed(2)}×; readDoc alone ` +
          `${((readDocSeconds[1][round] as number) / (readDocSeconds[2][round] as number)).toFixed(2)}×`,
      );
    }
    const seconds = (workers: 1 | 2): number[] => timings[workers].map((timing) => timing.seconds);
    const cpu = (workers: 1 | 2): number => timings[workers].reduce((sum, timing) => sum + timing.cpuSeconds, 0);
    const speedUps = timings[1].map((one, round) => one.seconds / (timings[2][round] as PassTiming).seconds);
    const figures: ParallelFigures = {
      rounds,
      speedUps,
      oneWorkerSeconds: seconds(1),
      twoWorkerSeconds: seconds(2),
      oneWorkerCpuSeconds: timings[1].map((timing) => timing.cpuSeconds),
      twoWorkerCpuSeconds: timings[2].map((timing) => timing.cpuSeconds),
      cpuBound: (2 * cpu(1)) / cpu(2),
      differingOutcomes: outcomes[1].filter(
        (outcome, index) => JSON.stringify(outcome) !== JSON.stringify(outcomes[2][index]),
      ).length,
      readDocSpeedUps: readDocSeconds[1].map((one, round) => one / (readDocSeconds[2][round] as number)),
    };
    const speedUp = roundSpread(speedUps);
    const ceiling = roundSpread(figures.readDocSpeedUps);
    const perSecond = (workers: 1 | 2): string => formatNumber(articles.length / roundSpread(seconds(workers)).median);
    return {
      row: {
        name: `parallel extraction, 2 workers (${articles.length} articles)`,
        figure:
          `${perSecond(2)} articles/s, CPU ${formatNumber(cpu(2) / rounds)} s per pass; speed-up median of ${rounds} ` +
          `interleaved rounds, spread ${formatNumber(speedUp.min)}–${formatNumber(speedUp.max)}× ` +
          `(bound on 2 idle cores from CPU time ${formatNumber(figures.cpuBound)}×); wink readDoc alone on the same ` +
          `texts, same rounds: ${formatNumber(ceiling.median)}× (spread ${formatNumber(ceiling.min)}–${formatNumber(ceiling.max)}×)` +
          (figures.differingOutcomes > 0
            ? `; ${figures.differingOutcomes} outcomes differ from 1 worker`
            : "; outcomes identical to 1 worker"),
        reference: `1 worker (in-process, as --workers 1) ${perSecond(1)} articles/s, CPU ${formatNumber(cpu(1) / rounds)} s per pass`,
        ratio: speedUp.median,
        target: `speed-up ≥ ${PARALLEL_SPEED_UP_TARGET}×, same outcomes`,
        met: speedUp.median >= PARALLEL_SPEED_UP_TARGET && figures.differingOutcomes === 0,
      },
      outcomes: outcomes[2],
      figures,
    };
  } finally {
    await Promise.all([pools[1].close(), readers[1].close(), readers[2].close()]);
  }
}
