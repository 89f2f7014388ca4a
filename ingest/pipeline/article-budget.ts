// The per-article budget: an article longer than this many tokens is not extracted but rejected, with one line
// naming it, and the rest of the input goes on. Extraction is linear in an article's length (hostile shapes
// included), so the budget bounds the time one article can take: about 5-10 s per MB of text on one core. It is
// counted in tokens, not seconds, so what a run keeps never depends on the machine or its load: the same input
// gives the same store everywhere.

import type { CleanedArticle } from "./cleaned-article.ts";

export interface ArticleBudget {
  /** Most tokens (words and punctuation marks) one article may have. */
  maxTokens: number;
}

/** 500,000 tokens: about 3 MB of prose, a book; a long news article has under 10,000. */
export const DEFAULT_ARTICLE_BUDGET: ArticleBudget = { maxTokens: 500_000 };

const isWordChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0;
const isSpace = (code: number): boolean => code <= 0x20 || code === 0xa0;

/**
 * Tokens as a tokenizer counts them, closely enough for a budget: each run of letters and digits is one, each
 * other visible character one. One pass, stops counting once over `limit`.
 * @example countTokens("NATO warned Russia, again.") // 5
 */
export function countTokens(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count <= limit; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      if (!inWord) count++;
      inWord = true;
    } else {
      inWord = false;
      if (!isSpace(code)) count++;
    }
  }
  return count;
}

/** The reason `article` is over `budget`, or null when it is within it. */
export function overBudget(article: CleanedArticle, budget: ArticleBudget): string | null {
  const count = countTokens(article.text, budget.maxTokens);
  if (count <= budget.maxTokens) return null;
  return (
    `over the per-article budget of ${budget.maxTokens} tokens (${article.text.length} characters after cleaning); ` +
    `split it into articles, or raise the budget with --max-article-tokens`
  );
}
