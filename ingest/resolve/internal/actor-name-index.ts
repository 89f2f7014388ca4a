// Lookup tables from names to actor ids, grown as actors gain names: exact keys, descriptions, surnames,
// acronyms, gazetteer keys and fuzzy blocks. Internal to the registry.

import type { ActorType } from "../../../graph-schema/index.ts";
import { acronymForm, acronymsOf } from "../acronym-of.ts";
import { isDescription, nameKey, normalizeName } from "../normalize-name.ts";
import { transliterationKey } from "../../names/transliteration-key.ts";

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  if (key === "") return;
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/** Words of a name indexed for fuzzy comparison, blocked by type and the initials of first and last words. */
export interface FuzzyEntry {
  id: string;
  words: readonly string[];
}

export function fuzzyBlock(type: ActorType, words: readonly string[]): string {
  const first = transliterationKey(words[0] ?? "").charAt(0);
  const last = transliterationKey(words[words.length - 1] ?? "").charAt(0);
  return `${type}:${first}:${last}`;
}

export class ActorNameIndex {
  /** Name or alias key → actor ids (proper names only). */
  readonly byKey = new Map<string, Set<string>>();
  /** Canonical-name key → actor ids. */
  readonly byCanonicalKey = new Map<string, Set<string>>();
  readonly byDescription = new Map<string, Set<string>>();
  /** Transliterated surname of a multi-word PERSON name → actor ids. */
  readonly bySurname = new Map<string, Set<string>>();
  /** Transliterated single-word PERSON name (a surname-only actor) → actor ids. */
  readonly bySingleName = new Map<string, Set<string>>();
  /** Transliterated name of an actor whose type is only the extractor's guess ("Stoltenberg" as an organisation). */
  readonly byGuessedName = new Map<string, Set<string>>();
  /** Last two words of a PERSON name of three or more ("NATO Jens Stoltenberg" → "jensstoltenberg") → actor ids. */
  readonly byPersonSuffix = new Map<string, Set<string>>();
  /** Acronym a long name expands from → actor ids. */
  readonly byExpansionAcronym = new Map<string, Set<string>>();
  /** Acronym an actor is written as → actor ids. */
  readonly byAcronymForm = new Map<string, Set<string>>();
  readonly byGazetteerKey = new Map<string, string>();
  readonly fuzzyBlocks = new Map<string, FuzzyEntry[]>();
  private readonly seen = new Set<string>();

  /** Index the one-word name of an actor whose type is a guess, so a person with that surname can adopt it. */
  addGuessedName(id: string, type: ActorType, name: string): void {
    const words = normalizeName(name, type);
    if (words.length === 1) addTo(this.byGuessedName, transliterationKey(words[0] as string), id);
  }

  /** Index one name (canonical or alias) of an actor; indexing the same name twice is a no-op. */
  addName(id: string, type: ActorType, name: string, canonical: boolean): void {
    const seenKey = `${id}\u0000${canonical ? "c" : "a"}\u0000${name}`;
    if (this.seen.has(seenKey)) return;
    this.seen.add(seenKey);
    const key = nameKey(name, type);
    if (key === "") return;
    if (canonical) addTo(this.byCanonicalKey, key, id);
    if (isDescription(name)) {
      addTo(this.byDescription, key, id);
      return;
    }
    addTo(this.byKey, key, id);
    const words = normalizeName(name, type);
    if (type === "PERSON") {
      if (words.length === 1) addTo(this.bySingleName, transliterationKey(words[0] as string), id);
      else addTo(this.bySurname, transliterationKey(words[words.length - 1] as string), id);
      if (words.length > 2) addTo(this.byPersonSuffix, words.slice(-2).join(""), id);
    } else {
      for (const acronym of acronymsOf(name)) addTo(this.byExpansionAcronym, acronym, id);
      const form = acronymForm(name);
      if (form) addTo(this.byAcronymForm, form, id);
    }
    const block = fuzzyBlock(type, words);
    const entries = this.fuzzyBlocks.get(block);
    if (entries) entries.push({ id, words });
    else this.fuzzyBlocks.set(block, [{ id, words }]);
  }
}
