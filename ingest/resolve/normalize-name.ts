// Name normalisation for actor matching: case, accents, punctuation and leading titles ("Mr", "President") do not
// make two names different. Keys built here are what the registry indexes and compares.

import type { ActorType } from "../../graph-schema/index.ts";

/**
 * Words stripped from the front of a PERSON's name ("President Vladimir Putin" → "vladimir putin"). Multi-word
 * titles ("Foreign Minister", "Secretary of State") strip word by word; "of"/"state" only strip after a title.
 */
export const PERSON_TITLE_WORDS: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "sir",
  "dame",
  "lord",
  "lady",
  "prof",
  "professor",
  "president",
  "vice",
  "prime",
  "minister",
  "foreign",
  "defence",
  "defense",
  "deputy",
  "interior",
  "finance",
  "secretary",
  "general",
  "gen",
  "chancellor",
  "premier",
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "senator",
  "sen",
  "rep",
  "representative",
  "congressman",
  "congresswoman",
  "ambassador",
  "envoy",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "lt",
  "col",
  "colonel",
  "adm",
  "admiral",
  "maj",
  "major",
  "capt",
  "captain",
  "mayor",
  "governor",
  "gov",
  "chairman",
  "chairwoman",
  "commander",
  "sheikh",
  "emir",
  "ayatollah",
  "patriarch",
  "speaker",
  "chief",
  "leader",
  "president-elect",
  "acting",
  "former",
  "ex",
]);

/** Words that may follow a title word inside a multi-word title: "Secretary of State", "Minister of Defence". */
const TITLE_LINK_WORDS: ReadonlySet<string> = new Set(["of", "state", "staff", "the", "for", "affairs"]);

/** Remove accents and fold case: "Zelenskyy" and "ZELENSKYY" and "Zélenskyy" agree. */
function foldCase(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * The words of a name, folded: accents removed, lower case, possessive `'s` dropped, apostrophes joined
 * ("O'Brien" → "obrien"), every other punctuation (hyphens, dots) a word break, and "&" read as "and".
 */
export function nameWords(name: string): string[] {
  const folded = foldCase(name)
    .replace(/['’‘`´]s\b/g, "")
    .replace(/['’‘`´]/g, "")
    .replace(/&/g, " and ");
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** Drop leading titles from a PERSON's words, keeping at least one word. */
function stripTitles(words: string[]): string[] {
  let start = 0;
  let sawTitle = false;
  while (start < words.length - 1) {
    const word = words[start] as string;
    if (PERSON_TITLE_WORDS.has(word) || (sawTitle && TITLE_LINK_WORDS.has(word))) {
      sawTitle = true;
      start += 1;
    } else {
      break;
    }
  }
  return words.slice(start);
}

/**
 * The normalised words of an actor name: folded by {@link nameWords}, a leading "the" dropped, and for a PERSON
 * (or an unknown type) leading titles stripped.
 * @example normalizeName("President Volodymyr Zelenskyy", "PERSON") // ["volodymyr", "zelenskyy"]
 */
export function normalizeName(name: string, type: ActorType | null): readonly string[] {
  return normalizedEntry(name, type).words;
}

/** A name's normalised words and their key, computed once per distinct name and kind of type. */
interface NormalizedName {
  words: readonly string[];
  key: string;
}

/** Distinct names remembered by each of the name caches below; a cache is emptied when full. */
export const NAME_CACHE_SIZE = 200_000;
// One cache per way of normalising (persons and unknown types lose leading titles), keyed by the name itself:
// no key string is built per lookup, which matters when a registry opens over tens of thousands of names.
const TITLED_CACHE = new Map<string, NormalizedName>();
const PLAIN_CACHE = new Map<string, NormalizedName>();
const DESCRIPTION_CACHE = new Map<string, boolean>();

function normalizedEntry(name: string, type: ActorType | null): NormalizedName {
  const titled = type === "PERSON" || type === null;
  const cache = titled ? TITLED_CACHE : PLAIN_CACHE;
  const cached = cache.get(name);
  if (cached) return cached;
  let words = nameWords(name);
  if (words.length > 1 && words[0] === "the") words = words.slice(1);
  const normalized = Object.freeze(titled ? stripTitles(words) : words);
  if (cache.size >= NAME_CACHE_SIZE) cache.clear();
  const entry = { words: normalized, key: normalized.join("") };
  cache.set(name, entry);
  return entry;
}

/**
 * The exact-match key of a name: normalised words joined without spaces, so "Kim Jong-un", "Kim Jong Un" and
 * "kim jongun" share a key. Empty when the name has no letters or digits.
 */
export function nameKey(name: string, type: ActorType | null): string {
  return normalizedEntry(name, type).key;
}

/** Lower-case words that may appear inside a proper name ("Organization for Security and Co-operation in Europe"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "the",
  "of",
  "for",
  "and",
  "in",
  "on",
  "at",
  "to",
  "de",
  "du",
  "des",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "al",
  "el",
  "bin",
  "ibn",
  "da",
  "di",
  "del",
  "y",
  "e",
]);

/**
 * True for a description rather than a name: it has a lower-case word that is not a name particle ("the
 * alliance", "Russia's top diplomat"; not "the Kremlin", "al-Qaeda", "Bank of England"). Descriptions only
 * match across articles when exactly one actor carries them.
 */
export function isDescription(name: string): boolean {
  const cached = DESCRIPTION_CACHE.get(name);
  if (cached !== undefined) return cached;
  if (DESCRIPTION_CACHE.size >= NAME_CACHE_SIZE) DESCRIPTION_CACHE.clear();
  const description = name
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ""))
    .some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has((word.split(/[-'’]/)[0] as string).toLowerCase()));
  DESCRIPTION_CACHE.set(name, description);
  return description;
}
