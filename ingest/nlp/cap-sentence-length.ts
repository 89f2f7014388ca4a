// A bound on sentence length, in tokens. Extraction looks for each verb's subject, object, modality and
// coordination across its sentence, so its cost grows with the square of a sentence's length: a 100 KB paragraph
// with no full stop (names and verbs repeated, a list, a scraped table) took 8.5 s, 1 MB would take minutes. No
// sentence of real news is that long: the longest of 12,593 sentences in 495 articles of the development corpus
// has 176 tokens (99.9% have at most 95). A longer sentence is cut into pieces of at most MAX_SENTENCE_TOKENS,
// each ending at the last punctuation mark of its second half when there is one, so each piece reads like a clause.

import type { Sentence, Token } from "./analyze-text.ts";

export const MAX_SENTENCE_TOKENS = 200;

/** Where a piece of `tokens[from, limit)` ends (exclusive): after its last punctuation mark in its second half. */
function pieceEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = limit - 1; k > from + (limit - from) / 2; k--) if ((tokens[k] as Token).pos === "PUNCT") return k + 1;
  return limit;
}

/**
 * `sentences` with every sentence longer than `max` tokens cut into consecutive pieces of at most `max` tokens
 * (whitespace trimmed at their ends), renumbered, each token's `sentence` set to its piece. Returns `sentences`
 * itself when none is too long. Linear in the number of tokens.
 */
export function capSentenceLength(
  sentences: Sentence[],
  tokens: Token[],
  max: number = MAX_SENTENCE_TOKENS,
): Sentence[] {
  if (sentences.every((sentence) => sentence.tokenEnd - sentence.tokenStart <= max)) return sentences;
  const capped: Sentence[] = [];
  const push = (from: number, to: number, paragraph: number): void => {
    while (from < to && (tokens[from] as Token).pos === "SPACE") from++;
    while (to > from && (tokens[to - 1] as Token).pos === "SPACE") to--;
    if (from === to) return;
    const index = capped.length;
    capped.push({
      index,
      tokenStart: from,
      tokenEnd: to,
      start: (tokens[from] as Token).start,
      end: (tokens[to - 1] as Token).end,
      paragraph,
    });
    for (let k = from; k < to; k++) (tokens[k] as Token).sentence = index;
  };
  for (const sentence of sentences) {
    let from = sentence.tokenStart;
    while (sentence.tokenEnd - from > max) {
      const end = pieceEnd(tokens, from, from + max);
      push(from, end, sentence.paragraph);
      from = end;
    }
    push(from, sentence.tokenEnd, sentence.paragraph);
  }
  return capped;
}
