// The registry's working copy of one global actor: its record plus what picks the canonical name (how many
// articles used each full form), its role spans, the articles not yet reported, and which overrides pin its name
// or type. A stored actor's roles are read when first needed (readStoredRoles). Internal to the registry.

import type { ActorRecord, ActorRole, ActorType, KnownActor } from "../../../graph-schema/index.ts";
import { isDescription, nameKey, normalizeName } from "../normalize-name.ts";
import { RoleSpans } from "./role-spans.ts";

export interface ActorState {
  record: ActorRecord;
  /** Name form → number of articles that used it as the actor's name, when it was first seen, and if it is full. */
  forms: Map<string, NameForm>;
  /** The record's aliases as a set, for constant-time membership on actors with many names. */
  aliasSet: Set<string>;
  /**
   * The first and last sighting per (title, affiliation), built when the roles are compacted (see actorStateOf);
   * `record.roles` is rebuilt from it when it changes.
   */
  roleSpans: RoleSpans | null;
  /** Reads a stored actor's roles, until they are read into `record.roles` (null: they are there). */
  unreadRoles: (() => ActorRole[]) | null;
  /**
   * Affiliation → articles that gave it. The most frequent one is the record's, so one confused article does not
   * move an actor to another country; a stored affiliation weighs as much as the articles already seen.
   */
  affiliationVotes: Map<string, number>;
  /** Article ids added to `record.articles` since the registry last reported the actor as changed. */
  newArticles: string[];
  /** Name or type fixed by the alias file; automatic choices do not change them. */
  pinnedName: boolean;
  pinnedType: boolean;
  /** The type is the extractor's guess for a lone word (see is-guessed-type.ts): a person may adopt the actor. */
  guessedType: boolean;
  /** Keys of aliases the alias file split off this actor: never added back, never matched. */
  blockedKeys: Set<string>;
}

export interface NameForm {
  count: number;
  order: number;
  full: boolean;
}

let formOrder = 0;

/** A full form can be a canonical name: not a description, and for a person more than one word. */
export function isFullForm(name: string, type: ActorType): boolean {
  if (isDescription(name) || nameKey(name, type) === "") return false;
  return type !== "PERSON" || normalizeName(name, type).length > 1;
}

/**
 * The working state of `record`, seen in `storedArticles` articles before (they weigh its name and affiliation).
 * Its roles are compacted to spans (a merged or old stored actor may carry many), at once when they are in the
 * record, else when `unreadRoles` reads them (readStoredRoles); `record.roles` stays empty until then.
 */
export function actorStateOf(
  record: ActorRecord,
  storedArticles: number,
  unreadRoles: (() => ActorRole[]) | null = null,
): ActorState {
  const weight = Math.max(1, storedArticles);
  const forms = new Map([
    [record.name, { count: weight, order: formOrder++, full: isFullForm(record.name, record.type) }],
  ]);
  const state: ActorState = {
    record,
    forms,
    aliasSet: new Set(record.aliases),
    roleSpans: null,
    unreadRoles,
    affiliationVotes: new Map(record.affiliation === null ? [] : [[record.affiliation, weight]]),
    newArticles: [],
    pinnedName: false,
    pinnedType: false,
    guessedType: false,
    blockedKeys: new Set(),
  };
  if (unreadRoles === null) compactRoles(state);
  return state;
}

/** Adds `articleId` to the actor's articles unless it is there, remembering it for the next report. */
export function addArticle(state: ActorState, articleId: string): void {
  // An article is resolved whole before the next, so its repeat can only be the last one added (no set of every
  // article an actor of 100k articles was seen in).
  if (state.record.articles[state.record.articles.length - 1] === articleId) return;
  state.record.articles.push(articleId);
  state.newArticles.push(articleId);
}

/**
 * What an affiliation taken from the actor dictionaries weighs against one an article states: less than any number
 * of them a store holds in practice, so "European Commission President Ursula von der Leyen" in one article
 * outweighs the dictionaries' Germany in a thousand that name her without her title.
 */
export const LISTED_AFFILIATION_VOTE = 1 / 4096;

/**
 * Counts one article's `affiliation` for the actor (`weight`: 1 for the article's word, LISTED_AFFILIATION_VOTE for
 * the dictionaries') and makes it the record's once it weighs most (a tie keeps the current one). Returns whether
 * the record's affiliation changed.
 */
export function voteAffiliation(state: ActorState, affiliation: string, weight = 1): boolean {
  const { record, affiliationVotes } = state;
  const votes = (affiliationVotes.get(affiliation) ?? 0) + weight;
  affiliationVotes.set(affiliation, votes);
  if (affiliation === record.affiliation) return false;
  if (record.affiliation !== null && votes <= (affiliationVotes.get(record.affiliation) ?? 0)) return false;
  record.affiliation = affiliation;
  return true;
}

/** The registry's own records of a store's actors (no article list), roles read (an alias file rewrites whole records). */
export function storedRecords(known: readonly KnownActor[]): ActorRecord[] {
  return known.map((actor) => storedRecordOf(actor, true));
}

/** The registry's own record of a stored actor: no articles yet, its roles read now or left for later (empty). */
export function storedRecordOf(known: KnownActor, readRolesNow: boolean): ActorRecord {
  const { articleCount: _count, readRoles, ...actor } = known;
  // The registry adds aliases to its records: the store's object stays as it was given.
  return { ...actor, aliases: [...actor.aliases], articles: [], roles: readRolesNow ? readRoles() : [] };
}

/** Builds the role spans from `record.roles` and puts the record's roles in their compact form. */
function compactRoles(state: ActorState): RoleSpans {
  const spans = new RoleSpans();
  for (const known of state.record.roles) spans.add(known);
  state.roleSpans = spans;
  state.record.roles = spans.roles();
  return spans;
}

/** Reads a stored actor's roles into its record, compacted, once: before anything reads or changes them. */
export function readStoredRoles(state: ActorState): void {
  if (state.unreadRoles === null) return;
  state.record.roles = state.unreadRoles();
  state.unreadRoles = null;
  compactRoles(state);
}

/** Records one sighting of a role; rebuilds `record.roles` only when the span of its (title, affiliation) moved. */
export function addRole(state: ActorState, role: ActorRole): void {
  readStoredRoles(state);
  const spans = state.roleSpans ?? compactRoles(state);
  if (spans.add(role)) state.record.roles = spans.roles();
}

/** Counts one article's use of `name` and re-picks the canonical name unless the alias file pinned it. */
export function countNameForm(state: ActorState, name: string): void {
  const form = state.forms.get(name);
  if (form) form.count += 1;
  else state.forms.set(name, { count: 1, order: formOrder++, full: isFullForm(name, state.record.type) });
  if (!state.pinnedName) setCanonicalName(state, pickCanonicalName(state));
}

/** The most frequent full form; ties keep the current name, then the earliest seen. */
function pickCanonicalName(state: ActorState): string {
  const { record } = state;
  const rank = (name: string, form: NameForm): number[] => [
    form.full ? 1 : 0,
    form.count,
    name === record.name ? 1 : 0,
    -form.order,
  ];
  let best = record.name;
  let bestRank = rank(
    best,
    state.forms.get(best) ?? { count: 0, order: Number.MAX_SAFE_INTEGER, full: isFullForm(best, record.type) },
  );
  for (const [name, form] of state.forms) {
    const candidate = rank(name, form);
    const index = candidate.findIndex((value, i) => value !== bestRank[i]);
    if (index >= 0 && (candidate[index] as number) > (bestRank[index] as number)) {
      best = name;
      bestRank = candidate;
    }
  }
  return best;
}

/** Makes `name` the display name, keeping the old one as an alias. */
export function setCanonicalName(state: ActorState, name: string): void {
  const { record } = state;
  if (record.name === name) return;
  const previous = record.name;
  record.name = name;
  if (state.aliasSet.delete(name)) record.aliases = record.aliases.filter((alias) => alias !== name);
  addAlias(state, previous);
}

/** Adds an alias unless it is the name or already there. */
export function addAlias(state: ActorState, alias: string): void {
  if (alias === state.record.name || state.aliasSet.has(alias)) return;
  state.aliasSet.add(alias);
  state.record.aliases.push(alias);
}
