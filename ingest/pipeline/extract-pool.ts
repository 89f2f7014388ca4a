// A pool of worker threads that clean and extract in parallel. Every worker gets the whole batch and claims
// articles one at a time from a shared counter (shared-work-queue.ts), longest first, so the workers finish
// together however the articles' costs vary; the outcomes are put back in input order: output is identical to one
// worker.

import { availableParallelism } from "node:os";
import { NewsgraphError, UsageError } from "../../graph-schema/index.ts";
import type { ExtractorOptions } from "../extract/extractor-options.ts";
import { DEFAULT_ARTICLE_BUDGET, type ArticleBudget } from "./article-budget.ts";
import type { CleanResult } from "../clean/clean-article.ts";
import type { SourceArticle } from "../read/source-article.ts";
import { createInProcessExtractor, IN_PROCESS_CLEANER, type BatchExtractor } from "./batch-extractor.ts";
import type { CleanedArticle } from "./cleaned-article.ts";
import type { WorkerRequest } from "./extract-worker.ts";
import { fromPostedOutcome, type PostedOutcome } from "./posted-outcome.ts";
import { createClaimCounter, joinByIndex, longestFirst, type ClaimedPart } from "./shared-work-queue.ts";
import { startPoolThread, type PoolThread } from "./start-pool-thread.ts";

export const MAX_WORKERS = 64;
export const DEFAULT_MIN_BATCH_FOR_WORKERS = 16;

/** Workers to use by default: one per core. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** A request as posted: the worker file's request without the id the pool gives it. */
type PoolRequest = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/**
 * Extraction over `workers` threads (1 = in-process, no threads).
 * @example
 * const pool = createExtractPool({ workers: 2 });
 * const outcomes = await pool.extractBatch(articles);
 * await pool.close();
 */
export function createExtractPool(settings: {
  workers: number;
  extractor?: Partial<ExtractorOptions>;
  /** The per-article budget (DEFAULT_ARTICLE_BUDGET when absent). */
  budget?: ArticleBudget;
  /** Batches smaller than this are extracted in-process (starting threads costs more than it saves). */
  minBatchForWorkers?: number;
}): BatchExtractor {
  const options = { ...(settings.extractor ?? {}), nlp: null };
  if (!Number.isInteger(settings.workers) || settings.workers < 1 || settings.workers > MAX_WORKERS) {
    throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}; found ${settings.workers}`);
  }
  let local: BatchExtractor | null = null;
  const budget = settings.budget ?? DEFAULT_ARTICLE_BUDGET;
  const inProcess = (): BatchExtractor => (local ??= createInProcessExtractor(options, budget));
  if (settings.workers === 1) return inProcess();
  const minBatch = settings.minBatchForWorkers ?? DEFAULT_MIN_BATCH_FOR_WORKERS;
  let workers: PoolThread<PoolRequest, ClaimedPart<unknown>>[] = [];
  const startWorker = () =>
    startPoolThread<PoolRequest, ClaimedPart<unknown>>(new URL("./extract-worker.ts", import.meta.url), {
      options,
      budget,
    });

  /** Sends the batch to every worker with one shared claim counter and joins their parts in input order. */
  async function spread<T extends CleanedArticle | SourceArticle, O>(
    items: T[],
    request: (claims: { counter: SharedArrayBuffer; order: number[] }) => PoolRequest,
  ): Promise<O[]> {
    if (workers.length === 0) workers = Array.from({ length: settings.workers }, startWorker);
    const claims = { counter: createClaimCounter(), order: longestFirst(items, (item) => item.text.length) };
    let parts: ClaimedPart<unknown>[];
    try {
      parts = await Promise.all(workers.map((worker) => worker.send(request(claims))));
    } catch (error) {
      throw new NewsgraphError("INTERNAL", `an extraction worker failed: ${(error as Error).message}`, {
        cause: error,
        hint: "run again with --workers 1 to extract on the main thread, and report it",
      });
    }
    return joinByIndex(items.length, parts as ClaimedPart<O>[]);
  }

  let finished = 0;
  const running = new Set<{ counter: Int32Array; size: number }>();
  return {
    extracted() {
      let claimed = finished;
      for (const batch of running) claimed += Math.min(Atomics.load(batch.counter, 0), batch.size);
      return claimed;
    },
    async extractBatch(articles) {
      if (articles.length < minBatch) {
        const outcomes = await inProcess().extractBatch(articles);
        finished += articles.length;
        return outcomes;
      }
      let batch: { counter: Int32Array; size: number } | null = null;
      const posted = await spread<CleanedArticle, PostedOutcome>(articles, (claims) => {
        if (batch === null) running.add((batch = { counter: new Int32Array(claims.counter), size: articles.length }));
        return { kind: "extract", ...claims, articles };
      }).finally(() => {
        if (batch !== null) running.delete(batch);
        finished += articles.length;
      });
      return posted.map((outcome, index) => fromPostedOutcome(outcome, articles[index] as CleanedArticle));
    },
    async cleanBatch(sources, cleanOptions) {
      // Cleaning needs no extractor: a small batch does not load a language model on this thread.
      if (sources.length < minBatch) return IN_PROCESS_CLEANER.cleanBatch(sources, cleanOptions);
      return spread<SourceArticle, CleanResult>(sources, (claims) => ({
        kind: "clean",
        ...claims,
        sources,
        options: cleanOptions,
      }));
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
