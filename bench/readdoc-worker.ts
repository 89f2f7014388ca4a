// Worker-thread side of the benchmark's readDoc pool: wink readDoc alone over the texts of each message, claimed
// one at a time from the message's shared counter, answering with the number of tokens it read (start-pool-thread.ts).

import { parentPort } from "node:worker_threads";
import { loadWinkNlp } from "../ingest/nlp/load-wink-nlp.ts";
import { claimEach } from "../ingest/pipeline/shared-work-queue.ts";

/** A pass as every worker receives it; `counter` is shared by the workers of the pass. */
export interface ReadDocRequest {
  id: number;
  texts: string[];
  counter: SharedArrayBuffer;
}

const nlp = loadWinkNlp();
parentPort?.on("message", (request: ReadDocRequest) => {
  const part = claimEach(request.counter, request.texts, (text) => nlp.readDoc(text).tokens().length());
  parentPort?.postMessage({ id: request.id, reply: part.outcomes.reduce((sum, count) => sum + count, 0) });
});
parentPort?.postMessage({ ready: true });
