// The standard evaluation: the treebank's own words and sentence boundaries, tags and tree predicted by the model.

import type { SyntaxModel } from "../syntax-model.ts";
import { uposOf } from "../tagger/tag-set.ts";
import type { TreebankSentence } from "../train/treebank-sentence.ts";
import { scoreParses, type ParseScores } from "./score-parse.ts";

/** UPOS accuracy, UAS and LAS of `model` on gold-tokenised sentences, and its speed in words per second. */
export function evaluateGoldTokens(
  model: SyntaxModel,
  sentences: readonly TreebankSentence[],
): ParseScores & { wordsPerSecond: number } {
  const started = performance.now();
  const predicted = sentences.map((sentence) => model.analyse(sentence.forms));
  const seconds = (performance.now() - started) / 1000;
  const scores = scoreParses(
    sentences.map((sentence, index) => ({
      gold: { upos: sentence.tags.map(uposOf), heads: sentence.heads, labels: sentence.labels },
      predicted: predicted[index] as NonNullable<(typeof predicted)[number]>,
    })),
  );
  return { ...scores, wordsPerSecond: seconds > 0 ? scores.words / seconds : 0 };
}
