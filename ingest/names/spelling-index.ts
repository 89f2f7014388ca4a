// Finds the words of a growing list that are spelling variants of a query (Zelensky, Zelenskyy, Zellinski) without
// comparing the query with every word: each word is filed under the strings left after deleting up to two of its
// letters (a symmetric-delete index), so two words at most two edits apart always share a key. A lookup costs the
// same whatever the number of words: the keys of one word, and a bounded number of candidates per key.

import { editDistance } from "./edit-distance.ts";

/** Edits (insertions, deletions, substitutions, adjacent swaps) two variants may differ by. */
export const MAX_SPELLING_EDITS = 2;
/** Words longer than this are filed under their own form only (nobody misspells a 25-letter word in two ways). */
const MAX_INDEXED_LENGTH = 24;
/**
 * Candidates kept per key. A key shared by more words than this is a short common stem; the earliest words filed
 * under it are kept, which is all a news article ever has, and a megabyte of invented names cannot make one key a
 * list that every lookup walks.
 */
const MAX_CANDIDATES_PER_KEY = 16;

/** The strings left after deleting up to `edits` letters of `word` (the word itself included). */
export function deletionKeys(word: string, edits = MAX_SPELLING_EDITS): Set<string> {
  const keys = new Set<string>([word]);
  if (word.length > MAX_INDEXED_LENGTH) return keys;
  let frontier = [word];
  for (let round = 0; round < edits; round++) {
    const next: string[] = [];
    for (const form of frontier) {
      for (let i = 0; i < form.length; i++) {
        const shorter = form.slice(0, i) + form.slice(i + 1);
        if (!keys.has(shorter)) {
          keys.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return keys;
}

/**
 * Words filed with a value each; `find` gives the values of the filed words within MAX_SPELLING_EDITS of a query.
 * @example const index = new SpellingIndex<number>(); index.add("zelenskiy", 1); index.find("zelenskyy") // [1]
 */
export class SpellingIndex<T> {
  private readonly byKey = new Map<string, Array<{ word: string; value: T }>>();
  private readonly filed = new Set<string>();

  /** Files `word` (lower case) with `value`; filing the same word and value twice is a no-op. */
  add(word: string, value: T): void {
    const id = `${word}\u0000${String(value)}`;
    if (this.filed.has(id)) return;
    this.filed.add(id);
    for (const key of deletionKeys(word)) {
      const bucket = this.byKey.get(key);
      if (bucket === undefined) this.byKey.set(key, [{ word, value }]);
      else if (bucket.length < MAX_CANDIDATES_PER_KEY) bucket.push({ word, value });
    }
  }

  /** The filed words within `maxEdits` (at most MAX_SPELLING_EDITS) of `word`, with their values, each once. */
  find(word: string, maxEdits = MAX_SPELLING_EDITS): Array<{ word: string; value: T }> {
    const seen = new Set<string>();
    const out: Array<{ word: string; value: T }> = [];
    for (const key of deletionKeys(word, maxEdits)) {
      for (const candidate of this.byKey.get(key) ?? []) {
        const id = `${candidate.word}\u0000${String(candidate.value)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        if (editDistance(candidate.word, word, maxEdits) <= maxEdits) out.push(candidate);
      }
    }
    return out;
  }
}
