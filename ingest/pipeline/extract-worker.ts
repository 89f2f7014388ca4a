// Worker-thread side of the extraction pool: builds one extractor from the options it was started with and, for
// each batch message, claims articles from the batch's shared counter until none is left, answering with the
// outcomes of the ones it claimed: cleaning results for a clean request, extractions otherwise (posted-outcome.ts).
// It runs at a lower priority than the main thread (lower-thread-priority.ts).

import { parentPort, workerData } from "node:worker_threads";
import { cleanArticle } from "../clean/clean-article.ts";
import type { CleanOptions } from "../clean/clean-options.ts";
import { createExtractor } from "../extract/create-extractor.ts";
import type { ExtractorOptions } from "../extract/extractor-options.ts";
import type { ArticleBudget } from "./article-budget.ts";
import { extractSafely } from "./batch-extractor.ts";
import type { SourceArticle } from "../read/source-article.ts";
import type { CleanedArticle } from "./cleaned-article.ts";
import { toPostedOutcome } from "./posted-outcome.ts";
import { lowerThisThreadPriority } from "./lower-thread-priority.ts";
import { claimEach } from "./shared-work-queue.ts";

/**
 * A batch as every worker receives it; `counter` is shared by all of them, and they claim items in `order`
 * (see shared-work-queue.ts).
 */
export type WorkerRequest = { id: number; counter: SharedArrayBuffer; order: number[] } & (
  | { kind: "extract"; articles: CleanedArticle[] }
  | { kind: "clean"; sources: SourceArticle[]; options: Partial<CleanOptions> }
);

lowerThisThreadPriority();
const { options, budget } = workerData as { options: Partial<ExtractorOptions>; budget: ArticleBudget };
const extractor = createExtractor(options);
parentPort?.on("message", (request: WorkerRequest) => {
  const part =
    request.kind === "clean"
      ? claimEach(request.counter, request.sources, (source) => cleanArticle(source, request.options), request.order)
      : claimEach(
          request.counter,
          request.articles,
          (article) =>
            toPostedOutcome(extractSafely(({ record, text }) => extractor.extract(record, text), article, budget)),
          request.order,
        );
  parentPort?.postMessage({ id: request.id, reply: part });
});
parentPort?.postMessage({ ready: true });
