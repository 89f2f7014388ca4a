// Ranks the pairs of an ego network from pair_counts: the strongest pairs among the actors within `hops` of a focus,
// read strongest-first from the global strength index when the network is large, walked hop by hop when it is small.

import type { Database } from "better-sqlite3";
import type { GraphQuery } from "../../../graph-schema/index.ts";

/** One ordered actor pair and its statement count under the query's modality flags. */
export interface RankedPair {
  subject: string;
  object: string;
  n: number;
}

/** The chosen pairs, strongest first, and how many pairs matched (null when the read stopped before counting). */
export interface RankedPairs {
  ranked: RankedPair[];
  total: number | null;
}

/**
 * Largest ego network (actors) walked when negated or hypothetical statements are counted: beyond it, the actors of
 * the last hop are admitted strongest-first (see {@link rankEgoPairs}).
 */
export const MAX_EGO_ACTORS = 5_000;

/**
 * Pairs touching the focus's neighbours, per edge of the query's limit, up to which the network is walked whole;
 * above it, plain statements are read strongest-first instead, so the cost follows the answer, not the network.
 */
export const EGO_WALK_PAIRS_PER_EDGE = 20;

/** SQL expression of a pair's statement count under the modality flags (columns of pair_counts). */
export function pairCountSql(query: Pick<GraphQuery, "includeNegated" | "includeHypothetical">): string {
  return `n_plain${query.includeNegated ? " + n_negated" : ""}${query.includeHypothetical ? " + n_hypothetical" : ""}${
    query.includeNegated && query.includeHypothetical ? " + n_both" : ""
  }`;
}

/** Strongest first, then subject and object in code-unit order (the order of the pair_counts_plain index). */
export function compareRankedPairs(a: RankedPair, b: RankedPair): number {
  return b.n - a.n || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.object < b.object ? -1 : a.object > b.object ? 1 : 0);
}

const pairKey = (pair: RankedPair): string => `${pair.subject}->${pair.object}`;

/** Pairs (n ≥ 1) with at least one end in `actors`, each once; one statement for the whole set. */
function pairsTouching(db: Database, n: string, actors: readonly string[]): RankedPair[] {
  return db
    .prepare(
      `SELECT subject, object, ${n} AS n FROM pair_counts WHERE subject IN (SELECT value FROM json_each(@set)) AND ${n} >= 1
       UNION ALL
       SELECT subject, object, ${n} AS n FROM pair_counts WHERE object IN (SELECT value FROM json_each(@set)) AND ${n} >= 1
         AND subject NOT IN (SELECT value FROM json_each(@set))`,
    )
    .all({ set: JSON.stringify(actors) }) as RankedPair[];
}

/** Pairs (n ≥ 1) with both ends in `actors`: scans the subjects' pairs (`+object` keeps SQLite from seeking every combination). */
function pairsWithin(db: Database, n: string, actors: readonly string[]): RankedPair[] {
  return db
    .prepare(
      `SELECT subject, object, ${n} AS n FROM pair_counts
       WHERE subject IN (SELECT value FROM json_each(@set)) AND +object IN (SELECT value FROM json_each(@set)) AND ${n} >= 1`,
    )
    .all({ set: JSON.stringify(actors) }) as RankedPair[];
}

/** How many pairs (n ≥ 1) touch `actors`, counting no further than `atMost`. */
function countPairsTouching(db: Database, n: string, actors: readonly string[], atMost: number): number {
  const row = db
    .prepare(
      `SELECT count(*) AS c FROM (
         SELECT 1 FROM pair_counts WHERE subject IN (SELECT value FROM json_each(@set)) AND ${n} >= 1
         UNION ALL
         SELECT 1 FROM pair_counts WHERE object IN (SELECT value FROM json_each(@set)) AND ${n} >= 1
         LIMIT @atMost)`,
    )
    .get({ set: JSON.stringify(actors), atMost }) as { c: number };
  return row.c;
}

/** Actors linked to the focus by a pair with n ≥ 1, in id order. */
function neighboursOf(db: Database, n: string, focus: string): string[] {
  return db
    .prepare(
      `SELECT object FROM pair_counts WHERE subject = @focus AND ${n} >= 1
       UNION SELECT subject FROM pair_counts WHERE object = @focus AND ${n} >= 1`,
    )
    .pluck()
    .all({ focus }) as string[];
}

/**
 * The new actors of one hop, strongest-first when they do not all fit under `room`: by the statements linking each
 * to the actors already in the network (sum over its pairs with them), then by id.
 */
function admit(candidates: Map<string, number>, room: number): string[] {
  const ids = [...candidates.keys()];
  if (ids.length <= room) return ids;
  ids.sort((a, b) => (candidates.get(b) ?? 0) - (candidates.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  return ids.slice(0, Math.max(0, room));
}

/**
 * Walks the network hop by hop, one statement per hop, then reads the pairs inside the outer ring. Past
 * MAX_EGO_ACTORS, a `capped` walk admits strongest-first; an uncapped one returns null (the caller reads
 * strongest-first instead).
 */
function walkEgo(db: Database, query: GraphQuery, focus: string, capped: boolean): RankedPairs | null {
  const n = pairCountSql(query);
  const ego = new Set<string>([focus]);
  const pairs = new Map<string, RankedPair>();
  let frontier = [focus];
  for (let hop = 0; hop < (query.hops ?? 1) && frontier.length > 0; hop++) {
    const candidates = new Map<string, number>();
    for (const pair of pairsTouching(db, n, frontier)) {
      pairs.set(pairKey(pair), pair);
      for (const end of [pair.subject, pair.object]) {
        if (!ego.has(end)) candidates.set(end, (candidates.get(end) ?? 0) + pair.n);
      }
    }
    if (!capped && ego.size + candidates.size > MAX_EGO_ACTORS) return null;
    frontier = admit(candidates, MAX_EGO_ACTORS - ego.size);
    for (const actor of frontier) ego.add(actor);
  }
  // Pairs between two actors of the outer ring were not walked.
  for (const pair of pairsWithin(db, n, frontier)) pairs.set(pairKey(pair), pair);
  const minCount = query.minCount ?? 1;
  const matching = [...pairs.values()].filter((pair) => pair.n >= minCount && ego.has(pair.subject) && ego.has(pair.object));
  matching.sort(compareRankedPairs);
  return { ranked: matching.slice(0, query.limit), total: matching.length };
}

/**
 * Reads plain statements' pairs strongest-first from the pair_counts_plain index and keeps those with both ends in
 * the network, until `limit` are kept: exact, and its cost follows the answer. Second-hop membership is decided
 * per actor met, by looking for one neighbour among the focus's neighbours.
 */
function scanEgo(db: Database, query: GraphQuery, focus: string, ring1: readonly string[]): RankedPairs {
  const inner = new Set<string>([focus, ...ring1]);
  const ring2 = new Map<string, boolean>();
  const neighbours = db
    .prepare(
      `SELECT object FROM pair_counts WHERE subject = @actor AND n_plain >= 1
       UNION ALL SELECT subject FROM pair_counts WHERE object = @actor AND n_plain >= 1`,
    )
    .pluck();
  const inEgo = (actor: string): boolean => {
    if (inner.has(actor)) return true;
    if (query.hops !== 2) return false;
    let member = ring2.get(actor);
    if (member === undefined) {
      member = false;
      for (const neighbour of neighbours.iterate({ actor }) as IterableIterator<string>) {
        if (inner.has(neighbour)) {
          member = true;
          break;
        }
      }
      ring2.set(actor, member);
    }
    return member;
  };
  const strongest = db
    .prepare(`SELECT subject, object, n_plain FROM pair_counts WHERE n_plain >= ? ORDER BY n_plain DESC, subject, object`)
    .raw();
  const ranked: RankedPair[] = [];
  for (const [subject, object, n] of strongest.iterate(Math.max(1, query.minCount ?? 1)) as IterableIterator<[string, string, number]>) {
    if (!inEgo(subject) || !inEgo(object)) continue;
    ranked.push({ subject, object, n });
    // Stopping here leaves the rest of the network uncounted.
    if (ranked.length >= query.limit) return { ranked, total: null };
  }
  return { ranked, total: ranked.length };
}

/**
 * The strongest `query.limit` pairs (n ≥ `minCount`) with both ends among the actors within `hops` (1 or 2) of
 * `query.focus`, where a hop is a pair with at least one statement counted under the modality flags, and how
 * many such pairs there are. Ties are broken by subject, then object.
 *
 * Plain statements only (the default): the answer is exact for any network size. A small network (fewer than
 * EGO_WALK_PAIRS_PER_EDGE × limit pairs touching the focus's neighbours, at most MAX_EGO_ACTORS actors) is walked
 * whole and counted. A larger one is read strongest-first over the whole store, stopping at `limit` pairs, so
 * `total` is null unless the store ran out first.
 *
 * Negated or hypothetical statements counted: the network is walked; when a hop would pass MAX_EGO_ACTORS actors,
 * that hop admits its actors strongest-first (by the statements linking each to the actors already admitted, then
 * by id) until the cap, and the pairs and `total` are those of the capped network.
 */
export function rankEgoPairs(db: Database, query: GraphQuery & { focus: string }): RankedPairs {
  const focus = query.focus;
  const plain = !query.includeNegated && !query.includeHypothetical;
  if (!plain) return walkEgo(db, query, focus, true) ?? { ranked: [], total: 0 };
  const ring1 = neighboursOf(db, "n_plain", focus);
  if (ring1.length === 0) return { ranked: [], total: 0 };
  const budget = EGO_WALK_PAIRS_PER_EDGE * query.limit;
  const small = countPairsTouching(db, "n_plain", ring1, budget) < budget;
  return (small ? walkEgo(db, query, focus, false) : null) ?? scanEgo(db, query, focus, ring1);
}
