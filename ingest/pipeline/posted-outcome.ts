// An extraction outcome as a worker posts it back: without the article's record and text, which the main thread
// already holds (the extractor returns them as it was given them). Structured cloning is paid on both threads and
// the main thread's share lies on the critical path of every batch: on 160 news articles the text was 64% of the
// bytes and a quarter of the time cloning the outcomes took.

import type { ArticleExtraction } from "../extract/article-extraction.ts";
import type { ExtractOutcome } from "./batch-extractor.ts";
import type { CleanedArticle } from "./cleaned-article.ts";

export type PostedOutcome =
  | { kind: "extracted"; extraction: Omit<ArticleExtraction, "article" | "text"> }
  | Extract<ExtractOutcome, { kind: "failed" }>;

/** The outcome without what the main thread holds. */
export function toPostedOutcome(outcome: ExtractOutcome): PostedOutcome {
  if (outcome.kind === "failed") return outcome;
  const { article: _article, text: _text, ...rest } = outcome.extraction;
  return { kind: "extracted", extraction: rest };
}

/** The outcome of `article` as the extractor returned it. */
export function fromPostedOutcome(posted: PostedOutcome, article: CleanedArticle): ExtractOutcome {
  if (posted.kind === "failed") return posted;
  return { kind: "extracted", extraction: { article: article.record, text: article.text, ...posted.extraction } };
}
