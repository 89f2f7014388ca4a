// Quotations as token ranges: from an opening quote mark to its closing one within a paragraph, across sentence
// breaks ("We are not attacking Russia. We are helping Ukraine," Biden said). A verb of speaking whose reported clause
// lies inside a quotation reports all of it, the sentences before its own included.

import type { AnalyzedText, Token } from "../../nlp/analyze-text.ts";

/** A quotation: the tokens from its opening mark to its closing mark, both included. */
export interface QuoteSpan {
  start: number;
  end: number;
}

const OPENING = new Set(["\u201c", "\u00ab", "\u201e"]);
const CLOSING = new Set(["\u201d", "\u00bb"]);
const STRAIGHT = '"';

/** Whether a token may open a quotation (a straight quote opens one as well as closes one). */
export const opensQuotation = (text: string): boolean => OPENING.has(text) || text === STRAIGHT;
/** Whether a token may close a quotation. */
export const closesQuotation = (text: string): boolean => CLOSING.has(text) || text === STRAIGHT;

/** The quotations of an article, in order; an unclosed mark ends at its paragraph's end. */
export function quoteSpans(analyzed: AnalyzedText): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const { tokens, sentences } = analyzed;
  let open = -1;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      open = -1;
      paragraph = sentence.paragraph;
    }
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const text = (tokens[i] as Token).text;
      if (open < 0 && opensQuotation(text)) open = i;
      else if (open >= 0 && closesQuotation(text)) {
        spans.push({ start: open, end: i });
        open = -1;
      }
    }
  }
  return spans;
}

/** The quotation holding token `i`, or null. */
export function quoteAt(spans: readonly QuoteSpan[], i: number): QuoteSpan | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as QuoteSpan;
    if (i < span.start) high = middle - 1;
    else if (i > span.end) low = middle + 1;
    else return span;
  }
  return null;
}
