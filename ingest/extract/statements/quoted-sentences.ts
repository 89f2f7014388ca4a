// The sentences a speaker's quotation reaches: those inside the quotation other than the one with the speech verb
// ("'Russia is committing war crimes. It must be held accountable,' said Blinken"), and the quotations that continue it
// in the next sentences of the paragraph without a speech verb of their own ("…,' he said. 'Moscow must withdraw.'").
// Reported speech (statements/reported-speech.ts) reads their main clauses as the speaker's.

import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import type { Clause } from "../clauses/clause.ts";
import { SPEECH_VERBS } from "../lexicon/newsgraph-verb-events.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import { opensQuotation, quoteAt, type QuoteSpan } from "./quote-spans.ts";
import type { QuotedSentences } from "./reported-speech.ts";
import type { Statement } from "./statement.ts";

/** How many sentences a chain of continuing quotations may reach past its speech verb's. */
const CONTINUATION_REACH = 4;

/** The quoted sentences of an article, given its sentences, clauses and each sentence's clause-level statements. */
export function quotedSentences(
  sentences: readonly Sentence[],
  tree: ArticleTree,
  quotes: readonly QuoteSpan[],
  clausesBySentence: ReadonlyArray<readonly Clause[]>,
  statementsOf: (index: number) => Statement[],
): QuotedSentences {
  /** The main clause of sentence `index`: its root word, or -1. */
  const rootOf = (index: number): number => {
    const sentence = sentences[index] as Sentence;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = tree.tokens[i] as Token;
      if (token.head < 0 && token.deprel === "root") return i;
    }
    return -1;
  };
  /** Whether sentence `index` reports speech of its own, so no quotation before it is continued there. */
  const speaks = (index: number): boolean =>
    (clausesBySentence[index] ?? []).some((clause) => SPEECH_VERBS.has(clause.lemma));
  /** The first token of sentence `index` that is not white space, or -1. */
  const firstWord = (index: number): number => {
    const sentence = sentences[index] as Sentence;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++)
      if ((tree.tokens[i] as Token).pos !== "SPACE") return i;
    return -1;
  };
  return {
    statementsOf,
    sentencesOf(quote, sentence) {
      const out: Array<{ sentence: number; root: number }> = [];
      /** Adds the sentences of `span` but `sentence` and those that speak; returns the last sentence it reaches. */
      const add = (span: QuoteSpan): number => {
        const first = (tree.tokens[span.start] as Token).sentence;
        const last = (tree.tokens[span.end] as Token).sentence;
        for (let index = first; index <= last; index++) {
          if (index === sentence || speaks(index)) continue;
          const root = rootOf(index);
          if (root >= span.start && root <= span.end) out.push({ sentence: index, root });
        }
        return last;
      };
      let last = Math.max(add(quote), sentence);
      const paragraph = (sentences[sentence] as Sentence).paragraph;
      while (last + 1 < sentences.length && last + 1 - sentence <= CONTINUATION_REACH) {
        const next = last + 1;
        const opening = firstWord(next);
        const mark = opening < 0 ? undefined : (tree.tokens[opening] as Token);
        if ((sentences[next] as Sentence).paragraph !== paragraph || !mark || !opensQuotation(mark.text)) break;
        if (speaks(next)) break;
        const span = quoteAt(quotes, opening);
        if (!span) break;
        last = add(span);
      }
      return out;
    },
  };
}
