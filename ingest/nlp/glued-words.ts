// Words that wink splits into several tokens at an accented letter ("Domański" → "Doma", "ń", "ski"): tests that
// join the pieces back, so that names keep all their letters.

import type { Token } from "./analyze-text.ts";

/** Letters only, any script. */
const LETTERS = /^\p{L}+$/u;

/**
 * True when b continues the word of a: wink splits a word at some accented letters ("Domański" → "Doma", "ń", "ski";
 * "Erdoğan" → "Erdo", "ğ", "an"), so letter tokens written without a space, split next to a non-ASCII letter, are
 * one word. Plain ASCII splits ("can" + "not", "gon" + "na") are left alone; the regex runs only past the cheap tests.
 */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  if (a === undefined || b === undefined || a.end !== b.start) return false;
  if (a.text.charCodeAt(a.text.length - 1) < 128 && b.text.charCodeAt(0) < 128) return false;
  return LETTERS.test(a.text) && LETTERS.test(b.text);
}

/** Index just past the word that starts at token j, taking in the pieces wink split off it. */
export function wordEndAt(tokens: readonly Token[], j: number): number {
  let k = j + 1;
  while (glued(tokens[k - 1], tokens[k])) k++;
  return k;
}

/** Number of words in tokens from..to, counting the pieces of a split word once. */
export function wordCount(tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) if (k === from || !glued(tokens[k - 1], tokens[k])) words++;
  return words;
}
