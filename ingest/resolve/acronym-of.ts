// Acronyms of organisation and country names, so that "OSCE" and "Organization for Security and Co-operation in
// Europe", or "NATO" and "North Atlantic Treaty Organization", resolve to one actor.

/**
 * Shortest acronym matched, in letters. Two-letter ones collide too often ("Ukrainian Navy" is not the UN);
 * EU, UN, US and UK come from the gazetteer.
 */
export const MIN_ACRONYM_LENGTH = 3;

/** Words skipped when forming an acronym ("Organization for Security and Co-operation in Europe" → OSCE). */
const ACRONYM_SKIPPED_WORDS: ReadonlySet<string> = new Set([
  "of",
  "for",
  "and",
  "the",
  "in",
  "on",
  "de",
  "des",
  "du",
  "la",
  "le",
  "to",
  "at",
]);

/**
 * The acronyms a multi-word name can go by, lower case: initials without function words, and initials of every
 * word. A hyphenated word gives one initial. Empty for a single-word name.
 * @example acronymsOf("Organization for Security and Co-operation in Europe") // ["osce", "ofsacie"]
 */
export function acronymsOf(name: string): string[] {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((word) => word.replace(/^-+|-+$/g, ""))
    .filter((word) => word.length > 0);
  if (words.length < 2) return [];
  const initials = (list: string[]): string => list.map((word) => word.charAt(0)).join("");
  const significant = initials(words.filter((word) => !ACRONYM_SKIPPED_WORDS.has(word)));
  const all = initials(words);
  return [...new Set([significant, all])].filter((acronym) => acronym.length >= MIN_ACRONYM_LENGTH);
}

/**
 * The acronym a name is written as, lower case, or null: one word of MIN_ACRONYM_LENGTH–8 capitals or digits
 * ("NATO", "OSCE", "U.S.A.").
 */
export function acronymForm(name: string): string | null {
  const compact = name.trim().replace(/\./g, "");
  if (!/^[\p{Lu}\p{N}&]{3,8}$/u.test(compact)) return null;
  return compact.toLowerCase().replace(/&/g, "");
}
