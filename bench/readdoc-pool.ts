// The parallel row's ceiling: wink readDoc alone on one thread (this one) or on worker threads that share each
// pass through a claim counter, the way the extraction pool shares a batch. Its 2-against-1 speed-up on the same
// texts is what the machine allows the library the extractor is built on.

import { loadWinkNlp } from "../ingest/nlp/load-wink-nlp.ts";
import { createClaimCounter } from "../ingest/pipeline/shared-work-queue.ts";
import { startPoolThread } from "../ingest/pipeline/start-pool-thread.ts";
import type { ReadDocRequest } from "./readdoc-worker.ts";

/** wink readDoc over a pass of texts, on one thread or several (createReadDocPool). */
export interface ReadDocPool {
  /** Reads every text with wink readDoc; resolves to the number of tokens read. */
  read(texts: string[]): Promise<number>;
  close(): Promise<void>;
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
  const workers = Array.from({ length: threads }, () =>
    startPoolThread<Omit<ReadDocRequest, "id">, number>(new URL("./readdoc-worker.ts", import.meta.url)),
  );
  return {
    async read(texts) {
      const counter = createClaimCounter();
      const counts = await Promise.all(workers.map((worker) => worker.send({ texts, counter })));
      return counts.reduce((sum, count) => sum + count, 0);
    },
    close: async () => void (await Promise.all(workers.map((worker) => worker.terminate()))),
  };
}
