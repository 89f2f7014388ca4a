// Applies the alias file to an already-stored graph: merges actors, moves split mentions to their own actor,
// renames and retypes, and returns the id remapping so a store can rewrite what it keeps elsewhere.

import type { ActorRecord, ActorRole, RelationRecord } from "../../graph-schema/index.ts";
import { actorSlug, uniqueActorId } from "./actor-slug.ts";
import type { AliasMerge, AliasOverrides, AliasSplit } from "./alias-overrides.ts";
import { assertNoRemapCycle, followRemap } from "./follow-remap.ts";
import { nameKey } from "./normalize-name.ts";

export interface AliasOverrideResult {
  /** Every actor after the overrides (merged-away actors removed, split-off actors added). */
  actors: ActorRecord[];
  /** Relations with subject, object and attributedTo rewritten; ids never change (they hash spans, not actors). */
  relations: RelationRecord[];
  /** Old actor id → the id it was merged into. The store deletes the old ids and rewrites references. */
  remap: Map<string, string>;
  /** Relations whose subject and object became one actor; the store deletes them. */
  droppedRelations: string[];
  /** Ids of actors created or changed, for the store to upsert. */
  changedActors: string[];
}

function cloneActor(actor: ActorRecord): ActorRecord {
  return {
    ...actor,
    aliases: [...actor.aliases],
    articles: [...actor.articles],
    roles: actor.roles.map((role) => ({ ...role })),
  };
}

function actorKeys(actor: ActorRecord): Set<string> {
  return new Set([actor.name, ...actor.aliases].map((name) => nameKey(name, actor.type)));
}

function pushUnique<T>(list: T[], items: Iterable<T>, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  for (const item of items) if (!list.some((existing) => same(existing, item))) list.push(item);
}

const sameRole = (a: ActorRole, b: ActorRole): boolean =>
  a.title === b.title && a.affiliation === b.affiliation && a.article === b.article;

/** Sets `name` as the display name, keeping the previous name as an alias. */
export function renameActor(actor: ActorRecord, name: string): void {
  if (actor.name === name) return;
  pushUnique(actor.aliases, [actor.name]);
  actor.name = name;
  actor.aliases = actor.aliases.filter((alias) => alias !== name);
}

function applyMerge(
  merge: AliasMerge,
  byId: Map<string, ActorRecord>,
  remap: Map<string, string>,
  changed: Set<string>,
): void {
  const memberIds = new Set(merge.members);
  const slug = actorSlug(merge.name, merge.type ?? "PERSON");
  const matched = [...byId.values()].filter((actor) => {
    if (memberIds.has(actor.id) || actor.id === merge.id) return true;
    const keys = actorKeys(actor);
    return [merge.name, ...merge.members].some((member) => keys.has(nameKey(member, actor.type)));
  });
  if (matched.length === 0) return;
  const targetId = merge.id ?? (byId.has(slug) && matched.some((a) => a.id === slug) ? slug : null);
  let target = targetId ? byId.get(targetId) : undefined;
  if (!target) {
    const first = matched[0] as ActorRecord;
    const id =
      targetId ?? uniqueActorId(slug, (candidate) => byId.has(candidate) && !matched.some((a) => a.id === candidate));
    target = {
      id,
      name: merge.name,
      type: merge.type ?? first.type,
      aliases: [],
      articles: [],
      roles: [],
      affiliation: null,
    };
  }
  const result = cloneActor(target);
  for (const actor of matched) {
    if (actor.id === result.id) continue;
    pushUnique(result.aliases, [actor.name, ...actor.aliases]);
    pushUnique(result.articles, actor.articles);
    pushUnique(result.roles, actor.roles, sameRole);
    result.affiliation ??= actor.affiliation;
    byId.delete(actor.id);
    remap.set(actor.id, result.id);
  }
  pushUnique(
    result.aliases,
    merge.members.filter((member) => !byIdHas(matched, member)),
  );
  renameActor(result, merge.name);
  if (merge.type) result.type = merge.type;
  byId.set(result.id, result);
  changed.add(result.id);
}

function byIdHas(actors: ActorRecord[], id: string): boolean {
  return actors.some((actor) => actor.id === id);
}

/** The text a relation's span covers (spans are article offsets; the sentence starts at offsets.sentence[0]). */
export function spanText(relation: RelationRecord, span: readonly [number, number]): string {
  const start = relation.offsets.sentence[0];
  return relation.sentence.slice(span[0] - start, span[1] - start);
}

function applySplit(
  split: AliasSplit,
  byId: Map<string, ActorRecord>,
  relations: RelationRecord[],
  resolveId: (id: string) => string,
  changed: Set<string>,
): void {
  const owner = byId.get(resolveId(split.actor));
  if (!owner) return;
  const key = nameKey(split.alias, owner.type);
  if (nameKey(owner.name, owner.type) === key) return;
  owner.aliases = owner.aliases.filter((alias) => nameKey(alias, owner.type) !== key);
  changed.add(owner.id);
  const moves = (actorId: string, span: readonly [number, number], relation: RelationRecord): boolean =>
    actorId === owner.id && nameKey(spanText(relation, span), owner.type) === key;
  const moving = relations.filter(
    (r) => moves(r.subject, r.offsets.subject, r) || moves(r.object, r.offsets.object, r),
  );
  if (moving.length === 0) return;
  let destination = split.to ? byId.get(resolveId(split.to)) : undefined;
  if (!destination) {
    const id = uniqueActorId(actorSlug(split.alias, owner.type), (candidate) => byId.has(candidate));
    destination = { id, name: split.alias, type: owner.type, aliases: [], articles: [], roles: [], affiliation: null };
    byId.set(id, destination);
  }
  for (const relation of moving) {
    if (moves(relation.subject, relation.offsets.subject, relation)) relation.subject = destination.id;
    if (moves(relation.object, relation.offsets.object, relation)) relation.object = destination.id;
    pushUnique(destination.articles, [relation.article]);
  }
  changed.add(destination.id);
}

/**
 * Applies an alias file to stored actors and relations, in file order: merges, splits, renames, types. Pure:
 * the inputs are not modified. Applying the same overrides twice changes nothing the second time.
 * @example
 * const { actors, relations, remap } = applyAliasOverrides(await store.allActors(), storedRelations, overrides);
 */
export function applyAliasOverrides(
  actors: readonly ActorRecord[],
  relations: readonly RelationRecord[],
  overrides: AliasOverrides,
): AliasOverrideResult {
  const byId = new Map(actors.map((actor) => [actor.id, cloneActor(actor)]));
  const remap = new Map<string, string>();
  const changed = new Set<string>();
  const resolveId = (id: string): string => followRemap(remap, id, overrides.origin);
  for (const merge of overrides.merge) applyMerge(merge, byId, remap, changed);
  // Merges that send actors into each other (by id, or by names the earlier merge gave) would never settle.
  assertNoRemapCycle(remap, overrides.origin, "the merges");
  const rewritten = relations.map((relation) => ({
    ...relation,
    subject: resolveId(relation.subject),
    object: resolveId(relation.object),
    attributedTo: relation.attributedTo === null ? null : resolveId(relation.attributedTo),
  }));
  for (const split of overrides.split) applySplit(split, byId, rewritten, resolveId, changed);
  for (const rename of overrides.rename) {
    const actor = byId.get(resolveId(rename.actor));
    if (actor && actor.name !== rename.name) {
      renameActor(actor, rename.name);
      changed.add(actor.id);
    }
  }
  for (const override of overrides.type) {
    const actor = byId.get(resolveId(override.actor));
    if (actor && actor.type !== override.type) {
      actor.type = override.type;
      changed.add(actor.id);
    }
  }
  for (const actor of byId.values()) {
    const affiliation = actor.affiliation === null ? null : resolveId(actor.affiliation);
    const roles = actor.roles.map((role) => ({
      ...role,
      affiliation: role.affiliation === null ? null : resolveId(role.affiliation),
    }));
    if (
      affiliation !== actor.affiliation ||
      roles.some((role, i) => role.affiliation !== actor.roles[i]?.affiliation)
    ) {
      changed.add(actor.id);
    }
    actor.affiliation = affiliation === actor.id ? null : affiliation;
    actor.roles = roles;
  }
  const droppedRelations = rewritten.filter((r) => r.subject === r.object).map((r) => r.id);
  return {
    actors: [...byId.values()],
    relations: rewritten.filter((r) => r.subject !== r.object),
    remap: new Map([...remap.keys()].map((id) => [id, resolveId(id)])),
    droppedRelations,
    changedActors: [...changed].filter((id) => byId.has(id)),
  };
}
