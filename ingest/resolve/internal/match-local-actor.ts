// Finds the global actor a local actor (one article's mention cluster) is, tier by tier from the most to the
// least trusted: alias-file routes, gazetteer key, exact names, acronyms, spelling variants, surnames,
// descriptions. A weak tier only accepts one unambiguous candidate. Internal to the registry.

import type { ActorType } from "../../../graph-schema/index.ts";
import type { LocalActor } from "../../extract/article-extraction.ts";
import { acronymForm, acronymsOf } from "../acronym-of.ts";
import { namesMatchFuzzily, type FuzzyNameOptions } from "../names-match-fuzzily.ts";
import { isDescription, nameKey, normalizeName } from "../normalize-name.ts";
import { transliterationKey } from "../../names/transliteration-key.ts";
import { fuzzyBlock, type ActorNameIndex } from "./actor-name-index.ts";
import type { ActorState } from "./actor-state.ts";
import type { ActorLookup } from "./actor-states.ts";
import { localHasGuessedType } from "./is-guessed-type.ts";

export const MATCH_TIERS = [
  "override",
  "gazetteer",
  "name",
  "alias",
  "acronym",
  "fuzzy",
  "suffix",
  "surname",
  "description",
] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** Tiers strong enough to run before the weak ones, and to share a global actor between two local actors. */
export const STRONG_MATCH_TIERS: ReadonlySet<MatchTier> = new Set(["override", "gazetteer", "name", "alias"]);

export interface MatchContext {
  index: ActorNameIndex;
  actors: ActorLookup;
  /** Alias-file merges: name key → actor id; followed for the local actor's name and its full-name aliases. */
  mergeRoutes: ReadonlyMap<string, string>;
  /** Alias-file splits with a destination: name key → actor id; followed for the local actor's name only. */
  splitRoutes: ReadonlyMap<string, string>;
  fuzzy: FuzzyNameOptions | null;
  /** Global ids already taken by another local actor of the same article (weak tiers may not reuse them). */
  claimed: ReadonlySet<string>;
  /** Whether a name is a known country, organisation or place (the gazetteer): such a word is no surname. */
  knownBody: (name: string) => boolean;
}

export interface LocalActorMatch {
  id: string;
  tier: MatchTier;
}

const TYPE_FAMILY: Readonly<Record<ActorType, string>> = {
  PERSON: "person",
  ORGANIZATION: "organization",
  GROUP: "organization",
  MEDIA: "organization",
  COUNTRY: "place",
  LOCATION: "place",
};

const blocked = (state: ActorState, keys: Set<string>): boolean => [...keys].some((key) => state.blockedKeys.has(key));

function usable(ctx: MatchContext, id: string, local: LocalActor, keys: Set<string>, exactType: boolean): boolean {
  const state = ctx.actors.get(id);
  if (!state) return false;
  const type = state.record.type;
  if (exactType ? type !== local.type : TYPE_FAMILY[type] !== TYPE_FAMILY[local.type]) return false;
  return !blocked(state, keys);
}

/** An unclaimed actor whose type is only a guess, which a person named so may adopt. */
function adoptable(ctx: MatchContext, id: string, keys: Set<string>): boolean {
  const state = ctx.actors.get(id);
  return state !== undefined && state.guessedType && !ctx.claimed.has(id) && !blocked(state, keys);
}

/** The one usable candidate, else null (none, or ambiguous). */
function single(ids: Iterable<string> | undefined, accept: (id: string) => boolean): string | null {
  if (!ids) return null;
  const usableIds = [...new Set(ids)].filter(accept);
  return usableIds.length === 1 ? (usableIds[0] as string) : null;
}

/** An exact key hit: prefer the single actor whose canonical name it is, else the single actor carrying it. */
function exact(ctx: MatchContext, key: string, accept: (id: string) => boolean): string | null {
  const canonical = single(
    ctx.index.byCanonicalKey.get(key),
    (id) => accept(id) && (ctx.index.byKey.get(key)?.has(id) ?? false),
  );
  return canonical ?? single(ctx.index.byKey.get(key), accept);
}

function fuzzyMatch(ctx: MatchContext, local: LocalActor, accept: (id: string) => boolean): string | null {
  if (!ctx.fuzzy || isDescription(local.name)) return null;
  const words = normalizeName(local.name, local.type);
  if (words.length === 0 || (local.type === "PERSON" && words.length === 1)) return null;
  const options = ctx.fuzzy;
  const hits = (ctx.index.fuzzyBlocks.get(fuzzyBlock(local.type, words)) ?? [])
    .filter((entry) => namesMatchFuzzily(words, entry.words, local.type, options))
    .map((entry) => entry.id);
  return single(hits, accept);
}

/**
 * A person's full name inside a longer one, either way: "NATO Jens Stoltenberg" or "Frank-Walter Steinmeier"
 * is "Jens Stoltenberg" / "Walter Steinmeier" when exactly one person carries the two-word form.
 */
function suffixMatch(ctx: MatchContext, local: LocalActor, accept: (id: string) => boolean): string | null {
  if (local.type !== "PERSON" || isDescription(local.name)) return null;
  const words = normalizeName(local.name, "PERSON");
  if (words.length === 2) return single(ctx.index.byPersonSuffix.get(words.join("")), accept);
  return words.length > 2 ? single(ctx.index.byKey.get(words.slice(-2).join("")), accept) : null;
}

/**
 * A person matched on the surname: a lone surname joins the one person who carries it (or adopts the one actor
 * the extractor could only guess a type for, when no person does); a full name adopts a surname-only actor,
 * a person's or a guessed one, when no other full name shares the surname.
 */
function surnameMatch(
  ctx: MatchContext,
  local: LocalActor,
  keys: Set<string>,
  accept: (id: string) => boolean,
): string | null {
  if (local.type !== "PERSON" || isDescription(local.name)) return null;
  const words = normalizeName(local.name, "PERSON");
  const surname = transliterationKey(words[words.length - 1] ?? "");
  if (surname === "") return null;
  const people = [...(ctx.index.bySurname.get(surname) ?? [])].filter(accept);
  const guessed = ctx.index.byGuessedName.get(surname) ?? [];
  if (words.length === 1) {
    if (people.length > 0) return single(people, accept);
    return single(guessed, (id) => adoptable(ctx, id, keys));
  }
  const surnameOnly = [...(ctx.index.bySingleName.get(surname) ?? []), ...guessed];
  return people.length === 0 ? single(surnameOnly, (id) => accept(id) || adoptable(ctx, id, keys)) : null;
}

/**
 * A lone word typed by guess ("Stoltenberg's accusations" → ORGANIZATION) is the one known person with that
 * surname, unless an actor known by evidence (a country, an organisation, a place) carries the word.
 */
function guessedSurnameMatch(ctx: MatchContext, local: LocalActor, keys: Set<string>): string | null {
  for (const id of ctx.index.byKey.get(nameKey(local.name, local.type)) ?? []) {
    const state = ctx.actors.get(id);
    if (state && state.record.type !== "PERSON" && !state.guessedType) return null;
  }
  const surname = transliterationKey(normalizeName(local.name, "PERSON")[0] ?? "");
  if (surname === "") return null;
  const people = [...(ctx.index.bySurname.get(surname) ?? []), ...(ctx.index.bySingleName.get(surname) ?? [])];
  return single(people, (id) => {
    const state = ctx.actors.get(id);
    return state?.record.type === "PERSON" && !ctx.claimed.has(id) && !blocked(state, keys);
  });
}

function acronymMatch(ctx: MatchContext, local: LocalActor, accept: (id: string) => boolean): string | null {
  if (local.type === "PERSON") return null;
  for (const name of [local.name, ...local.aliases]) {
    const form = acronymForm(name);
    const hit = form
      ? single(ctx.index.byExpansionAcronym.get(form), accept)
      : single(
          acronymsOf(name).flatMap((acronym) => [...(ctx.index.byAcronymForm.get(acronym) ?? [])]),
          accept,
        );
    if (hit) return hit;
  }
  return null;
}

/**
 * The global actor `local` is, or null for a new actor. `strongOnly` runs the trusted tiers alone (first pass
 * over an article); weak tiers never return an actor another local actor of the article already claimed.
 */
export function matchLocalActor(local: LocalActor, ctx: MatchContext, strongOnly: boolean): LocalActorMatch | null {
  const nameKeyOfLocal = nameKey(local.name, local.type);
  const fullAliases = local.aliases.filter(
    (alias) => !isDescription(alias) && (local.type !== "PERSON" || normalizeName(alias, "PERSON").length > 1),
  );
  const nameKeys = new Set([nameKeyOfLocal]);
  const strong = (id: string): boolean => usable(ctx, id, local, nameKeys, false);
  const weak = (id: string): boolean => !ctx.claimed.has(id) && usable(ctx, id, local, nameKeys, false);
  const weakSameType = (id: string): boolean => !ctx.claimed.has(id) && usable(ctx, id, local, nameKeys, true);

  const split = ctx.splitRoutes.get(nameKeyOfLocal);
  if (split !== undefined) return { id: split, tier: "override" };
  for (const key of [nameKeyOfLocal, ...fullAliases.map((alias) => nameKey(alias, local.type))]) {
    const routed = ctx.mergeRoutes.get(key);
    if (routed !== undefined) return { id: routed, tier: "override" };
  }
  const gazetteer = local.gazetteerKey === null ? undefined : ctx.index.byGazetteerKey.get(local.gazetteerKey);
  if (gazetteer !== undefined && ctx.actors.has(gazetteer)) return { id: gazetteer, tier: "gazetteer" };
  // A guessed type must not pin the word to an earlier guess of the same name before a person can claim it:
  // the surname tier goes first, in the second pass, and the name tier only after it.
  if (localHasGuessedType(local, ctx.knownBody)) {
    if (strongOnly) return null;
    const byGuessedSurname = guessedSurnameMatch(ctx, local, nameKeys);
    if (byGuessedSurname) return { id: byGuessedSurname, tier: "surname" };
  }
  if (!isDescription(local.name)) {
    const byName = nameKeyOfLocal === "" ? null : exact(ctx, nameKeyOfLocal, strong);
    if (byName) return { id: byName, tier: "name" };
    for (const alias of fullAliases) {
      const byAlias = exact(ctx, nameKey(alias, local.type), strong);
      if (byAlias) return { id: byAlias, tier: "alias" };
    }
  }
  if (strongOnly) return null;
  const byAcronym = acronymMatch(ctx, local, weak);
  if (byAcronym) return { id: byAcronym, tier: "acronym" };
  const byFuzzy = fuzzyMatch(ctx, local, weakSameType);
  if (byFuzzy) return { id: byFuzzy, tier: "fuzzy" };
  const bySuffix = suffixMatch(ctx, local, weakSameType);
  if (bySuffix) return { id: bySuffix, tier: "suffix" };
  const bySurname = surnameMatch(ctx, local, nameKeys, weakSameType);
  if (bySurname) return { id: bySurname, tier: "surname" };
  if (isDescription(local.name)) {
    const byDescription = single(ctx.index.byDescription.get(nameKeyOfLocal), weak);
    if (byDescription) return { id: byDescription, tier: "description" };
  }
  return null;
}
