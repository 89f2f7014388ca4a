// Features of the part-of-speech tagger for word i, given the two tags already chosen to its left: the word, its
// affixes and shape, its neighbours within two words, and the previous tags (a greedy left-to-right tagger in the
// manner of Collins 2002 and Honnibal's averaged-perceptron tagger).

import { featureKey } from "../model/hash-feature.ts";
import type { WordAtoms } from "../model/word-atoms.ts";

/** Upper bound on the features written for one word. */
export const MAX_TAGGER_FEATURES = 44;

/**
 * Positions (in taggerFeatures' output) of the features that depend only on the word's normalised form and on
 * whether it opens the sentence: not on its neighbours or the tags before it. The tagger remembers their sums per form.
 */
export const WORD_FEATURE_POSITIONS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 26, 33, 34, 37];

const NONE = 0x5a5a5a5;
const START = 0x6b6b6b6;

/** Writes the features of word `i` into `out` and returns their number. `p1`, `p2`: previous tag ids, -1 if none. */
export function taggerFeatures(atoms: WordAtoms, i: number, p1: number, p2: number, out: Int32Array): number {
  const n = atoms.length;
  const w = atoms.lower[i] as number;
  const before = i > 0 ? (atoms.lower[i - 1] as number) : START;
  const before2 = i > 1 ? (atoms.lower[i - 2] as number) : START;
  const after = i + 1 < n ? (atoms.lower[i + 1] as number) : NONE;
  const after2 = i + 2 < n ? (atoms.lower[i + 2] as number) : NONE;
  const suffix = atoms.suffix3[i] as number;
  const shape = atoms.shape[i] as number;
  let k = 0;
  out[k++] = featureKey(1, 0);
  out[k++] = featureKey(2, w);
  out[k++] = featureKey(3, atoms.cased[i] as number);
  out[k++] = featureKey(4, suffix);
  out[k++] = featureKey(5, atoms.suffix2[i] as number);
  out[k++] = featureKey(6, atoms.prefix1[i] as number);
  out[k++] = featureKey(7, shape);
  out[k++] = featureKey(8, shape, i === 0 ? 1 : 0);
  out[k++] = featureKey(9, p1);
  out[k++] = featureKey(10, p2);
  out[k++] = featureKey(11, p1, p2);
  out[k++] = featureKey(12, p1, w);
  out[k++] = featureKey(13, before);
  out[k++] = featureKey(14, i > 0 ? (atoms.suffix3[i - 1] as number) : START);
  out[k++] = featureKey(15, before2);
  out[k++] = featureKey(16, after);
  out[k++] = featureKey(17, i + 1 < n ? (atoms.suffix3[i + 1] as number) : NONE);
  out[k++] = featureKey(18, after2);
  out[k++] = featureKey(19, before, w);
  out[k++] = featureKey(20, w, after);
  out[k++] = featureKey(21, i + 1 < n ? (atoms.shape[i + 1] as number) : NONE, shape);
  out[k++] = featureKey(22, i > 0 ? (atoms.shape[i - 1] as number) : START, shape);
  out[k++] = featureKey(23, p1, suffix);
  out[k++] = featureKey(24, p1, after);
  out[k++] = featureKey(25, i + 1 < n ? (atoms.cased[i + 1] as number) : NONE);
  out[k++] = featureKey(26, suffix, after);
  const ambiguity = atoms.ambiguity[i] as number;
  const nextAmbiguity = i + 1 < n ? (atoms.ambiguity[i + 1] as number) : NONE;
  out[k++] = featureKey(27, ambiguity);
  out[k++] = featureKey(28, nextAmbiguity);
  out[k++] = featureKey(29, i + 2 < n ? (atoms.ambiguity[i + 2] as number) : NONE);
  out[k++] = featureKey(30, ambiguity, p1);
  out[k++] = featureKey(31, ambiguity, nextAmbiguity);
  out[k++] = featureKey(32, w, nextAmbiguity);
  out[k++] = featureKey(33, p1, nextAmbiguity);
  out[k++] = featureKey(34, atoms.suffix4[i] as number);
  out[k++] = featureKey(35, atoms.prefix3[i] as number);
  out[k++] = featureKey(36, i > 0 ? (atoms.ambiguity[i - 1] as number) : START, ambiguity);
  out[k++] = featureKey(37, before, nextAmbiguity);
  out[k++] = featureKey(38, atoms.lastPart[i] as number);
  out[k++] = featureKey(39, p1, shape, suffix);
  out[k++] = featureKey(40, i > 0 ? (atoms.cased[i - 1] as number) : START, shape);
  out[k++] = featureKey(41, i > 0 ? (atoms.ambiguity[i - 1] as number) : START, nextAmbiguity);
  return k;
}
