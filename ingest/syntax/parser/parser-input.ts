// What the parser reads of a sentence: per word (and for the root at index n) the word's hash, its tag and its
// suffix, as integer arrays built once per sentence from the word atoms and the tagger's output.

import type { WordAtoms } from "../model/word-atoms.ts";

export const ROOT_WORD = 0x7007007;
export const ROOT_TAG = 0x700;
export const ROOT_SUFFIX = 0x7007;

export interface ParserInput {
  n: number;
  words: Int32Array;
  tags: Int32Array;
  /** Coarse tag (UPOS) ids per word. */
  coarse: Int32Array;
  suffixes: Int32Array;
  /** Number of punctuation words before each position (n + 1 entries plus one). */
  punctuationBefore: Int32Array;
}

/**
 * The parser's view of a tagged sentence; `tags` holds the tagger's class ids, `coarseOf` maps a class id to its
 * coarse (UPOS) id, and `isPunctuation` tells punctuation classes.
 */
export function parserInput(
  atoms: WordAtoms,
  tags: ArrayLike<number>,
  coarseOf: ArrayLike<number>,
  isPunctuation: ArrayLike<number>,
): ParserInput {
  const n = atoms.length;
  const words = new Int32Array(n + 1);
  const tagIds = new Int32Array(n + 1);
  const suffixes = new Int32Array(n + 1);
  words.set(atoms.lower);
  suffixes.set(atoms.suffix3);
  const coarse = new Int32Array(n + 1);
  const punctuationBefore = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) {
    const tag = tags[i] as number;
    tagIds[i] = tag;
    coarse[i] = coarseOf[tag] as number;
    punctuationBefore[i + 1] = (punctuationBefore[i] as number) + (isPunctuation[tag] as number);
  }
  punctuationBefore[n + 1] = punctuationBefore[n] as number;
  words[n] = ROOT_WORD;
  tagIds[n] = ROOT_TAG;
  coarse[n] = ROOT_TAG;
  suffixes[n] = ROOT_SUFFIX;
  return { n, words, tags: tagIds, coarse, suffixes, punctuationBefore };
}
