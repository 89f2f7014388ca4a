// GraphReader over Neo4j: stats, the actor graph, evidence, actor details, search, shortest path and response
// threads. Every value is a parameter; rows arrive already converted to plain data by the `read` function.

import {
  DEFAULT_EVIDENCE_LIMIT,
  UsageError,
  type ActorDetails,
  type ActorGraph,
  type ActorMatch,
  type ActorRole,
  type ActorType,
  type EvidenceQuery,
  type GraphQuery,
  type ModalityCounts,
  type RelationCount,
  type RelationType,
  type ResponseView,
  type StoreStats,
  type StoreTotals,
} from "../../graph-schema/index.ts";
import { LINK_TYPES, STATEMENT_RELATIONSHIP_TYPES } from "../../graph-schema/neo4j-model.ts";
import type { GraphReader, ResponseQuery } from "../store/graph-store.ts";
import { buildActorGraph, selectPairs, type ActorRow, type PairAggregate } from "./build-actor-graph.ts";
import { modelRelationshipType } from "./cypher-identifier.ts";
import { listNeo4jActors } from "./neo4j-actor-list.ts";
import { createNeo4jViewerTables } from "./neo4j-viewer-tables.ts";
import {
  ACTOR,
  ARTICLE,
  MENTIONED_IN,
  OBJECT,
  RESPONDS_TO,
  STATEMENT,
  STATEMENT_FILTER,
  SUBJECT,
  statementFilterParams,
  statementViewProjection,
  toActorRef,
  toArticleSummary,
  toModalityCounts,
  toStatementView,
} from "./statement-view.ts";

/** Runs a read query and returns plain rows. */
export type ReadCypher = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Longest path `shortestPath` searches. */
export const MAX_PATH_HOPS = 10;
export const DEFAULT_RESPONSE_LIMIT = 200;

export const GRAPH_PAIRS_CYPHER = `MATCH (s:${ACTOR})<-[:${SUBJECT}]-(st:${STATEMENT})-[:${OBJECT}]->(o:${ACTOR})
WHERE ${STATEMENT_FILTER}
  AND ($actorTypes IS NULL OR (s.type IN $actorTypes AND o.type IN $actorTypes))
WITH s.id AS source, o.id AS target, st.type AS type, count(*) AS n,
     sum(CASE WHEN st.negated THEN 1 ELSE 0 END) AS negated,
     sum(CASE WHEN st.hypothetical THEN 1 ELSE 0 END) AS hypothetical,
     sum(CASE WHEN st.negated OR st.hypothetical THEN 0 ELSE 1 END) AS asserted,
     min(st.date) AS firstDate, max(st.date) AS lastDate
WITH source, target, collect([type, n]) AS types, sum(n) AS total, sum(negated) AS negated,
     sum(hypothetical) AS hypothetical, sum(asserted) AS asserted, min(firstDate) AS firstDate, max(lastDate) AS lastDate
WHERE total >= $minCount
RETURN source, target, types, total, negated, hypothetical, asserted, firstDate, lastDate
ORDER BY total DESC, source, target`;

/** Without a focus, the strongest `$limit` pairs are all the view needs (same order as selectPairs). */
export const GRAPH_TOP_PAIRS_CYPHER = `${GRAPH_PAIRS_CYPHER}\nLIMIT toInteger($limit)`;

export const GRAPH_ACTORS_CYPHER = `MATCH (a:${ACTOR}) WHERE a.id IN $ids
RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, COUNT { (a)-[:${MENTIONED_IN}]->(:${ARTICLE}) } AS articles`;

export const EVIDENCE_CYPHER = `MATCH (s:${ACTOR})<-[:${SUBJECT}]-(st:${STATEMENT})-[:${OBJECT}]->(o:${ACTOR})
WHERE ((s.id = $subject AND o.id = $object) OR ($both AND s.id = $object AND o.id = $subject))
  AND ${STATEMENT_FILTER}
WITH st ORDER BY st.date, st.id
LIMIT toInteger($limit)
RETURN ${statementViewProjection("st")} AS statement`;

/** Most articles an actor's details list, latest first, undated last (the embedded store's ACTOR_ARTICLES_LIMIT). */
export const ACTOR_ARTICLES_LIMIT = 50;
/** Most relation counts an actor's details list each way (the embedded store's RELATION_COUNTS_LIMIT). */
export const RELATION_COUNTS_LIMIT = 12;

export const ACTOR_CYPHER = `MATCH (a:${ACTOR} {id: $id})
OPTIONAL MATCH (affiliation:${ACTOR} {id: a.affiliation})
RETURN a {.id, .name, .type, .aliases, .rolesJson} AS actor, affiliation {.id, .name, .type} AS affiliation,
  COUNT { (a)-[:${MENTIONED_IN}]->(:${ARTICLE}) } AS articleCount,
  COLLECT { MATCH (a)-[:${MENTIONED_IN}]->(art:${ARTICLE})
    RETURN art {.id, .title, .published, .publishedFrom, .source, .url} AS article
    ORDER BY art.published IS NULL, art.published DESC, art.id LIMIT ${ACTOR_ARTICLES_LIMIT} } AS articles`;

/** Statements with the actor as subject and as object, by modality (one row per side that has any). */
export const ACTOR_MODALITY_CYPHER = `MATCH (a:${ACTOR} {id: $id})<-[side:${SUBJECT}|${OBJECT}]-(st:${STATEMENT})
RETURN type(side) AS side, count(*) AS total,
  sum(CASE WHEN st.negated OR st.hypothetical THEN 0 ELSE 1 END) AS asserted,
  sum(CASE WHEN st.negated THEN 1 ELSE 0 END) AS negated,
  sum(CASE WHEN st.hypothetical THEN 1 ELSE 0 END) AS hypothetical,
  sum(CASE WHEN st.negated AND st.hypothetical THEN 1 ELSE 0 END) AS both`;

/**
 * Counts of asserted statements (neither negated nor hypothetical) from (`outgoing`) or to (`incoming`) an actor,
 * per other actor and type, the most frequent first, as the embedded store counts them; the caller lists the first
 * RELATION_COUNTS_LIMIT and counts them all.
 */
export function relationCountsCypher(direction: "outgoing" | "incoming"): string {
  const [mine, theirs] = direction === "outgoing" ? [SUBJECT, OBJECT] : [OBJECT, SUBJECT];
  return `MATCH (a:${ACTOR} {id: $id})<-[:${mine}]-(st:${STATEMENT})-[:${theirs}]->(other:${ACTOR})
WHERE NOT st.negated AND NOT st.hypothetical
RETURN other {.id, .name, .type} AS actor, st.type AS type, count(*) AS total
ORDER BY total DESC, actor.id, type`;
}

/**
 * Names and aliases that start with the query or have a word that does (the embedded store's matching on
 * lower-cased names), ranked: the whole name, then its start, then a later word; an actor's own name before its
 * aliases.
 */
export const SEARCH_CYPHER = `MATCH (a:${ACTOR})
WITH a, [n IN [a.name] + coalesce(a.aliases, []) WHERE toLower(n) STARTS WITH $q OR toLower(n) CONTAINS (' ' + $q)] AS hits
WHERE size(hits) > 0
UNWIND hits AS hit
WITH a, hit, CASE WHEN toLower(hit) = $q THEN 0 WHEN toLower(hit) STARTS WITH $q THEN 1 ELSE 2 END AS rank
ORDER BY rank, CASE WHEN hit = a.name THEN 0 ELSE 1 END, hit
WITH a, head(collect([rank, hit])) AS best
RETURN a.id AS id, a.name AS name, a.type AS type, best[1] AS matched, best[0] AS rank,
  COUNT { (a)<-[:${SUBJECT}|${OBJECT}]-(:${STATEMENT}) } AS statements
ORDER BY rank, statements DESC, name, id
LIMIT toInteger($limit)`;

/** shortestPath over statement relationships in either direction; `maxHops` is a validated integer. */
export function shortestPathCypher(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw new UsageError(`neo4j shortestPath: expected maxHops from 1 to ${MAX_PATH_HOPS}, found ${maxHops}`);
  }
  const types = STATEMENT_RELATIONSHIP_TYPES.map(modelRelationshipType).join("|");
  // Over asserted statements only (neither negated nor hypothetical), as the embedded store walks them.
  return `MATCH (a:${ACTOR} {id: $from}), (b:${ACTOR} {id: $to})
MATCH p = shortestPath((a)-[:${types}*..${maxHops}]-(b))
WHERE all(r IN relationships(p) WHERE NOT r.negated AND NOT r.hypothetical)
RETURN [n IN nodes(p) | n.id] AS path`;
}

export const ACTOR_EXISTS_CYPHER = `MATCH (a:${ACTOR} {id: $id}) RETURN a.id AS id`;

/**
 * Response links an actor took part in (with `$other`: links where the response or the answered statement is
 * between the two), responses made on or after `$since` to statements made on or before `$until`; ordered by the
 * answered statement's date, then the response's (undated last), then the response's id (a statement answers at
 * most one): the embedded store's order, so pages match.
 */
export const RESPONSES_CYPHER = `MATCH (later:${STATEMENT})-[r:${RESPONDS_TO}]->(earlier:${STATEMENT})
WHERE (($other IS NULL AND $actor IN [later.subject, later.object, earlier.subject, earlier.object])
    OR ($other IS NOT NULL
      AND ((later.subject IN [$actor, $other] AND later.object IN [$actor, $other])
        OR (earlier.subject IN [$actor, $other] AND earlier.object IN [$actor, $other]))))
  AND ($since IS NULL OR later.date >= $since)
  AND ($until IS NULL OR earlier.date <= $until)
WITH later, earlier, r ORDER BY earlier.date, later.date, later.id
SKIP toInteger($offset) LIMIT toInteger($limit)
RETURN ${statementViewProjection("later")} AS response, ${statementViewProjection("earlier")} AS answered,
  r.cue AS cue, r.lagDays AS lagDays, r.confidence AS confidence`;

export const STATS_CYPHER = {
  counts: `RETURN COUNT { (:${ARTICLE}) } AS articles, COUNT { (:${ACTOR}) } AS actors,
  COUNT { (:${STATEMENT}) } AS relations, COUNT { (:${STATEMENT})-[:${RESPONDS_TO}]->(:${STATEMENT}) } AS responses`,
  actorTypes: `MATCH (a:${ACTOR}) RETURN a.type AS name, count(*) AS total ORDER BY name`,
  relationTypes: `MATCH (st:${STATEMENT}) RETURN st.type AS name, count(*) AS total ORDER BY name`,
  sources: `MATCH (a:${ARTICLE}) WHERE a.source IS NOT NULL RETURN DISTINCT a.source AS source ORDER BY source`,
  dates: `MATCH (st:${STATEMENT}) RETURN min(st.date) AS firstDate, max(st.date) AS lastDate`,
  undated: `MATCH (a:${ARTICLE}) WHERE a.published IS NULL RETURN count(a) AS undated`,
} as const;

const keyedCounts = <K extends string>(rows: Record<string, unknown>[]): Partial<Record<K, number>> =>
  Object.fromEntries(rows.map((row) => [row.name as K, row.total as number])) as Partial<Record<K, number>>;

function toPair(row: Record<string, unknown>): PairAggregate {
  const types: Partial<Record<RelationType, number>> = {};
  for (const [type, n] of row.types as Array<[RelationType, number]>) types[type] = n;
  return {
    source: row.source as string,
    target: row.target as string,
    types,
    count: row.total as number,
    negated: row.negated as number,
    hypothetical: row.hypothetical as number,
    asserted: row.asserted as number,
    firstDate: (row.firstDate as string | null) ?? null,
    lastDate: (row.lastDate as string | null) ?? null,
  };
}

const toRelationCount = (row: Record<string, unknown>): RelationCount => ({
  actor: toActorRef(row.actor),
  type: row.type as RelationType,
  count: row.total as number,
});

/** Parses the `rolesJson` property back into roles. */
export function parseRoles(rolesJson: unknown): ActorRole[] {
  return Array.isArray(rolesJson) ? rolesJson.map((json) => JSON.parse(String(json)) as ActorRole) : [];
}

/** The reader, over any function that runs read Cypher. */
export function createNeo4jReader(read: ReadCypher, name = "neo4j"): GraphReader {
  const totals = async (): Promise<StoreTotals> => {
    const [counts] = await read(STATS_CYPHER.counts);
    return {
      articles: (counts?.articles as number) ?? 0,
      actors: (counts?.actors as number) ?? 0,
      relations: (counts?.relations as number) ?? 0,
      responses: (counts?.responses as number) ?? 0,
    };
  };
  return {
    totals,
    ...createNeo4jViewerTables(read),
    async stats(): Promise<StoreStats> {
      const [counts, actorTypes, relationTypes, sources, [dates], [undated]] = await Promise.all([
        totals(),
        read(STATS_CYPHER.actorTypes),
        read(STATS_CYPHER.relationTypes),
        read(STATS_CYPHER.sources),
        read(STATS_CYPHER.dates),
        read(STATS_CYPHER.undated),
      ]);
      return {
        name,
        ...counts,
        actorTypes: keyedCounts<ActorType>(actorTypes),
        relationTypes: keyedCounts<RelationType>(relationTypes),
        sources: sources.map((row) => row.source as string),
        firstDate: (dates?.firstDate as string | null) ?? null,
        lastDate: (dates?.lastDate as string | null) ?? null,
        undatedArticles: (undated?.undated as number | undefined) ?? 0,
      };
    },

    async graph(query: GraphQuery): Promise<ActorGraph> {
      const focused = query.focus !== undefined;
      const rows = await read(focused ? GRAPH_PAIRS_CYPHER : GRAPH_TOP_PAIRS_CYPHER, {
        ...statementFilterParams(query),
        actorTypes: query.actorTypes && query.actorTypes.length > 0 ? query.actorTypes : null,
        minCount: query.minCount ?? 1,
        ...(focused ? {} : { limit: query.limit }),
      });
      const matching = rows.map(toPair);
      const pairs = selectPairs(matching, query);
      const ids = new Set(pairs.flatMap((pair) => [pair.source, pair.target]));
      if (query.focus !== undefined) ids.add(query.focus);
      const actors = await read(GRAPH_ACTORS_CYPHER, { ids: [...ids].sort() });
      const cut = !focused && rows.length >= query.limit;
      return buildActorGraph(
        pairs,
        actors as unknown as ActorRow[],
        query.focus,
        cut ? null : matching.filter((p) => p.count >= (query.minCount ?? 1)).length,
      );
    },

    async evidence(query: EvidenceQuery) {
      const rows = await read(EVIDENCE_CYPHER, {
        ...statementFilterParams(query),
        subject: query.subject,
        object: query.object,
        both: query.bothDirections ?? false,
        limit: query.limit ?? DEFAULT_EVIDENCE_LIMIT,
      });
      return rows.map((row) => toStatementView(row.statement));
    },

    async actor(id: string): Promise<ActorDetails | null> {
      const [[row], modalityRows, outgoing, incoming] = await Promise.all([
        read(ACTOR_CYPHER, { id }),
        read(ACTOR_MODALITY_CYPHER, { id }),
        read(relationCountsCypher("outgoing"), { id }),
        read(relationCountsCypher("incoming"), { id }),
      ]);
      if (!row) return null;
      const actor = row.actor as Record<string, unknown>;
      const side = (name: string): ModalityCounts => toModalityCounts(modalityRows.find((r) => r.side === name));
      const asSubject = side(LINK_TYPES.SUBJECT);
      const asObject = side(LINK_TYPES.OBJECT);
      return {
        actor: {
          ...toActorRef(actor),
          aliases: (actor.aliases as string[] | null) ?? [],
          roles: parseRoles(actor.rolesJson),
          affiliation: row.affiliation ? toActorRef(row.affiliation) : null,
        },
        statementsAsSubject: asSubject.total,
        statementsAsObject: asObject.total,
        modality: { asSubject, asObject },
        outgoing: outgoing.slice(0, RELATION_COUNTS_LIMIT).map(toRelationCount),
        incoming: incoming.slice(0, RELATION_COUNTS_LIMIT).map(toRelationCount),
        outgoingPairs: outgoing.length,
        incomingPairs: incoming.length,
        articles: (row.articles as unknown[]).map(toArticleSummary),
        articleCount: row.articleCount as number,
      };
    },

    listActors: (query) => listNeo4jActors(read, query),

    async searchActors(text: string, limit: number): Promise<ActorMatch[]> {
      const q = text.trim().toLowerCase();
      if (q === "") return [];
      const rows = await read(SEARCH_CYPHER, { q, limit });
      return rows.map((row) => ({
        ...toActorRef(row),
        matched: row.matched as string,
        statements: row.statements as number,
      }));
    },

    async shortestPath(from: string, to: string, maxHops: number): Promise<string[] | null> {
      const cypher = shortestPathCypher(maxHops);
      if (from === to) return (await read(ACTOR_EXISTS_CYPHER, { id: from })).length > 0 ? [from] : null;
      const [row] = await read(cypher, { from, to });
      return row ? (row.path as string[]) : null;
    },

    async responseThreads(query: ResponseQuery): Promise<ResponseView[]> {
      const rows = await read(RESPONSES_CYPHER, {
        actor: query.actor,
        other: query.with ?? null,
        since: query.since ?? null,
        until: query.until ?? null,
        limit: query.limit ?? DEFAULT_RESPONSE_LIMIT,
        offset: query.offset ?? 0,
      });
      return rows.map((row) => ({
        from: toStatementView(row.response),
        to: toStatementView(row.answered),
        cue: row.cue as string,
        lagDays: (row.lagDays as number | null) ?? null,
        confidence: row.confidence as number,
      }));
    },
  };
}
