// Fuzzy comparison of two normalised names, for spelling variants that exact keys miss (Zelensky/Zelenskyy,
// Aleksandr/Alexander Lukashenko, Organisation/Organization) with safeguards against near-namesakes.

import type { ActorType } from "../../graph-schema/index.ts";
import { editDistance } from "../names/edit-distance.ts";
import { transliterationKey } from "../names/transliteration-key.ts";

export interface FuzzyNameOptions {
  /** Words shorter than this (in letters, after transliteration) must agree exactly: Jong-un ≠ Jong-il. */
  minFuzzyWordLength: number;
  /** Edits allowed between two longer words after transliteration. */
  maxEditsPerWord: number;
}

/** Shortest word compared by transliteration key (Yuri = Yury); shorter ones must be equal (Jong-un ≠ Jong-il). */
export const MIN_TRANSLITERATED_WORD_LENGTH = 3;

/** Roman numerals and digits name different things (World War II ≠ World War III, Louis XIV ≠ Louis XV). */
const NUMERAL_PATTERN = /^(?:[ivxlc]+|\d+)$/;

/**
 * True when two words are the same word up to transliteration noise and, if long enough, one small edit.
 * Words under MIN_TRANSLITERATED_WORD_LENGTH letters and numerals must be equal as written.
 */
export function wordsMatchFuzzily(a: string, b: string, options: FuzzyNameOptions): boolean {
  if (a === b) return true;
  if (
    Math.min(a.length, b.length) < MIN_TRANSLITERATED_WORD_LENGTH ||
    NUMERAL_PATTERN.test(a) ||
    NUMERAL_PATTERN.test(b)
  )
    return false;
  const keyA = transliterationKey(a);
  const keyB = transliterationKey(b);
  if (keyA === keyB) return true;
  if (Math.min(a.length, b.length) < options.minFuzzyWordLength || keyA[0] !== keyB[0]) return false;
  return editDistance(keyA, keyB, options.maxEditsPerWord) <= options.maxEditsPerWord;
}

/** The middle words of `shorter` appear, fuzzily and in order, among the middle words of `longer`. */
function middlesAlign(shorter: readonly string[], longer: readonly string[], options: FuzzyNameOptions): boolean {
  let cursor = 1;
  for (const word of shorter.slice(1, -1)) {
    while (cursor < longer.length - 1 && !wordsMatchFuzzily(word, longer[cursor] as string, options)) cursor += 1;
    if (cursor >= longer.length - 1) return false;
    cursor += 1;
  }
  return true;
}

/**
 * True when two normalised names (from normalizeName) name the same actor up to spelling. A PERSON's first and
 * last words must both match and extra middle names are allowed ("Volodymyr Oleksandrovych Zelensky"); other
 * types must match word for word. A single-word name only matches a single-word name: surnames are resolved by
 * the registry's surname rule, which checks for ambiguity. Identical names are not "fuzzy" and return false.
 * @example namesMatchFuzzily(["kim", "jong", "un"], ["kim", "yo", "jong"], "PERSON", opts) // false
 */
export function namesMatchFuzzily(
  a: readonly string[],
  b: readonly string[],
  type: ActorType,
  options: FuzzyNameOptions,
): boolean {
  if (a.length === 0 || b.length === 0 || a.join(" ") === b.join(" ")) return false;
  if (a.length === 1 || b.length === 1) {
    return a.length === b.length && wordsMatchFuzzily(a[0] as string, b[0] as string, options);
  }
  if (type !== "PERSON") {
    return a.length === b.length && a.every((word, i) => wordsMatchFuzzily(word, b[i] as string, options));
  }
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return (
    wordsMatchFuzzily(shorter[0] as string, longer[0] as string, options) &&
    wordsMatchFuzzily(shorter[shorter.length - 1] as string, longer[longer.length - 1] as string, options) &&
    middlesAlign(shorter, longer, options)
  );
}
