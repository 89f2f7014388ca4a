// Extracts batches of cleaned articles, in order. The in-process version runs on this thread; the worker pool
// (extract-pool.ts) spreads batches over worker threads and gives the same output.

import { createExtractor } from "../extract/create-extractor.ts";
import type { ExtractorOptions } from "../extract/extractor-options.ts";
import type { ArticleExtraction } from "../extract/article-extraction.ts";
import type { CleanedArticle } from "./cleaned-article.ts";

export interface BatchExtractor {
  /** Extractions in the order of `articles`. */
  extractBatch(articles: CleanedArticle[]): Promise<ArticleExtraction[]>;
  close(): Promise<void>;
}

export function createInProcessExtractor(options: Partial<ExtractorOptions> = {}): BatchExtractor {
  const extractor = createExtractor(options);
  return {
    extractBatch: async (articles) => articles.map(({ record, text }) => extractor.extract(record, text)),
    close: async () => {},
  };
}
