// The actor registry: resolves each article's local actors to stable global actors across articles (exact names,
// gazetteer keys, acronyms, spelling variants, surnames, linked descriptions; the alias file over all of them)
// and rewrites the article's relations onto global ids.

import { SchemaViolationError } from "../../graph-schema/index.ts";
import type { ActorRecord, ActorType, ArticleRecord, KnownActor, RelationRecord } from "../../graph-schema/index.ts";
import type { ArticleExtraction, LocalActor } from "../extract/article-extraction.ts";
import { actorSlug, uniqueActorId } from "./actor-slug.ts";
import { resolveActorRegistryOptions, type ActorRegistryOptions } from "./actor-registry-options.ts";
import { hasOverrides } from "./alias-overrides.ts";
import { followRemap } from "./follow-remap.ts";
import { applyAliasOverrides } from "./apply-alias-overrides.ts";
import { ActorNameIndex } from "./internal/actor-name-index.ts";
import {
  actorStateOf,
  addAlias,
  storedRecordOf,
  storedRecords,
  addArticle,
  addRole,
  countNameForm,
  readStoredRoles,
  voteAffiliation,
  LISTED_AFFILIATION_VOTE,
  type ActorState,
} from "./internal/actor-state.ts";
import { ActorStates } from "./internal/actor-states.ts";
import { isGuessedType, localHasGuessedType } from "./internal/is-guessed-type.ts";
import { MATCH_TIERS, matchLocalActor, type MatchContext, type MatchTier } from "./internal/match-local-actor.ts";
import { isDescription, nameKey } from "./normalize-name.ts";
import { relationId } from "./relation-id.ts";
import { createGazetteer } from "../gazetteer/gazetteer.ts";

/** Gazetteer used to name affiliations ("NATO Secretary General") that are not actors of the article. */
const AFFILIATION_GAZETTEER = createGazetteer();

/** True when the gazetteer knows the name as a country or organisation: such a word is never a surname. */
const isKnownBody = (name: string): boolean => AFFILIATION_GAZETTEER.byName(name) !== undefined;

/**
 * The bodies named only as affiliations (NATO in "NATO Secretary General Jens Stoltenberg"), added as actors of
 * the article when the gazetteer knows them, so roles and affiliations point at real actors.
 */
function withAffiliationBodies(actors: readonly LocalActor[]): LocalActor[] {
  const present = new Set(
    actors.flatMap((actor) => [actor.name, ...actor.aliases].map((name) => nameKey(name, actor.type))),
  );
  const presentKeys = new Set(actors.map((actor) => actor.gazetteerKey).filter((key) => key !== null));
  const added: LocalActor[] = [];
  // A dictionary's affiliation ("Croatia" for a Croatian minister) is no actor of an article that never names it.
  const named = (actor: LocalActor): Array<string | null> => [
    actor.affiliationListed === true ? null : actor.affiliation,
    ...actor.roles.map((role) => role.affiliation),
  ];
  for (const name of actors.flatMap(named)) {
    if (name === null) continue;
    const entry = AFFILIATION_GAZETTEER.byName(name);
    if (!entry || presentKeys.has(entry.key) || present.has(nameKey(entry.name, entry.type))) continue;
    presentKeys.add(entry.key);
    added.push({
      localId: `affiliation-${added.length + 1}`,
      name: entry.name,
      type: entry.type,
      aliases: name === entry.name ? [] : [name],
      mentions: 0,
      roles: [],
      affiliation: null,
      gazetteerKey: entry.key,
    });
  }
  return added.length === 0 ? [...actors] : [...actors, ...added];
}

export interface ResolvedArticle {
  article: ArticleRecord;
  /**
   * The global actors this article touches, after the update. These are the registry's live records (copying
   * an actor seen in 100k articles per article would be quadratic): read them, do not modify them.
   */
  actors: ActorRecord[];
  /** The article's relations on global actor ids, with stable ids; none has the same subject and object. */
  relations: RelationRecord[];
  /** Local actor id (`l1`) → global actor id. */
  actorIds: Record<string, string>;
}

/** How local actors were resolved: per matching tier, and `new` for actors created. */
export type MatchCounts = Record<MatchTier | "new", number>;

export interface ActorRegistry {
  /** Resolves one article; call in input order (results depend on the order, deterministically). */
  resolve(extraction: ArticleExtraction): ResolvedArticle;
  /**
   * Actors created or updated since the last call (alias-file changes to known actors on the first), for upsert.
   * Name, type, aliases, roles and affiliation are the full current state, but `articles` holds only the article
   * ids added to the actor since the previous call. Stores only add article links (and move a merged actor's
   * links themselves, in remapActors), so this delta is all they need, and a batch costs the same however many
   * articles an actor has been seen in.
   */
  changedActors(): ActorRecord[];
  /**
   * Every actor (copies), with the articles this registry resolved it in: for a registry over an empty store,
   * all of them; a store keeps the links of the articles it held before.
   */
  allActors(): ActorRecord[];
  /**
   * Every actor id with its affiliation (actor id or null): a live read-only view kept up to date as articles are
   * resolved, so reading it costs nothing; copy it to keep a snapshot.
   */
  affiliations(): ReadonlyMap<string, string | null>;
  /** Known actor ids the alias file merged into another id; the store deletes them and rewrites references. */
  remappedIds(): ReadonlyMap<string, string>;
  matchCounts(): MatchCounts;
}

/** A copy of `actor` that shares nothing with it, with `articles` in place of its article list. */
const copyActor = (actor: ActorRecord, articles: readonly string[] = actor.articles): ActorRecord => ({
  ...actor,
  aliases: [...actor.aliases],
  articles: [...articles],
  roles: actor.roles.map((role) => ({ ...role })),
});

/** The date part of an ISO date or date-time, else null. */
function dateOf(published: string | null): string | null {
  return published !== null && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

/** Keys a name is looked up under, whatever the type: with and without leading titles. */
function routeKeys(name: string): string[] {
  return [...new Set([nameKey(name, "PERSON"), nameKey(name, "ORGANIZATION")])].filter((key) => key !== "");
}

/**
 * Creates a registry over the actors a store already holds. The alias file in `options.overrides` is applied
 * to them first, then followed on every article.
 * @example
 * const registry = createActorRegistry(await store.knownActors(), { overrides });
 * for (const extraction of extractions) batch.push(registry.resolve(extraction));
 * await store.write({ articles, actors: registry.changedActors(), relations, responses });
 */
export function createActorRegistry(
  known: readonly KnownActor[],
  options: Partial<ActorRegistryOptions> = {},
): ActorRegistry {
  const settings = resolveActorRegistryOptions(options);
  const { overrides } = settings;
  // An alias file rewrites stored actors whole (roles too); without one, roles are read as actors are touched.
  const withOverrides = hasOverrides(overrides);
  // Without an alias file the stored actors are used as the store gave them: each gets its record when touched.
  const applied: {
    actors: readonly (ActorRecord | KnownActor)[];
    remap: Map<string, string>;
    changedActors: string[];
  } = withOverrides
    ? applyAliasOverrides(storedRecords(known), [], overrides)
    : { actors: known, remap: new Map<string, string>(), changedActors: [] };
  const index = new ActorNameIndex();
  const changed = new Set<string>(applied.changedActors);
  const affiliations = new Map<string, string | null>();
  const counts = Object.fromEntries([...MATCH_TIERS, "new"].map((tier) => [tier, 0])) as MatchCounts;
  /** Where the alias file put `id`, following merges of merged actors (a → b, then b → c). */
  const resolveId = (id: string): string => followRemap(applied.remap, id, overrides.origin);

  const indexActor = (record: Pick<ActorRecord, "id" | "type" | "name" | "aliases">, guessedType: boolean): void => {
    index.addName(record.id, record.type, record.name, true);
    for (const alias of record.aliases) index.addName(record.id, record.type, alias, false);
    if (guessedType) index.addGuessedName(record.id, record.type, record.name);
  };
  // How many articles each known actor was seen in (an actor the alias file merged others into, with theirs).
  const storedArticles = new Map(known.map((actor) => [actor.id, actor.articleCount]));
  for (const from of applied.remap.keys()) {
    const target = resolveId(from);
    storedArticles.set(target, (storedArticles.get(target) ?? 0) + (storedArticles.get(from) ?? 0));
  }
  const guessedStored = new Set<string>();
  // A stored actor's working state is made when first read: most of a large store's actors are never touched.
  const states = new ActorStates<ActorRecord | KnownActor>((actor) => {
    const stored = "readRoles" in actor;
    const record = stored ? storedRecordOf(actor, false) : actor;
    const state = actorStateOf(record, storedArticles.get(actor.id) ?? 0, stored ? actor.readRoles : null);
    state.guessedType = guessedStored.has(actor.id);
    return state;
  });
  for (const actor of applied.actors) {
    if (isGuessedType(actor.type, [actor.name, ...actor.aliases], isKnownBody)) guessedStored.add(actor.id);
    states.addStored(actor);
    affiliations.set(actor.id, actor.affiliation);
    indexActor(actor, guessedStored.has(actor.id));
  }
  for (const rename of overrides.rename) {
    const state = states.get(resolveId(rename.actor));
    if (state) state.pinnedName = true;
  }
  for (const override of overrides.type) {
    const state = states.get(resolveId(override.actor));
    if (state) state.pinnedType = true;
  }
  for (const split of overrides.split) {
    const state = states.get(resolveId(split.actor));
    if (state) state.blockedKeys.add(nameKey(split.alias, state.record.type));
  }

  const mergeRoutes = new Map<string, string>();
  const pendingMerges = new Map<string, { name: string; type: ActorType | null }>();
  for (const merge of overrides.merge) {
    const existing = applied.actors.find((actor) => actor.name === merge.name);
    const target = merge.id ?? existing?.id ?? actorSlug(merge.name, merge.type ?? "PERSON");
    if (!states.has(target)) pendingMerges.set(target, { name: merge.name, type: merge.type });
    else states.get(target)!.pinnedName = true;
    for (const member of [merge.name, ...merge.members])
      for (const key of routeKeys(member)) mergeRoutes.set(key, target);
  }
  const splitRoutes = new Map<string, string>();
  for (const split of overrides.split) {
    if (split.to !== null) for (const key of routeKeys(split.alias)) splitRoutes.set(key, resolveId(split.to));
  }

  const createActor = (local: LocalActor, wantedId: string | null): ActorState => {
    const pending = wantedId === null ? undefined : pendingMerges.get(wantedId);
    const type = pending?.type ?? local.type;
    const name = pending?.name ?? local.name;
    const id =
      wantedId ??
      uniqueActorId(actorSlug(name, type), (candidate) => states.has(candidate) || pendingMerges.has(candidate));
    const state = actorStateOf({ id, name, type, aliases: [], articles: [], roles: [], affiliation: null }, 0);
    state.forms.clear();
    state.pinnedName = pending !== undefined || overrides.rename.some((r) => r.actor === id);
    if (state.pinnedName) state.record.name = overrides.rename.find((r) => r.actor === id)?.name ?? name;
    const typeOverride = overrides.type.find((t) => t.actor === id);
    if (typeOverride) {
      state.record.type = typeOverride.type;
      state.pinnedType = true;
    }
    for (const split of overrides.split)
      if (split.actor === id) state.blockedKeys.add(nameKey(split.alias, state.record.type));
    state.guessedType = !state.pinnedType && localHasGuessedType(local, isKnownBody);
    pendingMerges.delete(id);
    states.set(id, state);
    affiliations.set(id, null);
    indexActor(state.record, state.guessedType);
    return state;
  };

  /** Matches every local actor of an article: trusted tiers for all first, then the rest in article order. */
  const matchArticle = (locals: LocalActor[]): Map<string, ActorState> => {
    const assigned = new Map<string, ActorState>();
    const claimed = new Set<string>();
    const context: MatchContext = {
      index,
      actors: states,
      mergeRoutes,
      splitRoutes,
      fuzzy: settings.fuzzy ? settings : null,
      claimed,
      knownBody: isKnownBody,
    };
    for (const strongOnly of [true, false]) {
      for (const local of locals) {
        if (assigned.has(local.localId)) continue;
        const match = matchLocalActor(local, context, strongOnly);
        if (!match && strongOnly) continue;
        const state =
          match && states.has(match.id)
            ? (states.get(match.id) as ActorState)
            : createActor(local, match ? match.id : null);
        counts[match ? match.tier : "new"] += 1;
        assigned.set(local.localId, state);
        if (local.gazetteerKey !== null && !index.byGazetteerKey.has(local.gazetteerKey)) {
          index.byGazetteerKey.set(local.gazetteerKey, state.record.id);
        }
        claimed.add(state.record.id);
      }
    }
    return assigned;
  };

  const updateActor = (
    state: ActorState,
    local: LocalActor,
    article: ArticleRecord,
    affiliationOf: (name: string | null) => string | null,
  ): void => {
    const { record } = state;
    // A guessed type gives way to evidence: "Jens Stoltenberg" makes the lone "Stoltenberg" actor a person.
    if (state.guessedType && !localHasGuessedType(local, isKnownBody)) {
      state.guessedType = false;
      if (!state.pinnedType && local.type !== record.type) {
        record.type = local.type;
        indexActor(record, state.guessedType);
      }
    }
    addArticle(state, article.id);
    for (const name of [local.name, ...local.aliases]) {
      const key = nameKey(name, record.type);
      if (key === "" || state.blockedKeys.has(key)) continue;
      addAlias(state, name);
      index.addName(record.id, record.type, name, false);
    }
    if (!state.blockedKeys.has(nameKey(local.name, record.type)) && !isDescription(local.name)) {
      countNameForm(state, local.name);
      index.addName(record.id, record.type, record.name, true);
    }
    for (const role of local.roles) {
      const affiliation = affiliationOf(role.affiliation);
      addRole(state, {
        title: role.title,
        affiliation: affiliation === record.id ? null : affiliation,
        article: article.id,
        date: dateOf(article.published),
      });
    }
    const affiliation = affiliationOf(local.affiliation);
    const weight = local.affiliationListed === true ? LISTED_AFFILIATION_VOTE : 1;
    if (affiliation !== null && affiliation !== record.id && voteAffiliation(state, affiliation, weight)) {
      affiliations.set(record.id, record.affiliation);
    }
    changed.add(record.id);
  };

  const resolve = (given: ArticleExtraction): ResolvedArticle => {
    const extraction = { ...given, actors: withAffiliationBodies(given.actors) };
    const { article } = extraction;
    const assigned = matchArticle(extraction.actors);
    // The records a resolved article hands out are complete: a stored actor's roles are read when first touched.
    for (const state of assigned.values()) readStoredRoles(state);
    const localIdsByKey = new Map<string, string>();
    for (const local of extraction.actors) {
      for (const name of [local.name, ...local.aliases]) {
        for (const key of routeKeys(name))
          if (!localIdsByKey.has(key)) localIdsByKey.set(key, assigned.get(local.localId)!.record.id);
      }
    }
    const affiliationOf = (name: string | null): string | null => {
      if (name === null) return null;
      for (const key of routeKeys(name)) {
        const local = localIdsByKey.get(key);
        if (local !== undefined) return local;
        const ids = [...(index.byKey.get(key) ?? [])].filter((id) => states.typeOf(id) !== "PERSON");
        if (ids.length === 1) return ids[0] as string;
      }
      return null;
    };
    for (const local of extraction.actors) updateActor(assigned.get(local.localId)!, local, article, affiliationOf);

    const globalOf = (localId: string, field: string, position: number): string => {
      const state = assigned.get(localId);
      if (!state) {
        throw new SchemaViolationError(
          `resolve: article ${article.id} (${article.file}) relation ${position} has ${field} "${localId}", which is not one of its actors`,
          { hint: "the extractor must list every actor its relations name" },
        );
      }
      return state.record.id;
    };
    const relations = new Map<string, RelationRecord>();
    extraction.relations.forEach((local, position) => {
      const subject = globalOf(local.subject, "subject", position);
      const object = globalOf(local.object, "object", position);
      if (subject === object) return;
      const relation: RelationRecord = {
        id: relationId(article.id, local.type, local.offsets),
        subject,
        object,
        type: local.type,
        plover: local.plover,
        article: article.id,
        sentence: local.sentence,
        negated: local.negated,
        hypothetical: local.hypothetical,
        confidence: local.confidence,
        attributedTo: local.attributedTo === null ? null : globalOf(local.attributedTo, "attributedTo", position),
        cue: local.cue,
        eventDate: local.eventDate,
        offsets: local.offsets,
      };
      const previous = relations.get(relation.id);
      if (!previous || previous.confidence < relation.confidence) relations.set(relation.id, relation);
    });
    const touched = [...new Set([...assigned.values()])].map((state) => state.record);
    const actorIds = Object.fromEntries([...assigned].map(([localId, state]) => [localId, state.record.id]));
    return { article, actors: touched, relations: [...relations.values()], actorIds };
  };

  return {
    resolve,
    changedActors() {
      const result = [...changed].flatMap((id) => {
        const state = states.get(id);
        if (!state) return [];
        readStoredRoles(state);
        const actor = copyActor(state.record, state.newArticles);
        state.newArticles = [];
        return [actor];
      });
      changed.clear();
      return result;
    },
    allActors: () =>
      [...states.values()].map((state) => {
        readStoredRoles(state);
        return copyActor(state.record);
      }),
    affiliations: () => affiliations,
    remappedIds: () => new Map(applied.remap),
    matchCounts: () => ({ ...counts }),
  };
}
