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
/** Distinct words remembered by transliterationKey (a store's names repeat first names and surnames). */
const KEY_CACHE_WORDS = 200_000;
const KEY_CACHE = new Map<string, string>();

export function transliterationKey(word: string): string {
  const cached = KEY_CACHE.get(word);
  if (cached !== undefined) return cached;
  let key = word;
  for (const [pattern, replacement] of TRANSLITERATION_RULES) key = key.replace(pattern, replacement);
  if (KEY_CACHE.size >= KEY_CACHE_WORDS) KEY_CACHE.clear();
  KEY_CACHE.set(word, key);
  return key;
}
