// Folds the spelling noise of transliteration and translation out of one name word, so that Zelensky, Zelenskiy,
// Zelenskyy and Zelenskii, or Sergei and Sergey, give the same key. Input is a word from normalizeName.

/** Ordered rewrites; earlier rules see the raw word, later ones the rewritten one. */
const TRANSLITERATION_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/x/g, "ks"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/kh/g, "h"],
  [/ck/g, "k"],
  [/w/g, "v"],
  [/j(?=[aeiou])/g, "y"],
  [/^ye/, "e"],
  [/y/g, "i"],
  [/i+/g, "i"],
  [/([a-z])\1+/g, "$1"],
];

/**
 * The transliteration key of a word: x→ks, ph→f, th→t, kh→h, w→v, y→i, doubled letters single.
 * @example transliterationKey("zelenskyy") === transliterationKey("zelenskii") // "zelenski"
 */
export function transliterationKey(word: string): string {
  let key = word;
  for (const [pattern, replacement] of TRANSLITERATION_RULES) key = key.replace(pattern, replacement);
  return key;
}
