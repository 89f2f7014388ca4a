// The embedded store's response history: the stored statements the response linker asks about (HistoryRequest),
// read by index seeks on the pair and on the speaker's affiliation, and bounded by the requests' hints so the
// rows read grow with what the linker can choose between, not with how much the store holds about a pair.

import type { Database } from "better-sqlite3";
import type { DatedStatement } from "../../../ingest/respond/dated-statement.ts";
import type { HistoryRequest } from "../../../ingest/respond/response-history.ts";
import { mergeHistoryRequests } from "../merge-history-requests.ts";
import { toRelationRecord, type RelationRow } from "./sqlite-rows.ts";

/** A relation row with the date the response linker compares (event date, else publication time). */
type DatedRelationRow = RelationRow & { dated: string | null };

/** Of the wanted types, and every negated statement (an own denial is answered as a DENY); null wants all. */
const wanted = (alias: string): string =>
  `(@types IS NULL OR ${alias}.negated = 1 OR ${alias}.type IN (SELECT value FROM json_each(@types)))`;

/** By the speaker itself, or by its members (the actors affiliated to it): each one index seek. */
const BY_SPEAKER = `r.subject = @subject AND r.object = @object AND r.day BETWEEN @from AND @to`;
const BY_MEMBERS = `r.object = @object AND r.subject_affiliation = @subject AND r.subject <> @subject
  AND r.day BETWEEN @from AND @to`;
const DATED = `r.*, coalesce(r.event_date, a.published, r.day) AS dated FROM relations r`;
const WITH_ARTICLE = `LEFT JOIN articles a ON a.id = r.article`;

/** Every statement a request matches. */
const ALL_SQL = `
  SELECT ${DATED} INDEXED BY relations_pair ${WITH_ARTICLE} WHERE ${BY_SPEAKER} AND ${wanted("r")}
  UNION ALL
  SELECT ${DATED} INDEXED BY relations_object_affiliation_day ${WITH_ARTICLE} WHERE ${BY_MEMBERS} AND ${wanted("r")}`;

/**
 * `latest`: per kind (type, modality, the speaker itself or a member), the statements of the two latest days that
 * have any, ranked on covering indexes; then every match of the asking statement's article. Negated statements
 * are kept whatever their day: whether one is an own denial depends on its words, not its kind.
 */
const LATEST_SQL = `
  WITH candidates AS (
    SELECT r.rowid AS rid, r.type, r.negated, r.hypothetical, r.day, 1 AS direct
      FROM relations r INDEXED BY relations_pair_facts WHERE ${BY_SPEAKER} AND ${wanted("r")}
    UNION ALL
    SELECT r.rowid, r.type, r.negated, r.hypothetical, r.day, 0
      FROM relations r INDEXED BY relations_object_affiliation_day WHERE ${BY_MEMBERS} AND ${wanted("r")}
  ), ranked AS (
    SELECT rid, negated,
      dense_rank() OVER (PARTITION BY type, negated, hypothetical, direct ORDER BY day DESC) AS recency
    FROM candidates
  )
  SELECT ${DATED} ${WITH_ARTICLE} WHERE r.rowid IN (SELECT rid FROM ranked WHERE recency <= 2 OR negated = 1)
  UNION
  SELECT ${DATED} INDEXED BY relations_article ${WITH_ARTICLE}
  WHERE r.article = @article AND r.object = @object AND (r.subject = @subject OR r.subject_affiliation = @subject)
    AND r.day BETWEEN @from AND @to`;

/**
 * The first day after the new statement's with a statement just like it (same pair, type and modality): answers
 * dated after that day keep their link. One seek on the covering pair index; null when there is none.
 */
const OVERTAKEN_FROM = `(SELECT min(m.day) FROM relations m INDEXED BY relations_pair_facts
  WHERE m.subject = @newSubject AND m.object = @newObject AND m.type = @newType AND m.negated = 0
    AND m.hypothetical = @newHypothetical AND m.day > @from)`;

/** `newStatement`: the answers the new statement could take over, leaving out those a later one like it holds. */
const REVISIT_SQL = `
  WITH bound AS (SELECT coalesce(min(@to, ${OVERTAKEN_FROM}), @to) AS until)
  SELECT ${DATED} INDEXED BY relations_pair ${WITH_ARTICLE}
  WHERE ${BY_SPEAKER} AND ${wanted("r")} AND r.day <= (SELECT until FROM bound)
  UNION ALL
  SELECT ${DATED} INDEXED BY relations_object_affiliation_day ${WITH_ARTICLE}
  WHERE ${BY_MEMBERS} AND ${wanted("r")} AND r.day <= (SELECT until FROM bound)`;

export type SqliteHistory = (requests: readonly HistoryRequest[]) => DatedStatement[];

/**
 * The store's `statementsBetween`: requests with hints are answered one by one (their hints hold for their own
 * window), the others merged per pair and run of windows; each statement once.
 * @example const statementsBetween = createSqliteHistory(db); statementsBetween(linker.historyRequests(…));
 */
export function createSqliteHistory(db: Database): SqliteHistory {
  const all = db.prepare(ALL_SQL);
  const latest = db.prepare(LATEST_SQL);
  const revisit = db.prepare(REVISIT_SQL);
  return (requests) => {
    const seen = new Set<string>();
    const out: DatedStatement[] = [];
    const add = (rows: DatedRelationRow[]): void => {
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        out.push({ ...toRelationRecord(row), date: row.dated });
      }
    };
    const hinted = new Map<string, HistoryRequest>();
    const plain: HistoryRequest[] = [];
    for (const request of requests) {
      if (request.latest || request.newStatement) hinted.set(JSON.stringify(request), request);
      else plain.push(request);
    }
    for (const request of [...mergeHistoryRequests(plain), ...hinted.values()]) {
      const { subject, object, from, to, types, article, newStatement } = request;
      const params = { subject, object, from, to, types: types ? JSON.stringify(types) : null };
      if (newStatement) {
        const { subject: newSubject, object: newObject, type: newType, hypothetical } = newStatement;
        add(revisit.all({ ...params, newSubject, newObject, newType, newHypothetical: hypothetical ? 1 : 0 }) as DatedRelationRow[]);
      } else if (request.latest) {
        add(latest.all({ ...params, article: article ?? null }) as DatedRelationRow[]);
      } else {
        add(all.all(params) as DatedRelationRow[]);
      }
    }
    return out;
  };
}
