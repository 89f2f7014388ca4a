// The parallel row's ceiling: wink readDoc alone on one thread (this one) or on worker threads that share each
// pass through a claim counter, the way the extraction pool shares a batch. Its 2-against-1 speed-up on the same
// texts is what the machine allows the library the extractor is built on.

import { Worker } from "node:worker_threads";
import { loadWinkNlp } from "../ingest/nlp/load-wink-nlp.ts";
import { createClaimCounter } from "../ingest/pipeline/shared-work-queue.ts";
import type { ReadDocRequest } from "./readdoc-worker.ts";

/** wink readDoc over a pass of texts, on one thread or several (createReadDocPool). */
export interface ReadDocPool {
  /** Reads every text with wink readDoc; resolves to the number of tokens read. */
  read(texts: string[]): Promise<number>;
  close(): Promise<void>;
}

interface ReadDocWorker {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (tokens: number) => void; reject: (error: Error) => void }>;
}

function startWorker(): ReadDocWorker {
  const worker = new Worker(new URL("../ingest/pipeline/run-ts-worker.mjs", import.meta.url), {
    workerData: { entry: new URL("./readdoc-worker.ts", import.meta.url).href },
  });
  const pending: ReadDocWorker["pending"] = new Map();
  const ready = new Promise<void>((resolve, reject) => {
    worker.on("message", (message: { ready?: boolean; id?: number; tokens?: number }) => {
      if (message.ready) return resolve();
      pending.get(message.id ?? -1)?.resolve(message.tokens ?? 0);
      pending.delete(message.id ?? -1);
    });
    // A crashed worker fails its pass instead of leaving it waiting.
    worker.on("error", (error) => {
      for (const pass of pending.values()) pass.reject(error);
      pending.clear();
      reject(error);
    });
  });
  ready.catch(() => {});
  return { worker, ready, pending };
}

/**
 * readDoc on this thread (`threads` 1) or on `threads` workers.
 * @example
 * const pool = createReadDocPool(2);
 * const tokens = await pool.read(texts);
 * await pool.close();
 */
export function createReadDocPool(threads: number): ReadDocPool {
  if (threads === 1) {
    const nlp = loadWinkNlp();
    return {
      read: async (texts) => texts.reduce((sum, text) => sum + nlp.readDoc(text).tokens().length(), 0),
      close: async () => {},
    };
  }
  const workers = Array.from({ length: threads }, startWorker);
  let nextId = 0;
  return {
    async read(texts) {
      const counter = createClaimCounter();
      const counts = await Promise.all(
        workers.map(async (entry) => {
          await entry.ready;
          const id = nextId++;
          return new Promise<number>((resolve, reject) => {
            entry.pending.set(id, { resolve, reject });
            entry.worker.postMessage({ id, texts, counter } satisfies ReadDocRequest);
          });
        }),
      );
      return counts.reduce((sum, count) => sum + count, 0);
    },
    close: async () => void (await Promise.all(workers.map((entry) => entry.worker.terminate()))),
  };
}
