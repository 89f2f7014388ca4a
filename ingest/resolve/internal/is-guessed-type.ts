// Which actors carry only a guessed type: a lone capitalised word the extractor could not place ("Stoltenberg's
// accusations" comes out as an ORGANIZATION), so a person with that surname may claim it. Internal to the registry.

import type { ActorType } from "../../../graph-schema/index.ts";
import type { LocalActor } from "../../extract/article-extraction.ts";
import { isDescription, normalizeName } from "../normalize-name.ts";

/**
 * Types the extractor gives a lone unknown word by default. LOCATION needs a place cue ("in Kharkiv") and
 * COUNTRY the gazetteer, so those are evidence, not guesses; a real one-word organisation carries a head word
 * ("Parliament") or a gazetteer key.
 */
const GUESSABLE_TYPES: ReadonlySet<ActorType> = new Set(["ORGANIZATION", "GROUP"]);

/** True for one capitalised word that is not an acronym: "Stoltenberg", not "NATO" or "TASS". */
function isLoneCapitalisedWord(name: string, type: ActorType): boolean {
  if (isDescription(name) || normalizeName(name, type).length !== 1) return false;
  const word = name.trim();
  return /^\p{Lu}/u.test(word) && word !== word.toUpperCase();
}

/**
 * True when an actor's type is the extractor's guess: an organisation or group named by one capitalised word in
 * every form (`names`: the name and its aliases), none a known country, organisation or place (`knownBody`).
 * Callers rule out actors that came from the gazetteer first.
 * @example isGuessedType("ORGANIZATION", ["Stoltenberg"], () => false) // true
 */
export function isGuessedType(
  type: ActorType,
  names: readonly string[],
  knownBody: (name: string) => boolean,
): boolean {
  if (!GUESSABLE_TYPES.has(type)) return false;
  return names.every((name) => isLoneCapitalisedWord(name, type) && !knownBody(name));
}

/** `isGuessedType` for one article's actor: never when the extractor's gazetteer placed it. */
export function localHasGuessedType(local: LocalActor, knownBody: (name: string) => boolean): boolean {
  return local.gazetteerKey === null && isGuessedType(local.type, [local.name, ...local.aliases], knownBody);
}
