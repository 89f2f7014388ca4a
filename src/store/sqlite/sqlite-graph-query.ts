// Answers GraphQuery on the embedded store: filtered statements aggregated per ordered actor pair, strongest
// edges first, optionally restricted to an ego network.

import type { Database } from "better-sqlite3";
import {
  RELATION_TYPES,
  ploverOf,
  quadClassOf,
  type ActorGraph,
  type GraphQuery,
  type RelationEdgeAttributes,
  type RelationType,
} from "../../../graph-schema/index.ts";
import { relationFilterSql } from "./relation-filter.ts";
import { pairCountSql, rankEgoPairs } from "./sqlite-ego-pairs.ts";
import { topPairs, type RankedPair, type RankedPairs } from "./sqlite-top-pairs.ts";
import type { ActorRow } from "./sqlite-rows.ts";

interface PairTypeRow {
  subject: string;
  object: string;
  type: RelationType;
  n: number;
  neg: number;
  hyp: number;
  asserted: number;
  first: string | null;
  last: string | null;
}

/**
 * Largest ego network (actors) walked over the statements when the query filters by type, class, date or source
 * (pair_counts cannot answer those); past it, the last hop's actors are admitted in id order.
 */
export const MAX_EGO_ACTORS = 5_000;

/**
 * The actors within `hops` of `focus` along statements that pass the filters, one statement per hop. Statements
 * from the frontier come from the covering pair index; those to it are found through pair_counts' object index,
 * each pair then confirmed by one seek for a matching statement, rather than by reading every row about a hub.
 */
function egoActors(db: Database, query: GraphQuery, focus: string): string[] {
  const filter = relationFilterSql(query);
  const neighbours = db
    .prepare(
      `SELECT r.object AS id FROM relations r WHERE r.subject IN (SELECT value FROM json_each(@frontier)) AND ${filter.sql}
       UNION
       SELECT p.subject AS id FROM pair_counts p WHERE p.object IN (SELECT value FROM json_each(@frontier))
         AND EXISTS (SELECT 1 FROM relations r WHERE r.subject = p.subject AND r.object = p.object AND ${filter.sql})`,
    )
    .pluck();
  const seen = new Set<string>([focus]);
  let frontier = [focus];
  for (let hop = 0; hop < (query.hops ?? 1) && frontier.length > 0 && seen.size < MAX_EGO_ACTORS; hop++) {
    const found = neighbours.all(...filter.params, ...filter.params, {
      frontier: JSON.stringify(frontier),
    }) as string[];
    frontier = [];
    for (const id of found.sort()) {
      if (seen.has(id) || seen.size >= MAX_EGO_ACTORS) continue;
      seen.add(id);
      frontier.push(id);
    }
  }
  return [...seen];
}

function dominantType(types: Partial<Record<RelationType, number>>): RelationType {
  let best: RelationType = "SUPPORT";
  let bestCount = -1;
  for (const type of RELATION_TYPES) {
    const count = types[type] ?? 0;
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  return best;
}

/** Aggregates rows per ordered pair into edge attributes (dominant type, PLOVER class set by the caller). */
function aggregatePairs(
  rows: PairTypeRow[],
): Map<string, { subject: string; object: string; attributes: RelationEdgeAttributes }> {
  const pairs = new Map<string, { subject: string; object: string; attributes: RelationEdgeAttributes }>();
  for (const row of rows) {
    const key = `${row.subject}->${row.object}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = {
        subject: row.subject,
        object: row.object,
        attributes: {
          count: 0,
          types: {},
          dominantType: row.type,
          plover: ploverOf(row.type),
          quad: quadClassOf(row.type),
          negated: 0,
          hypothetical: 0,
          asserted: 0,
          firstDate: null,
          lastDate: null,
        },
      };
      pairs.set(key, pair);
    }
    const a = pair.attributes;
    a.count += row.n;
    a.types[row.type] = (a.types[row.type] ?? 0) + row.n;
    a.negated += row.neg;
    a.hypothetical += row.hyp;
    a.asserted += row.asserted;
    if (row.first && (!a.firstDate || row.first < a.firstDate)) a.firstDate = row.first;
    if (row.last && (!a.lastDate || row.last > a.lastDate)) a.lastDate = row.last;
  }
  return pairs;
}

/**
 * The query with its quad classes turned into the relation types of those classes (a statement's quad is always
 * its type's), so the filter reads the covering pair index instead of every statement's row. Unchanged when no
 * type is left (the view is empty either way).
 */
function quadsAsTypes(query: GraphQuery): GraphQuery {
  if (!query.quads?.length) return query;
  const { quads, ...rest } = query;
  const types = RELATION_TYPES.filter(
    (type) => quads.includes(quadClassOf(type)) && (!query.relationTypes?.length || query.relationTypes.includes(type)),
  );
  return types.length > 0 ? { ...rest, relationTypes: types } : query;
}

/** True when the query filters only by modality, count and focus: pair_counts can rank the pairs. */
function usesPairCounts(query: GraphQuery): boolean {
  return !(
    query.relationTypes?.length ||
    query.quads?.length ||
    query.actorTypes?.length ||
    query.from ||
    query.to ||
    query.sources?.length ||
    (query.minConfidence ?? 0) > 0
  );
}

/** Pairs ranked from pair_counts: the strongest `limit` (and how many match), optionally within an ego network. */
function rankPairsFromCounts(db: Database, query: GraphQuery): RankedPairs {
  if (query.focus) return rankEgoPairs(db, { ...query, focus: query.focus });
  const n = pairCountSql(query);
  const minCount = query.minCount ?? 1;
  const total = (db.prepare(`SELECT count(*) AS c FROM pair_counts WHERE ${n} >= ?`).get(minCount) as { c: number }).c;
  const ranked = db
    .prepare(
      `SELECT subject, object, ${n} AS n FROM pair_counts WHERE ${n} >= ? ORDER BY ${n} DESC, subject, object LIMIT ?`,
    )
    .all(minCount, query.limit) as RankedPair[];
  return { ranked, total };
}

/** Other filters: the matching statements counted per pair in SQL (a time window reads the day index). */
function rankPairsFromStatements(db: Database, query: GraphQuery): RankedPairs {
  const filter = relationFilterSql(query);
  const ego = query.focus ? JSON.stringify(egoActors(db, query, query.focus)) : null;
  const scope = ego
    ? ` AND r.subject IN (SELECT value FROM json_each(@ego)) AND +r.object IN (SELECT value FROM json_each(@ego))`
    : "";
  return topPairs(
    db,
    `hits AS MATERIALIZED (
       SELECT r.subject AS subject, r.object AS object, count(*) AS n FROM relations r WHERE ${filter.sql}${scope}
       GROUP BY r.subject, r.object HAVING count(*) >= @minCount)`,
    filter.params,
    { ...(ego ? { ego } : {}), minCount: query.minCount ?? 1, limit: query.limit },
  );
}

/**
 * Edge details (types, modality, dates) of the chosen pairs in one statement: a correlated GROUP BY type per pair
 * reads the covering pair index in type order, so neither a statement per pair nor a sort over all their rows.
 */
function detailsOfPairs(db: Database, query: GraphQuery, ranked: RankedPair[]): PairTypeRow[] {
  const filter = relationFilterSql(query);
  const rows = db
    .prepare(
      `SELECT j.value ->> 0 AS subject, j.value ->> 1 AS object,
         (SELECT json_group_array(json_array(type, n, neg, hyp, asserted, first, last)) FROM (
            SELECT r.type AS type, count(*) AS n, sum(r.negated) AS neg, sum(r.hypothetical) AS hyp,
                   sum(r.negated = 0 AND r.hypothetical = 0) AS asserted, min(r.day) AS first, max(r.day) AS last
            FROM relations r WHERE r.subject = j.value ->> 0 AND r.object = j.value ->> 1 AND ${filter.sql}
            GROUP BY r.type)) AS types
       FROM json_each(@pairs) j`,
    )
    .all(...filter.params, { pairs: JSON.stringify(ranked.map((pair) => [pair.subject, pair.object])) }) as {
    subject: string;
    object: string;
    types: string;
  }[];
  return rows.flatMap(({ subject, object, types }) =>
    (JSON.parse(types) as [RelationType, number, number, number, number, string | null, string | null][]).map(
      ([type, n, neg, hyp, asserted, first, last]): PairTypeRow => ({
        subject,
        object,
        type,
        n,
        neg,
        hyp,
        asserted,
        first,
        last,
      }),
    ),
  );
}

/**
 * The actor network for `query`, as a graphology SerializedGraph. An ego view filtered only by modality and count
 * is exact at any size (see rankEgoPairs); when its network is too large to count cheaply, `totalEdges` is null.
 */
export function queryActorGraph(db: Database, asked: GraphQuery): ActorGraph {
  const query = quadsAsTypes(asked);
  const { ranked, total } = usesPairCounts(query) ? rankPairsFromCounts(db, query) : rankPairsFromStatements(db, query);
  return serializeActorGraph(db, query, [...aggregatePairs(detailsOfPairs(db, query, ranked)).entries()], total);
}

type PairEntry = [string, { subject: string; object: string; attributes: RelationEdgeAttributes }];

function serializeActorGraph(db: Database, query: GraphQuery, kept: PairEntry[], total: number | null): ActorGraph {
  kept.sort(([keyA, a], [keyB, b]) => b.attributes.count - a.attributes.count || (keyA < keyB ? -1 : 1));
  const statements = new Map<string, number>();
  for (const [, pair] of kept) {
    const a = pair.attributes;
    a.dominantType = dominantType(a.types);
    a.plover = ploverOf(a.dominantType);
    a.quad = quadClassOf(a.dominantType);
    statements.set(pair.subject, (statements.get(pair.subject) ?? 0) + a.count);
    statements.set(pair.object, (statements.get(pair.object) ?? 0) + a.count);
  }
  if (query.focus && !statements.has(query.focus)) statements.set(query.focus, 0);
  const actorRows = db
    // Not `roles`: a much-quoted actor's can run to 100 KB, and the view does not show it.
    .prepare(`SELECT id, name, type, aliases, article_count FROM actors WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify([...statements.keys()])) as Pick<
    ActorRow,
    "id" | "name" | "type" | "aliases" | "article_count"
  >[];
  const known = new Set(actorRows.map((row) => row.id));
  actorRows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const edges = kept.filter(([, pair]) => known.has(pair.subject) && known.has(pair.object));
  return {
    options: { type: "directed", multi: false, allowSelfLoops: false },
    attributes: { totalEdges: total, shownEdges: edges.length },
    nodes: actorRows.map((row) => ({
      key: row.id,
      attributes: {
        label: row.name,
        actorType: row.type,
        aliases: JSON.parse(row.aliases) as string[],
        statements: statements.get(row.id) ?? 0,
        articles: row.article_count,
      },
    })),
    edges: edges.map(([key, pair]) => ({
      key,
      source: pair.subject,
      target: pair.object,
      attributes: pair.attributes,
    })),
  };
}
