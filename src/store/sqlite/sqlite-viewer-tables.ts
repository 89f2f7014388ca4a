// The viewer's tables on the embedded store: the actor table (statements in and out per actor under the filters,
// sorted and paged in SQL), statements per day for the time histogram, and the two directions of an actor pair by
// modality. Sort columns come from a fixed list, never from the request.

import type { Database } from "better-sqlite3";
import type {
  ActorTable,
  ActorTableQuery,
  ActorTableRow,
  ActorTableSort,
  ActorType,
  DayCount,
  ModalityCounts,
  PairQuery,
  PairSummary,
  StatementFilter,
} from "../../../graph-schema/index.ts";
import { relationFilterSql } from "./relation-filter.ts";

/** SQL order of each sort column; ties fall back to the actor id so pages never overlap. */
const SORT_SQL: Readonly<Record<ActorTableSort, string>> = {
  name: "a.name COLLATE NOCASE",
  type: "a.type",
  in: "p.n_in",
  out: "p.n_out",
  articles: "a.article_count",
  first: "p.first",
  last: "p.last",
};

const EMPTY_COUNTS: ModalityCounts = { total: 0, asserted: 0, negated: 0, hypothetical: 0, both: 0 };

export function createSqliteViewerTables(db: Database) {
  function actorTable(query: ActorTableQuery): ActorTable {
    const filter = relationFilterSql(query);
    const direction = query.descending ? "DESC" : "ASC";
    // Undated actors sort after dated ones whichever the direction, as in a spreadsheet.
    const nullsLast = query.sort === "first" || query.sort === "last" ? `(${SORT_SQL[query.sort]} IS NULL), ` : "";
    const rows = db
      .prepare(
        `WITH per_side AS (
           SELECT r.subject AS actor, 0 AS n_in, count(*) AS n_out, min(r.day) AS first, max(r.day) AS last
             FROM relations r WHERE ${filter.sql} GROUP BY r.subject
           UNION ALL
           SELECT r.object, count(*), 0, min(r.day), max(r.day)
             FROM relations r WHERE ${filter.sql} GROUP BY r.object),
         p AS (SELECT actor, sum(n_in) AS n_in, sum(n_out) AS n_out, min(first) AS first, max(last) AS last
               FROM per_side GROUP BY actor)
         SELECT a.id, a.name, a.type, p.n_in, p.n_out, a.article_count, p.first, p.last, count(*) OVER () AS total
         FROM p JOIN actors a ON a.id = p.actor
         ORDER BY ${nullsLast}${SORT_SQL[query.sort]} ${direction}, a.id
         LIMIT ? OFFSET ?`,
      )
      .all(...filter.params, ...filter.params, query.limit, query.offset) as {
      id: string;
      name: string;
      type: ActorType;
      n_in: number;
      n_out: number;
      article_count: number;
      first: string | null;
      last: string | null;
      total: number;
    }[];
    const total = rows[0]?.total ?? (query.offset > 0 ? countActors(filter.sql, filter.params) : 0);
    return {
      total,
      rows: rows.map((row): ActorTableRow => ({
        id: row.id,
        name: row.name,
        type: row.type,
        statementsIn: row.n_in,
        statementsOut: row.n_out,
        articles: row.article_count,
        firstDate: row.first,
        lastDate: row.last,
      })),
    };
  }

  /** Actors in a filtered statement, for a page past the end (which carries no row to read the count from). */
  function countActors(sql: string, params: unknown[]): number {
    return (
      db
        .prepare(
          `SELECT count(*) AS n FROM (SELECT r.subject FROM relations r WHERE ${sql}
           UNION SELECT r.object FROM relations r WHERE ${sql}) x JOIN actors a ON a.id = x.subject`,
        )
        .get(...params, ...params) as { n: number }
    ).n;
  }

  function statementsPerDay(filter: StatementFilter): DayCount[] {
    const condition = relationFilterSql(filter);
    return db
      .prepare(
        `SELECT r.day AS day, count(*) AS count FROM relations r
         WHERE r.day IS NOT NULL AND ${condition.sql} GROUP BY r.day ORDER BY r.day`,
      )
      .all(...condition.params) as DayCount[];
  }

  function pairSummary(query: PairQuery): PairSummary {
    const { subject, object, ...rest } = query;
    const condition = relationFilterSql({ ...rest, includeNegated: true, includeHypothetical: true });
    const rows = db
      .prepare(
        `SELECT r.subject = ? AS forward, count(*) AS total, sum(r.negated = 0 AND r.hypothetical = 0) AS asserted,
           sum(r.negated) AS negated, sum(r.hypothetical) AS hypothetical, sum(r.negated = 1 AND r.hypothetical = 1) AS both
         FROM relations r WHERE ((r.subject = ? AND r.object = ?) OR (r.subject = ? AND r.object = ?)) AND ${condition.sql}
         GROUP BY 1`,
      )
      .all(subject, subject, object, object, subject, ...condition.params) as (ModalityCounts & { forward: number })[];
    const side = (forward: number): ModalityCounts => {
      const row = rows.find((r) => r.forward === forward);
      return row
        ? { total: row.total, asserted: row.asserted, negated: row.negated, hypothetical: row.hypothetical, both: row.both }
        : { ...EMPTY_COUNTS };
    };
    return { forward: side(1), backward: side(0) };
  }

  return { actorTable, statementsPerDay, pairSummary };
}
