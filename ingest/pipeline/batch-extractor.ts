// Cleans and extracts batches of articles, in order. The in-process version runs on this thread; the worker pool
// (extract-pool.ts) spreads batches over worker threads and gives the same output. An article whose extraction
// throws becomes a failed outcome (reported as a rejection), never an aborted batch.

import { cleanArticle, type CleanResult } from "../clean/clean-article.ts";
import type { CleanOptions } from "../clean/clean-options.ts";
import { createExtractor } from "../extract/create-extractor.ts";
import type { ExtractorOptions } from "../extract/extractor-options.ts";
import type { ArticleExtraction } from "../extract/article-extraction.ts";
import type { SourceArticle } from "../read/source-article.ts";
import { DEFAULT_ARTICLE_BUDGET, overBudget, type ArticleBudget } from "./article-budget.ts";
import type { CleanedArticle } from "./cleaned-article.ts";

export type ExtractOutcome =
  | { kind: "extracted"; extraction: ArticleExtraction }
  | { kind: "failed"; file: string; reason: string; code?: "TOO_LARGE" };

/** Cleans batches of read articles (see readCleanArticles): one result per article, in order. */
export interface BatchCleaner {
  cleanBatch(sources: SourceArticle[], options: Partial<CleanOptions>): Promise<CleanResult[]>;
}

/** Cleaning on this thread. */
export const IN_PROCESS_CLEANER: BatchCleaner = {
  cleanBatch: async (sources, options) => sources.map((source) => cleanArticle(source, options)),
};

export interface BatchExtractor extends BatchCleaner {
  /** One outcome per article, in the order of `articles`. */
  extractBatch(articles: CleanedArticle[]): Promise<ExtractOutcome[]>;
  /**
   * Articles of extraction batches taken up so far (finished batches whole, the running batch's claimed ones), for
   * progress between batches; absent where extraction blocks this thread anyway.
   */
  extracted?(): number;
  close(): Promise<void>;
}

/**
 * Extracts one article, turning an exception into a failed outcome that names the article; an article over
 * `budget` is not extracted and fails with TOO_LARGE.
 */
export function extractSafely(
  extract: (article: CleanedArticle) => ArticleExtraction,
  article: CleanedArticle,
  budget: ArticleBudget = DEFAULT_ARTICLE_BUDGET,
): ExtractOutcome {
  try {
    const over = overBudget(article, budget);
    if (over !== null) return { kind: "failed", file: article.record.file, reason: over, code: "TOO_LARGE" };
    return { kind: "extracted", extraction: extract(article) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: "failed",
      file: article.record.file,
      reason: `extraction failed (${message.slice(0, 200)}); please report it`,
    };
  }
}

export function createInProcessExtractor(
  options: Partial<ExtractorOptions> = {},
  budget: ArticleBudget = DEFAULT_ARTICLE_BUDGET,
): BatchExtractor {
  const extractor = createExtractor(options);
  const extract = ({ record, text }: CleanedArticle): ArticleExtraction => extractor.extract(record, text);
  return {
    extractBatch: async (articles) => articles.map((article) => extractSafely(extract, article, budget)),
    cleanBatch: IN_PROCESS_CLEANER.cleanBatch,
    close: async () => {},
  };
}
