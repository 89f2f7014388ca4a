// The tagger's lexicon: for each frequent word of the training data, its ambiguity class (the set of tags it takes
// in at least 5% of its occurrences, as one number). Knowing that the next word is "NOUN or VERB" is what a greedy
// left-to-right tagger otherwise lacks; unknown words have class 0 and fall back on affixes and shape.

import { hashString } from "../model/hash-feature.ts";
import { normaliseForm } from "../model/word-atoms.ts";

/** Lower-case normalised form → ambiguity class. */
export type TagLexicon = ReadonlyMap<string, number>;

/** The lexicon key of a word form. */
export function lexiconKey(form: string): string {
  return normaliseForm(form).toLowerCase();
}

/** How often each lexicon key carries each tag, keys in sorted order. */
function tagCounts(words: Iterable<{ form: string; tag: string }>): Array<[string, Map<string, number>, number]> {
  const byWord = new Map<string, Map<string, number>>();
  for (const { form, tag } of words) {
    const key = lexiconKey(form);
    let tags = byWord.get(key);
    if (!tags) byWord.set(key, (tags = new Map()));
    tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return [...byWord]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([word, tags]) => [word, tags, [...tags.values()].reduce((sum, count) => sum + count, 0)]);
}

/**
 * Words the tagger need not score: seen at least `minCount` times, with one tag at least `minShare` of the time
 * ("the", "of", "said"). About half the words of news are such words, so tagging them by lookup halves its cost.
 */
export function buildFixedTags(
  words: Iterable<{ form: string; tag: string }>,
  minCount = 20,
  minShare = 0.995,
): Map<string, string> {
  const fixed = new Map<string, string>();
  for (const [word, tags, total] of tagCounts(words)) {
    if (total < minCount) continue;
    for (const [tag, count] of tags) if (count >= total * minShare) fixed.set(word, tag);
  }
  return fixed;
}

/** Builds the lexicon from tagged words: words seen at least `minCount` times. */
export function buildTagLexicon(
  words: Iterable<{ form: string; tag: string }>,
  minCount = 3,
  minShare = 0.05,
): Map<string, number> {
  const lexicon = new Map<string, number>();
  for (const [word, tags, total] of tagCounts(words)) {
    if (total < minCount) continue;
    const kept = [...tags]
      .filter(([, count]) => count >= total * minShare)
      .map(([tag]) => tag)
      .sort();
    lexicon.set(word, hashString(kept.join(" ")) || 1);
  }
  return lexicon;
}
