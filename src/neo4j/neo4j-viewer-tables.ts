// The viewer's tables on Neo4j, answering as the embedded store does: the actor table (statements in and out per
// actor under the filters, sorted and paged), statements per day for the time histogram, and the two directions
// of an actor pair by modality. Sort keys come from a fixed list; every value is a parameter.

import {
  ACTOR_TABLE_SORTS,
  UsageError,
  type ActorTable,
  type ActorTableQuery,
  type ActorTableSort,
  type ActorType,
  type DayCount,
  type PairQuery,
  type PairSummary,
  type StatementFilter,
} from "../../graph-schema/index.ts";
import type { ReadCypher } from "./neo4j-reader.ts";
import {
  ACTOR,
  ARTICLE,
  MENTIONED_IN,
  OBJECT,
  STATEMENT,
  STATEMENT_FILTER,
  SUBJECT,
  statementFilterParams,
  toModalityCounts,
} from "./statement-view.ts";

const FILTERED_STATEMENTS = `MATCH (s:${ACTOR})<-[:${SUBJECT}]-(st:${STATEMENT})-[:${OBJECT}]->(o:${ACTOR})
WHERE ${STATEMENT_FILTER}
  AND ($actorTypes IS NULL OR (s.type IN $actorTypes AND o.type IN $actorTypes))`;

/** Cypher sort key of each column (the same order as the embedded store's). */
const SORT_KEYS: Readonly<Record<ActorTableSort, string>> = {
  name: "toLower(a.name)",
  type: "a.type",
  in: "statementsIn",
  out: "statementsOut",
  articles: "articles",
  first: "firstDate",
  last: "lastDate",
};

/** The actor table's Cypher for one sort column and direction; undated actors last either way. */
export function actorTableCypher(sort: ActorTableSort, descending: boolean): string {
  if (!ACTOR_TABLE_SORTS.includes(sort)) {
    throw new UsageError(
      `neo4j actor table: expected a sort among ${ACTOR_TABLE_SORTS.join(", ")}, found ${String(sort)}`,
    );
  }
  const key = SORT_KEYS[sort];
  const nullsLast = sort === "first" || sort === "last" ? `${key} IS NULL, ` : "";
  return `${FILTERED_STATEMENTS}
UNWIND [[s, 0, 1], [o, 1, 0]] AS side
WITH side[0] AS a, side[1] AS isIn, side[2] AS isOut, st.date AS day
WITH a, sum(isIn) AS statementsIn, sum(isOut) AS statementsOut, min(day) AS firstDate, max(day) AS lastDate
WITH a, statementsIn, statementsOut, firstDate, lastDate, COUNT { (a)-[:${MENTIONED_IN}]->(:${ARTICLE}) } AS articles
ORDER BY ${nullsLast}${key}${descending ? " DESC" : ""}, a.id
WITH collect({id: a.id, name: a.name, type: a.type, statementsIn: statementsIn, statementsOut: statementsOut,
  articles: articles, firstDate: firstDate, lastDate: lastDate}) AS rows
RETURN size(rows) AS total, rows[toInteger($offset)..toInteger($offset) + toInteger($limit)] AS page`;
}

export const STATEMENTS_PER_DAY_CYPHER = `${FILTERED_STATEMENTS}
  AND st.date IS NOT NULL
RETURN st.date AS day, count(*) AS count
ORDER BY day`;

export const PAIR_SUMMARY_CYPHER = `MATCH (s:${ACTOR})<-[:${SUBJECT}]-(st:${STATEMENT})-[:${OBJECT}]->(o:${ACTOR})
WHERE ((s.id = $subject AND o.id = $object) OR (s.id = $object AND o.id = $subject))
  AND ${STATEMENT_FILTER}
RETURN s.id = $subject AS forward, count(*) AS total,
  sum(CASE WHEN st.negated OR st.hypothetical THEN 0 ELSE 1 END) AS asserted,
  sum(CASE WHEN st.negated THEN 1 ELSE 0 END) AS negated,
  sum(CASE WHEN st.hypothetical THEN 1 ELSE 0 END) AS hypothetical,
  sum(CASE WHEN st.negated AND st.hypothetical THEN 1 ELSE 0 END) AS both`;

const filterParams = (filter: StatementFilter): Record<string, unknown> => ({
  ...statementFilterParams(filter),
  actorTypes: filter.actorTypes && filter.actorTypes.length > 0 ? filter.actorTypes : null,
});

/** The three table reads over any function that runs read Cypher. */
export function createNeo4jViewerTables(read: ReadCypher) {
  return {
    async actorTable(query: ActorTableQuery): Promise<ActorTable> {
      const [row] = await read(actorTableCypher(query.sort, query.descending), {
        ...filterParams(query),
        offset: query.offset,
        limit: query.limit,
      });
      const page = (row?.page as Record<string, unknown>[] | undefined) ?? [];
      return {
        total: (row?.total as number | undefined) ?? 0,
        rows: page.map((r) => ({
          id: r.id as string,
          name: r.name as string,
          type: r.type as ActorType,
          statementsIn: r.statementsIn as number,
          statementsOut: r.statementsOut as number,
          articles: r.articles as number,
          firstDate: (r.firstDate as string | null) ?? null,
          lastDate: (r.lastDate as string | null) ?? null,
        })),
      };
    },

    async statementsPerDay(filter: StatementFilter): Promise<DayCount[]> {
      const rows = await read(STATEMENTS_PER_DAY_CYPHER, filterParams(filter));
      return rows.map((row) => ({ day: row.day as string, count: row.count as number }));
    },

    async pairSummary(query: PairQuery): Promise<PairSummary> {
      const { subject, object, ...rest } = query;
      const rows = await read(PAIR_SUMMARY_CYPHER, {
        ...statementFilterParams({ ...rest, includeNegated: true, includeHypothetical: true }),
        subject,
        object,
      });
      return {
        forward: toModalityCounts(rows.find((row) => row.forward === true)),
        backward: toModalityCounts(rows.find((row) => row.forward === false)),
      };
    },
  };
}
