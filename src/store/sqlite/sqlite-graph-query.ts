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
import type { ActorRow } from "./sqlite-rows.ts";

interface PairTypeRow {
  subject: string;
  object: string;
  type: RelationType;
  n: number;
  neg: number;
  hyp: number;
  first: string | null;
  last: string | null;
}

/** Largest ego network (actors) considered before the edge limit applies. */
export const MAX_EGO_ACTORS = 5_000;

function egoActors(db: Database, query: GraphQuery, focus: string): string[] {
  const filter = relationFilterSql(query);
  const neighbours = db.prepare(`
    SELECT r.object AS id FROM relations r WHERE r.subject IN (SELECT value FROM json_each(?)) AND ${filter.sql}
    UNION
    SELECT r.subject AS id FROM relations r WHERE r.object IN (SELECT value FROM json_each(?)) AND ${filter.sql}`);
  const seen = new Set<string>([focus]);
  let frontier = [focus];
  for (let hop = 0; hop < (query.hops ?? 1) && frontier.length > 0 && seen.size < MAX_EGO_ACTORS; hop++) {
    const json = JSON.stringify(frontier);
    const rows = neighbours.all(json, ...filter.params, json, ...filter.params) as { id: string }[];
    frontier = [];
    for (const { id } of rows) {
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

/** The actor network for `query`, as a graphology SerializedGraph. */
export function queryActorGraph(db: Database, query: GraphQuery): ActorGraph {
  const filter = relationFilterSql(query);
  let scope = "";
  const scopeParams: unknown[] = [];
  const ego = query.focus ? egoActors(db, query, query.focus) : null;
  if (ego) {
    const json = JSON.stringify(ego);
    scope = ` AND r.subject IN (SELECT value FROM json_each(?)) AND r.object IN (SELECT value FROM json_each(?))`;
    scopeParams.push(json, json);
  }
  const rows = db
    .prepare(
      `SELECT r.subject, r.object, r.type, count(*) AS n, sum(r.negated) AS neg, sum(r.hypothetical) AS hyp,
              min(r.day) AS first, max(r.day) AS last
       FROM relations r WHERE ${filter.sql}${scope} GROUP BY r.subject, r.object, r.type`,
    )
    .all(...filter.params, ...scopeParams) as PairTypeRow[];

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
    if (row.first && (!a.firstDate || row.first < a.firstDate)) a.firstDate = row.first;
    if (row.last && (!a.lastDate || row.last > a.lastDate)) a.lastDate = row.last;
  }
  const minCount = query.minCount ?? 1;
  const candidates = [...pairs.entries()].filter(([, pair]) => pair.attributes.count >= minCount);
  candidates.sort(([keyA, a], [keyB, b]) => b.attributes.count - a.attributes.count || (keyA < keyB ? -1 : 1));
  const kept = candidates.slice(0, query.limit);

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
    .prepare(`SELECT * FROM actors WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify([...statements.keys()])) as ActorRow[];
  const known = new Set(actorRows.map((row) => row.id));
  actorRows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    options: { type: "directed", multi: false, allowSelfLoops: false },
    attributes: { totalEdges: candidates.length, shownEdges: kept.filter(([, p]) => known.has(p.subject) && known.has(p.object)).length },
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
    edges: kept
      .filter(([, pair]) => known.has(pair.subject) && known.has(pair.object))
      .map(([key, pair]) => ({ key, source: pair.subject, target: pair.object, attributes: pair.attributes })),
  };
}
