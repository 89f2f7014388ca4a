// A pool of worker threads that clean and extract in parallel. Every worker gets the whole batch and claims
// articles one at a time from a shared counter (shared-work-queue.ts), so the workers finish together however the
// articles' costs vary; the outcomes are put back in input order: output is identical to one worker.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { NewsgraphError, UsageError } from "../../graph-schema/index.ts";
import type { ExtractorOptions } from "../extract/extractor-options.ts";
import type { CleanResult } from "../clean/clean-article.ts";
import type { SourceArticle } from "../read/source-article.ts";
import {
  createInProcessExtractor,
  IN_PROCESS_CLEANER,
  type BatchExtractor,
  type ExtractOutcome,
} from "./batch-extractor.ts";
import type { CleanedArticle } from "./cleaned-article.ts";
import type { WorkerRequest } from "./extract-worker.ts";
import { createClaimCounter, joinByIndex, type ClaimedPart } from "./shared-work-queue.ts";

export const MAX_WORKERS = 64;
export const DEFAULT_MIN_BATCH_FOR_WORKERS = 16;

/** Workers to use by default: one per core. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** A request as posted: the worker file's request without the id the pool gives it. */
type PoolRequest = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

interface PendingBatch {
  resolve: (part: ClaimedPart<unknown>) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, PendingBatch>;
  failed: Error | null;
}

function startWorker(options: Partial<ExtractorOptions>): PoolWorker {
  const worker = new Worker(new URL("./run-ts-worker.mjs", import.meta.url), {
    workerData: { entry: new URL("./extract-worker.ts", import.meta.url).href, options },
  });
  const entry: PoolWorker = { worker, ready: Promise.resolve(), pending: new Map(), failed: null };
  entry.ready = new Promise((resolve, reject) => {
    worker.on("message", (message: { ready?: boolean; id?: number; part?: ClaimedPart<unknown> }) => {
      if (message.ready) return resolve();
      const done = entry.pending.get(message.id ?? -1);
      entry.pending.delete(message.id ?? -1);
      done?.resolve(message.part ?? { indices: [], outcomes: [] });
    });
    // One handler per worker (not per batch, which would keep every batch's outcomes alive): a crashed worker
    // fails the batches it holds.
    worker.on("error", (error) => {
      entry.failed = error;
      for (const batch of entry.pending.values()) batch.reject(error);
      entry.pending.clear();
      reject(error);
    });
    // A worker that ends without an error event (killed, out of memory) fails what it holds too, never leaving
    // the batch waiting; after close() nothing is pending.
    worker.on("exit", (code) => {
      const error = new Error(`the worker thread exited (code ${code}) while extracting`);
      entry.failed ??= error;
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

  async function run(entry: PoolWorker, request: PoolRequest): Promise<ClaimedPart<unknown>> {
    await entry.ready;
    if (entry.failed) throw entry.failed;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, ...request });
    });
  }

  /** Sends the batch to every worker with one shared claim counter and joins their parts in input order. */
  async function spread<T, O>(items: T[], request: (counter: SharedArrayBuffer) => PoolRequest): Promise<O[]> {
    if (workers.length === 0) workers = Array.from({ length: settings.workers }, () => startWorker(options));
    const counter = createClaimCounter();
    let parts: ClaimedPart<unknown>[];
    try {
      parts = await Promise.all(workers.map((entry) => run(entry, request(counter))));
    } catch (error) {
      throw new NewsgraphError("INTERNAL", `an extraction worker failed: ${(error as Error).message}`, {
        cause: error,
        hint: "run again with --workers 1 to extract on the main thread, and report it",
      });
    }
    return joinByIndex(items.length, parts as ClaimedPart<O>[]);
  }

  return {
    async extractBatch(articles) {
      if (articles.length < minBatch) return inProcess().extractBatch(articles);
      return spread<CleanedArticle, ExtractOutcome>(articles, (counter) => ({ kind: "extract", counter, articles }));
    },
    async cleanBatch(sources, cleanOptions) {
      // Cleaning needs no extractor: a small batch does not load a language model on this thread.
      if (sources.length < minBatch) return IN_PROCESS_CLEANER.cleanBatch(sources, cleanOptions);
      return spread<SourceArticle, CleanResult>(sources, (counter) => ({
        kind: "clean",
        counter,
        sources,
        options: cleanOptions,
      }));
    },
    async close() {
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}
