// The gender a person's name tells, when it tells one: a given name that only women or only men bear in English
// first-name lists (lexicon/data/given-name-genders.json: "Ursula", "Vladimir"), else an East Slavic surname's
// gendered ending ("Zakharova", "Peskov", "Zelensky"). Most names of the news tell nothing here ("Volodymyr",
// "Xi Jinping", "Lukashenko"), and then nothing is assumed. Loaded once per thread.

import { readFileSync } from "node:fs";
import { packageFile } from "../../package-files.ts";
import type { GivenNameGenders } from "../lexicon/compile-given-name-genders.ts";

let shared: ReadonlyMap<string, "f" | "m" | null> | null = null;

/** Given name → its gender, null for names both women and men bear. */
function givenNameGenders(): ReadonlyMap<string, "f" | "m" | null> {
  if (shared) return shared;
  const lists = JSON.parse(
    readFileSync(packageFile("ingest", "extract", "lexicon", "data", "given-name-genders.json"), "utf8"),
  ) as GivenNameGenders;
  const map = new Map<string, "f" | "m" | null>();
  for (const name of lists.female) map.set(name, "f");
  for (const name of lists.male) map.set(name, "m");
  for (const name of lists.either) map.set(name, null);
  shared = map;
  return shared;
}

/** Whether the lower-case word is a given name of the English first-name lists, of either gender ("bill", "kim"). */
export function isEnglishGivenName(lower: string): boolean {
  return givenNameGenders().has(lower);
}

/** Russian, Ukrainian and Belarusian surname endings that only women's surnames have ("-ova", "-eva", "-skaya"). */
const FEMALE_SURNAME = /\p{Ll}{2}(?:ova|eva|yova|skaya|tskaya)$/u;
/** Endings that only men's have ("-ov", "-ev", "-sky", "-skiy", "-skyi", "-skyy"). */
const MALE_SURNAME = /\p{Ll}{2}(?:ov|ev|sky|skiy|skyi|skyy)$/u;

/**
 * "f" or "m" when the name says so ("Ursula von der Leyen" → "f", "Maria Zakharova" → "f", "Dmitry Peskov" → "m"),
 * else null ("Volodymyr Zelensky" → "m" by its surname; "Xi Jinping" → null).
 */
export function nameGender(name: string): "f" | "m" | null {
  const words = name.trim().split(/\s+/);
  if (words.length > 1) {
    const given = givenNameGenders().get((words[0] as string).toLowerCase());
    if (given !== undefined && given !== null) return given;
  }
  const surname = (words.at(-1) as string).toLowerCase();
  if (FEMALE_SURNAME.test(surname)) return "f";
  if (MALE_SURNAME.test(surname)) return "m";
  return null;
}
