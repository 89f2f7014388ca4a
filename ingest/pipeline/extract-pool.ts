// A pool of worker threads that clean and extract in parallel. Each batch is cut into one contiguous slice per
// worker, balanced by text length, and the outcomes are put back in input order: output is identical to one worker.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { NewsgraphError, UsageError } from "../../graph-schema/index.ts";
import type { ExtractorOptions } from "../extract/extractor-options.ts";
import type { CleanResult } from "../clean/clean-article.ts";
import type { SourceArticle } from "../read/source-article.ts";
import { createInProcessExtractor, type BatchExtractor, type ExtractOutcome } from "./batch-extractor.ts";
import type { CleanedArticle } from "./cleaned-article.ts";
import type { WorkerRequest } from "./extract-worker.ts";

export const MAX_WORKERS = 64;
export const DEFAULT_MIN_BATCH_FOR_WORKERS = 16;

/** Workers to use by default: one per core. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** A request as posted: the worker file's request without the id the pool gives it. */
type PoolRequest = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

interface PendingBatch {
  resolve: (outcomes: unknown[]) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, PendingBatch>;
  failed: Error | null;
}

/** Slices `articles` into at most `parts` contiguous runs of similar total text length. */
export function sliceByLength<T extends { text: string }>(articles: T[], parts: number): T[][] {
  const total = articles.reduce((sum, article) => sum + article.text.length, 0);
  const target = total / parts;
  const slices: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const article of articles) {
    current.push(article);
    size += article.text.length;
    if (size >= target && slices.length < parts - 1) {
      slices.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) slices.push(current);
  return slices;
}

function startWorker(options: Partial<ExtractorOptions>): PoolWorker {
  const worker = new Worker(new URL("./run-ts-worker.mjs", import.meta.url), {
    workerData: { entry: new URL("./extract-worker.ts", import.meta.url).href, options },
  });
  const entry: PoolWorker = { worker, ready: Promise.resolve(), pending: new Map(), failed: null };
  entry.ready = new Promise((resolve, reject) => {
    worker.on("message", (message: { ready?: boolean; id?: number; outcomes?: unknown[] }) => {
      if (message.ready) return resolve();
      const done = entry.pending.get(message.id ?? -1);
      entry.pending.delete(message.id ?? -1);
      done?.resolve(message.outcomes ?? []);
    });
    // One handler per worker (not per batch, which would keep every batch's outcomes alive): a crashed worker
    // fails the batches it holds.
    worker.on("error", (error) => {
      entry.failed = error;
      for (const batch of entry.pending.values()) batch.reject(error);
      entry.pending.clear();
      reject(error);
    });
  });
  entry.ready.catch(() => {});
  return entry;
}

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
  /** Batches smaller than this are extracted in-process (starting threads costs more than it saves). */
  minBatchForWorkers?: number;
}): BatchExtractor {
  const options = { ...(settings.extractor ?? {}), nlp: null };
  if (!Number.isInteger(settings.workers) || settings.workers < 1 || settings.workers > MAX_WORKERS) {
    throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}; found ${settings.workers}`);
  }
  let local: BatchExtractor | null = null;
  const inProcess = (): BatchExtractor => (local ??= createInProcessExtractor(options));
  if (settings.workers === 1) return inProcess();
  const minBatch = settings.minBatchForWorkers ?? DEFAULT_MIN_BATCH_FOR_WORKERS;
  let workers: PoolWorker[] = [];
  let nextId = 0;

  async function run(entry: PoolWorker, request: PoolRequest): Promise<unknown[]> {
    await entry.ready;
    if (entry.failed) throw entry.failed;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, ...request });
    });
  }

  /** Runs one request per slice of `items` on the workers and joins the outcomes in input order. */
  async function spread<T extends { text: string }, O>(items: T[], request: (slice: T[]) => PoolRequest): Promise<O[]> {
    if (workers.length === 0) workers = Array.from({ length: settings.workers }, () => startWorker(options));
    const slices = sliceByLength(items, workers.length);
    try {
      const results = await Promise.all(slices.map((slice, index) => run(workers[index]!, request(slice))));
      return results.flat() as O[];
    } catch (error) {
      throw new NewsgraphError("INTERNAL", `an extraction worker failed: ${(error as Error).message}`, { cause: error });
    }
  }

  return {
    async extractBatch(articles) {
      if (articles.length < minBatch) return inProcess().extractBatch(articles);
      return spread<CleanedArticle, ExtractOutcome>(articles, (slice) => ({ kind: "extract", articles: slice }));
    },
    async cleanBatch(sources, cleanOptions) {
      if (sources.length < minBatch) return inProcess().cleanBatch(sources, cleanOptions);
      return spread<SourceArticle, CleanResult>(sources, (slice) => ({ kind: "clean", sources: slice, options: cleanOptions }));
    },
    async close() {
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}
