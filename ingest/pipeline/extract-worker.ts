// Worker-thread side of the extraction pool: builds one extractor from the options it was started with and
// answers each batch message with the outcomes, in order.

import { parentPort, workerData } from "node:worker_threads";
import { createExtractor } from "../extract/create-extractor.ts";
import type { ExtractorOptions } from "../extract/extractor-options.ts";
import { extractSafely } from "./batch-extractor.ts";
import type { CleanedArticle } from "./cleaned-article.ts";

export interface ExtractRequest {
  id: number;
  articles: CleanedArticle[];
}

const options = (workerData as { options: Partial<ExtractorOptions> }).options;
const extractor = createExtractor(options);
parentPort?.on("message", (request: ExtractRequest) => {
  const outcomes = request.articles.map((article) =>
    extractSafely(({ record, text }) => extractor.extract(record, text), article),
  );
  parentPort?.postMessage({ id: request.id, outcomes });
});
parentPort?.postMessage({ ready: true });
