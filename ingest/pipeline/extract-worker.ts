// Worker-thread side of the extraction pool: builds one extractor from the options it was started with and
// answers each batch message with the outcomes, in order: cleaning results for a clean request, extractions
// otherwise.

import { parentPort, workerData } from "node:worker_threads";
import { cleanArticle } from "../clean/clean-article.ts";
import type { CleanOptions } from "../clean/clean-options.ts";
import { createExtractor } from "../extract/create-extractor.ts";
import type { ExtractorOptions } from "../extract/extractor-options.ts";
import { extractSafely } from "./batch-extractor.ts";
import type { SourceArticle } from "../read/source-article.ts";
import type { CleanedArticle } from "./cleaned-article.ts";

export type WorkerRequest =
  | { id: number; kind: "extract"; articles: CleanedArticle[] }
  | { id: number; kind: "clean"; sources: SourceArticle[]; options: Partial<CleanOptions> };

const options = (workerData as { options: Partial<ExtractorOptions> }).options;
const extractor = createExtractor(options);
parentPort?.on("message", (request: WorkerRequest) => {
  const outcomes =
    request.kind === "clean"
      ? request.sources.map((source) => cleanArticle(source, request.options))
      : request.articles.map((article) => extractSafely(({ record, text }) => extractor.extract(record, text), article));
  parentPort?.postMessage({ id: request.id, outcomes });
});
parentPort?.postMessage({ ready: true });
