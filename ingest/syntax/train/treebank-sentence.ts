// A treebank sentence as training and evaluation read it: word forms, combined tags, gold heads (index of the head
// word, -1 for the root word) and gold labels, with the vocabularies that number tags and labels.

import { commentValue, wordsOf, type ConlluSentence } from "../conllu/conllu-sentence.ts";
import { combineTag } from "../tagger/tag-set.ts";

export interface TreebankSentence {
  id: string;
  forms: string[];
  tags: string[];
  /** Head index per word, -1 for the root word. */
  heads: Int32Array;
  labels: string[];
}

/** The sentence's basic tree, or null when a word has no head ("_"). Its id is the `sent_id` comment, else `fallbackId`. */
export function toTreebankSentence(sentence: ConlluSentence, fallbackId: string): TreebankSentence | null {
  const id = commentValue(sentence, "sent_id") ?? fallbackId;
  const words = wordsOf(sentence);
  if (words.length === 0 || words.some((word) => word.head < 0)) return null;
  return {
    id,
    forms: words.map((word) => word.form),
    tags: words.map((word) => combineTag(word.upos, word.xpos)),
    heads: Int32Array.from(words, (word) => word.head - 1),
    labels: words.map((word) => word.deprel),
  };
}

/** Numbers the distinct values in order of first appearance, most frequent first. */
export function vocabulary(values: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
}
