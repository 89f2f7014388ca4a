// Lists the actors in Neo4j for `newsgraph actors`: the same filters and orders as the embedded store. The search
// folds case only (Neo4j has no accent folding without a full-text index); every value is a parameter.

import type { ActorListing, ActorListQuery, ActorType } from "../../graph-schema/index.ts";
import type { ReadCypher } from "./neo4j-reader.ts";
import { ACTOR, ARTICLE, MENTIONED_IN, OBJECT, STATEMENT, SUBJECT } from "./statement-view.ts";

const ORDER_BY = {
  statements: "statements DESC, articles DESC, name, id",
  articles: "articles DESC, statements DESC, name, id",
  name: "toLower(name), id",
} as const;

/** The listing query for one sort order (the order is a fixed clause, never user text). */
export function actorListCypher(sort: ActorListQuery["sort"]): string {
  return `MATCH (a:${ACTOR})
WHERE ($types IS NULL OR a.type IN $types)
WITH a, CASE WHEN $q IS NULL THEN [] ELSE [n IN [a.name] + coalesce(a.aliases, []) WHERE toLower(n) CONTAINS $q] END AS hits
WHERE $q IS NULL OR size(hits) > 0
RETURN a.id AS id, a.name AS name, a.type AS type, coalesce(a.aliases, []) AS aliases, a.affiliation AS affiliation,
  COUNT { (a)<-[:${SUBJECT}|${OBJECT}]-(:${STATEMENT}) } AS statements,
  COUNT { (a)-[:${MENTIONED_IN}]->(:${ARTICLE}) } AS articles,
  CASE WHEN size(hits) = 0 THEN null ELSE hits[0] END AS matched
ORDER BY ${ORDER_BY[sort]}
LIMIT toInteger($limit)`;
}

export async function listNeo4jActors(read: ReadCypher, query: ActorListQuery): Promise<ActorListing[]> {
  const q = query.search === undefined ? null : query.search.trim().toLowerCase();
  if (q === "") return [];
  const types = query.types && query.types.length > 0 ? [...query.types] : null;
  const rows = await read(actorListCypher(query.sort), { q, types, limit: query.limit });
  return rows.map((row) => ({
    id: row.id as string,
    name: row.name as string,
    type: row.type as ActorType,
    aliases: row.aliases as string[],
    affiliation: (row.affiliation as string | null) ?? null,
    statements: row.statements as number,
    articles: row.articles as number,
    matched: (row.matched as string | null) ?? null,
  }));
}
