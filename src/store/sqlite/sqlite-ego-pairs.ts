// Ranks the pairs of an ego network from pair_counts: the strongest pairs among the actors within `hops` of a focus,
// read strongest-first from the global strength index when the network is large, walked hop by hop when it is small.

import type { Database } from "better-sqlite3";
import { UsageError, type GraphQuery } from "../../../graph-schema/index.ts";
import { topPairs, type RankedPair, type RankedPairs } from "./sqlite-top-pairs.ts";

/** How an ego network is read (see {@link rankEgoPairs}); the answer is the same whatever they are. */
export interface EgoPairsOptions {
  /**
   * Budget, in pairs per edge of the query's limit: below it the network is walked whole; from it on, the store is
   * read strongest-first, for at most this many pairs before falling back to the walk. Positive.
   */
  walkPairsPerEdge: number;
}

export const DEFAULT_EGO_PAIRS_OPTIONS: EgoPairsOptions = { walkPairsPerEdge: 20 };

/** Defaults filled in; a budget that is not a positive finite number is a UsageError. */
export function resolveEgoPairsOptions(partial: Partial<EgoPairsOptions> = {}): EgoPairsOptions {
  const options = { ...DEFAULT_EGO_PAIRS_OPTIONS, ...partial };
  if (!Number.isFinite(options.walkPairsPerEdge) || options.walkPairsPerEdge <= 0) {
    throw new UsageError(
      `store/sqlite-ego-pairs: walkPairsPerEdge must be a positive number of pairs per edge, found ${options.walkPairsPerEdge}`,
      { hint: `leave it out for the default (${DEFAULT_EGO_PAIRS_OPTIONS.walkPairsPerEdge})` },
    );
  }
  return options;
}

/** First page of the strongest-first read, in pairs per edge of the limit; each further page is 4× the last. */
export const EGO_SCAN_FIRST_PAGE_PER_EDGE = 4;

/** SQL expression of a pair's statement count under the modality flags (columns of pair_counts). */
export function pairCountSql(query: Pick<GraphQuery, "includeNegated" | "includeHypothetical">): string {
  return `n_plain${query.includeNegated ? " + n_negated" : ""}${query.includeHypothetical ? " + n_hypothetical" : ""}${
    query.includeNegated && query.includeHypothetical ? " + n_both" : ""
  }`;
}

/**
 * How many pairs (n ≥ 1) have an end in `actors` (`ends` "both") or their subject there (`ends` "subject"),
 * counting no further than `atMost`.
 */
function countPairsOf(
  db: Database,
  n: string,
  actors: readonly string[],
  ends: "both" | "subject",
  atMost: number,
): number {
  const byObject = `UNION ALL SELECT 1 FROM pair_counts WHERE object IN (SELECT value FROM json_each(@set)) AND ${n} >= 1`;
  const row = db
    .prepare(
      `SELECT count(*) AS c FROM (
         SELECT 1 FROM pair_counts WHERE subject IN (SELECT value FROM json_each(@set)) AND ${n} >= 1
         ${ends === "both" ? byObject : ""}
         LIMIT @atMost)`,
    )
    .get({ set: JSON.stringify(actors), atMost }) as { c: number };
  return row.c;
}

/** Actors linked to any of `actors` by a pair with n ≥ 1 (`actors` themselves included when linked to each other). */
function neighboursOf(db: Database, n: string, actors: readonly string[]): string[] {
  return db
    .prepare(
      `SELECT object FROM pair_counts WHERE subject IN (SELECT value FROM json_each(@set)) AND ${n} >= 1
       UNION SELECT subject FROM pair_counts WHERE object IN (SELECT value FROM json_each(@set)) AND ${n} >= 1`,
    )
    .pluck()
    .all({ set: JSON.stringify(actors) }) as string[];
}

/**
 * Second-hop membership found lazily, for a network too large to list: an actor outside `inner` (the focus and its
 * neighbours) is in it when one of its neighbours is a neighbour of the focus. Each actor is looked up once.
 */
function secondHopMembership(db: Database, n: string, inner: ReadonlySet<string>): (actor: string) => boolean {
  const known = new Map<string, boolean>();
  const neighbours = db
    .prepare(
      `SELECT object FROM pair_counts WHERE subject = @actor AND ${n} >= 1
       UNION ALL SELECT subject FROM pair_counts WHERE object = @actor AND ${n} >= 1`,
    )
    .pluck();
  return (actor) => {
    if (inner.has(actor)) return true;
    let member = known.get(actor);
    if (member === undefined) {
      member = false;
      for (const neighbour of neighbours.iterate({ actor }) as IterableIterator<string>) {
        if (inner.has(neighbour)) {
          member = true;
          break;
        }
      }
      known.set(actor, member);
    }
    return member;
  };
}

/**
 * The whole network in one statement: its actors hop by hop, then every pair whose subject is one of them (by the
 * primary key) and whose object is one too (`+object` keeps SQLite from seeking every combination of the two),
 * counted and cut to the strongest `limit` by SQLite's top-N sort. Only `limit` rows reach JavaScript.
 */
function walkEgo(db: Database, query: GraphQuery, focus: string): RankedPairs {
  const n = pairCountSql(query);
  const secondHop = `
      UNION SELECT object FROM pair_counts WHERE subject IN ring1 AND ${n} >= 1
      UNION SELECT subject FROM pair_counts WHERE object IN ring1 AND ${n} >= 1`;
  return topPairs(
    db,
    `ring1(id) AS MATERIALIZED (
       SELECT object FROM pair_counts WHERE subject = @focus AND ${n} >= 1
       UNION SELECT subject FROM pair_counts WHERE object = @focus AND ${n} >= 1),
     ego(id) AS MATERIALIZED (SELECT @focus UNION SELECT id FROM ring1${query.hops === 2 ? secondHop : ""}),
     hits AS MATERIALIZED (
       SELECT subject, object, ${n} AS n FROM pair_counts
       WHERE subject IN ego AND +object IN ego AND ${n} >= @minCount)`,
    [],
    { focus, minCount: Math.max(1, query.minCount ?? 1), limit: query.limit },
  );
}

/**
 * Reads the store's pairs strongest-first, in pages, and keeps those with both ends in the network until `limit`
 * are kept; null once `maxRows` pairs were read without getting there. Plain counts come in order from the
 * pair_counts_plain index; other modality sums are ranked by SQLite's top-N sort, page by page.
 */
function scanEgo(
  db: Database,
  query: GraphQuery,
  inEgo: (actor: string) => boolean,
  maxRows: number,
): RankedPairs | null {
  const n = pairCountSql(query);
  const page = db
    .prepare(
      `SELECT subject, object, ${n} AS n FROM pair_counts WHERE ${n} >= @minCount
       ORDER BY ${n} DESC, subject, object LIMIT @take OFFSET @skip`,
    )
    .raw();
  const minCount = Math.max(1, query.minCount ?? 1);
  const ranked: RankedPair[] = [];
  for (
    let skip = 0, take = Math.max(1, EGO_SCAN_FIRST_PAGE_PER_EDGE * query.limit);
    skip < maxRows;
    skip += take, take *= 4
  ) {
    const rows = page.all({ minCount, take, skip }) as [string, string, number][];
    for (const [subject, object, count] of rows) {
      if (!inEgo(subject) || !inEgo(object)) continue;
      ranked.push({ subject, object, n: count });
      // Stopping here leaves the rest of the network uncounted.
      if (ranked.length >= query.limit) return { ranked, total: null };
    }
    if (rows.length < take) return { ranked, total: ranked.length };
  }
  return null;
}

/**
 * The strongest `query.limit` pairs (n ≥ `minCount`) with both ends among the actors within `hops` (1 or 2) of
 * `query.focus`, and how many such pairs there are. n counts the statements the modality flags admit; a hop is a
 * pair with n ≥ 1 in either direction; ties are broken by subject, then object (binary order). The answer is exact
 * for any network; only how it is read depends on a budget of B = walkPairsPerEdge × limit pairs:
 *
 * - fewer than B pairs to read (those touching the first hop, and those led by an actor of the network): the
 *   network is walked whole in SQL and counted;
 * - otherwise the store's pairs are read strongest-first, those of the network kept, until `limit` are kept:
 *   `total` is then null, uncounted (a number when the store ran out first). When B pairs go by before that (a
 *   large network of weak pairs), the network is walked after all.
 *
 * So a hub's two-hop view costs about B index entries plus `limit` rows, not its tens of thousands of pairs.
 *
 * @example
 * rankEgoPairs(db, { focus: "dmytro-kuleba", hops: 2, limit: 500 });
 * // → { ranked: [{ subject: "antony-blinken", object: "sergei-lavrov", n: 2 }, …], total: 10 }
 */
export function rankEgoPairs(
  db: Database,
  query: GraphQuery & { focus: string },
  options: Partial<EgoPairsOptions> = {},
): RankedPairs {
  const n = pairCountSql(query);
  const budget = Math.ceil(resolveEgoPairsOptions(options).walkPairsPerEdge * query.limit);
  const ring1 = neighboursOf(db, n, [query.focus]).filter((actor) => actor !== query.focus);
  if (ring1.length === 0) return { ranked: [], total: 0 };
  // Nothing to show: only the count is asked for, and only the walk counts.
  if (query.limit < 1) return walkEgo(db, query, query.focus);
  const inner = new Set([query.focus, ...ring1]);
  let inEgo = (actor: string): boolean => inner.has(actor);
  let listed = [...inner];
  if (query.hops === 2) {
    // Listing the second hop costs the pairs touching the first.
    const listable = countPairsOf(db, n, ring1, "both", budget) < budget;
    listed = listable ? [...new Set([...listed, ...neighboursOf(db, n, ring1)])] : [];
    const ego = new Set(listed);
    inEgo = listable ? (actor) => ego.has(actor) : secondHopMembership(db, n, inner);
  }
  // The walk reads every pair whose subject is in the network.
  const small = listed.length > 0 && countPairsOf(db, n, listed, "subject", budget) < budget;
  return (small ? null : scanEgo(db, query, inEgo, budget)) ?? walkEgo(db, query, query.focus);
}
