// The embedded store's response history: the stored statements the response linker asks about (HistoryRequest),
// read by index seeks on the pair and on the speaker's affiliation, and bounded by the requests' hints so the
// rows read grow with what the linker can choose between, not with how much the store holds about a pair.

import type { Database } from "better-sqlite3";
import { RELATION_TYPES } from "../../../graph-schema/index.ts";
import { answerCueBit, NEUTRAL_CUE_BIT } from "../../../ingest/respond/answered-types.ts";
import type { DatedStatement } from "../../../ingest/respond/dated-statement.ts";
import type { HistoryRequest } from "../../../ingest/respond/response-history.ts";
import { articleClaimRequests, mergeHistoryRequests } from "../merge-history-requests.ts";
import { toRelationRecord, type RelationRow } from "./sqlite-rows.ts";

const ALL_TYPES = JSON.stringify(RELATION_TYPES);

/** A relation row with the date the response linker compares (event date, else publication time). */
type DatedRelationRow = RelationRow & { dated: string | null; article_order: number | null };

/** A row as the linker sees it: dated, with its article's place in input order. */
const toDated = (row: DatedRelationRow): DatedStatement => ({
  ...toRelationRecord(row),
  date: row.dated,
  ...(row.article_order === null ? {} : { order: row.article_order }),
});

/**
 * Of the wanted types, and every negated statement when DENY is wanted (an own denial is answered as a DENY);
 * null wants all. The Neo4j store's statementsBetween says the same in Cypher.
 */
const wanted = (alias: string): string =>
  `(@types IS NULL OR ${alias}.type IN (SELECT value FROM json_each(@types))
    OR (${alias}.negated = 1 AND EXISTS (SELECT 1 FROM json_each(@types) WHERE value = 'DENY')))`;

/** By the speaker itself, or by its members (the actors affiliated to it): each one index seek. */
const BY_SPEAKER = `r.subject = @subject AND r.object = @object AND r.day BETWEEN @from AND @to`;
const BY_MEMBERS = `r.object = @object AND r.subject_affiliation = @subject AND r.subject <> @subject
  AND r.day BETWEEN @from AND @to`;
/** A statement as the linker reads it: dated, with its article's place in input order (both kept on the row). */
const COLUMNS = `r.*, coalesce(r.event_date, r.article_published, r.day) AS dated, r.article_seq AS article_order`;
const DATED = `${COLUMNS} FROM relations r`;

/** Every statement a request matches. */
const ALL_SQL = `
  SELECT ${DATED} INDEXED BY relations_pair WHERE ${BY_SPEAKER} AND ${wanted("r")}
  UNION ALL
  SELECT ${DATED} INDEXED BY relations_object_affiliation_day WHERE ${BY_MEMBERS} AND ${wanted("r")}`;

/** The latest day of the kind in `kind` (type, hyp) up to `bound` (exclusive when `below`): one index seek. */
function latestDay(path: "speaker" | "members", kind: string, bound: string, below: boolean): string {
  const to = below ? `m.day >= @from AND m.day < ${bound}` : `m.day BETWEEN @from AND ${bound}`;
  const same = `m.type = ${kind}.type AND m.negated = 0 AND m.hypothetical = ${kind}.hyp AND ${to}`;
  return path === "speaker"
    ? `(SELECT max(m.day) FROM relations m INDEXED BY relations_pair_facts
        WHERE m.subject = @subject AND m.object = @object AND ${same})`
    : `(SELECT max(m.day) FROM relations m INDEXED BY relations_member_kinds
        WHERE m.object = @object AND m.subject_affiliation = @subject AND ${same} AND m.subject <> @subject)`;
}

/** Per kind of `path`, the two latest days with statements (d1, and d2 ≤ d1). */
const spans = (path: "speaker" | "members"): string => `
  SELECT type, hyp, d1, coalesce(${latestDay(path, "f", "f.d1", true)}, d1) AS d2
  FROM (SELECT k.type, k.hyp, ${latestDay(path, "k", "@to", false)} AS d1 FROM kinds k) f WHERE d1 IS NOT NULL`;

/**
 * `latest`: per kind (type, modality, the speaker itself or its members), the statements of the two latest days
 * that have any, found by two seeks per kind however many statements the window holds; negated statements (of
 * any type: an own denial is answered as a DENY) when DENY is wanted; then every match of the asking statement's
 * article. CROSS JOIN keeps the small side outside, so the statements are reached by seeks.
 */
const LATEST_SQL = `
  WITH kinds AS (SELECT t.value AS type, h.value AS hyp FROM json_each(@types) t, json_each('[0,1]') h),
  speaker AS (${spans("speaker")}),
  members AS (${spans("members")}),
  denials AS (
    SELECT value AS type FROM json_each(@allTypes) WHERE EXISTS (SELECT 1 FROM json_each(@types) WHERE value = 'DENY')
  )
  SELECT ${COLUMNS} FROM speaker s CROSS JOIN relations r INDEXED BY relations_pair_facts
  WHERE r.subject = @subject AND r.object = @object AND r.type = s.type AND r.negated = 0
    AND r.hypothetical = s.hyp AND r.day BETWEEN s.d2 AND s.d1
  UNION ALL
  SELECT ${COLUMNS} FROM members s CROSS JOIN relations r INDEXED BY relations_member_kinds
  WHERE r.object = @object AND r.subject_affiliation = @subject AND r.type = s.type AND r.negated = 0
    AND r.hypothetical = s.hyp AND r.day BETWEEN s.d2 AND s.d1 AND r.subject <> @subject
  UNION ALL
  SELECT ${COLUMNS} FROM denials d CROSS JOIN relations r INDEXED BY relations_pair_facts
  WHERE r.subject = @subject AND r.object = @object AND r.type = d.type AND r.negated = 1
    AND r.day BETWEEN @from AND @to
  UNION ALL
  SELECT ${COLUMNS} FROM denials d CROSS JOIN relations r INDEXED BY relations_member_kinds
  WHERE r.object = @object AND r.subject_affiliation = @subject AND r.type = d.type AND r.negated = 1
    AND r.day BETWEEN @from AND @to AND r.subject <> @subject
  UNION ALL
  SELECT ${DATED} INDEXED BY relations_article
  WHERE r.article = @article AND r.object = @object AND (r.subject = @subject OR r.subject_affiliation = @subject)
    AND r.day BETWEEN @from AND @to`;

/**
 * The first day after the new statement's with a statement just like it (same pair, type and modality): answers
 * dated after that day keep their link. One seek on the covering pair index; null when there is none.
 */
const OVERTAKEN_FROM = `(SELECT min(m.day) FROM relations m INDEXED BY relations_pair_facts
  WHERE m.subject = @newSubject AND m.object = @newObject AND m.type = @newType AND m.negated = 0
    AND m.hypothetical = @newHypothetical AND m.day > @from)`;

/**
 * `answering`: statements that can answer the new statement's type, by their cue (answer_cue holds its bits) or,
 * with a neutral cue, by the exchange table (their type among @exchangeTypes). A null @answerBit wants all.
 */
const CAN_ANSWER = `(@answerBit IS NULL OR r.answer_cue IS NULL OR (r.answer_cue & @answerBit) != 0
  OR ((r.answer_cue & ${NEUTRAL_CUE_BIT}) != 0 AND r.type IN (SELECT value FROM json_each(@exchangeTypes))))`;

/**
 * Revisit requests: the answers the new statement could take over, leaving out those a later one like it holds
 * (`newStatement`; null @newSubject leaves none out) and those that cannot answer it (`answering`).
 */
const REVISIT_SQL = `
  WITH bound AS (SELECT coalesce(min(@to, ${OVERTAKEN_FROM}), @to) AS until)
  SELECT ${DATED} INDEXED BY relations_pair
  WHERE ${BY_SPEAKER} AND ${wanted("r")} AND ${CAN_ANSWER} AND r.day <= (SELECT until FROM bound)
  UNION ALL
  SELECT ${DATED} INDEXED BY relations_object_affiliation_day
  WHERE ${BY_MEMBERS} AND ${wanted("r")} AND ${CAN_ANSWER} AND r.day <= (SELECT until FROM bound)`;

/** `anyObject` requests: every statement of an article by a speaker or its members (one seek on the article). */
const ARTICLE_CLAIMS_SQL = `
  SELECT ${DATED} INDEXED BY relations_article
  WHERE r.article = @article AND (r.subject = @subject OR r.subject_affiliation = @subject)`;

export type SqliteHistory = (requests: readonly HistoryRequest[]) => DatedStatement[];

/** The statements that the statements of a JSON id list answer (the targets of their stored links), by answerer. */
const ANSWERED_SQL = `
  SELECT ${COLUMNS}, x.from_id AS answered_by FROM json_each(@ids) i CROSS JOIN responses x ON x.from_id = i.value
  CROSS JOIN relations r ON r.id = x.to_id`;

/**
 * The store's `answeredStatements`: the current target of each given statement's response link, dated.
 * @example createSqliteAnswered(db)(["r-1"]).get("r-1"); // the statement r-1 answers, if any
 */
export function createSqliteAnswered(db: Database): (ids: readonly string[]) => Map<string, DatedStatement> {
  const answered = db.prepare(ANSWERED_SQL);
  return (ids) => {
    const rows = ids.length === 0 ? [] : (answered.all({ ids: JSON.stringify(ids) }) as (DatedRelationRow & { answered_by: string })[]);
    return new Map(rows.map(({ answered_by: answeredBy, ...row }) => [answeredBy, toDated(row)]));
  };
}

/** Statements said by the actors of a JSON id list (the pair index starts with the speaker). */
const SAID_BY_SQL = `
  SELECT ${COLUMNS} FROM json_each(@ids) i CROSS JOIN relations r INDEXED BY relations_pair ON r.subject = i.value`;

/** Statements whose stored link answers one of a JSON id list. */
const ANSWERING_SQL = `
  SELECT ${COLUMNS} FROM json_each(@ids) i CROSS JOIN responses x INDEXED BY responses_to ON x.to_id = i.value
  CROSS JOIN relations r ON r.id = x.from_id`;

/**
 * The store's `statementsBy`: what the given speakers said, and what answers it, dated.
 * @example createSqliteStatementsBy(db)(["antony-blinken"]).said; // every statement Blinken made
 */
export function createSqliteStatementsBy(
  db: Database,
): (speakers: readonly string[]) => { said: DatedStatement[]; answering: DatedStatement[] } {
  const saidBy = db.prepare(SAID_BY_SQL);
  const answering = db.prepare(ANSWERING_SQL);
  return (speakers) => {
    if (speakers.length === 0) return { said: [], answering: [] };
    const said = (saidBy.all({ ids: JSON.stringify(speakers) }) as DatedRelationRow[]).map(toDated);
    const ids = JSON.stringify(said.map((statement) => statement.id));
    return { said, answering: (answering.all({ ids }) as DatedRelationRow[]).map(toDated) };
  };
}

/**
 * The store's `statementsBetween`: requests with hints are answered one by one (their hints hold for their own
 * window), the others merged per pair and run of windows; each statement once.
 * @example const statementsBetween = createSqliteHistory(db); statementsBetween(linker.historyRequests(…));
 */
export function createSqliteHistory(db: Database): SqliteHistory {
  const all = db.prepare(ALL_SQL);
  const latest = db.prepare(LATEST_SQL);
  const revisit = db.prepare(REVISIT_SQL);
  const articleClaims = db.prepare(ARTICLE_CLAIMS_SQL);
  return (requests) => {
    const seen = new Set<string>();
    const out: DatedStatement[] = [];
    const add = (rows: DatedRelationRow[]): void => {
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        out.push(toDated(row));
      }
    };
    const hinted = new Map<string, HistoryRequest>();
    const plain: HistoryRequest[] = [];
    for (const claims of articleClaimRequests(requests)) add(articleClaims.all(claims) as DatedRelationRow[]);
    for (const request of requests) {
      if (request.anyObject) continue;
      if (request.latest || request.newStatement || request.answering) hinted.set(JSON.stringify(request), request);
      else plain.push(request);
    }
    for (const request of [...mergeHistoryRequests(plain), ...hinted.values()]) {
      const { subject, object, from, to, types, article, newStatement, answering } = request;
      const params = { subject, object, from, to, types: types ? JSON.stringify(types) : null };
      if (newStatement || answering) {
        add(
          revisit.all({
            ...params,
            newSubject: newStatement?.subject ?? null,
            newObject: newStatement?.object ?? null,
            newType: newStatement?.type ?? null,
            newHypothetical: newStatement?.hypothetical ? 1 : 0,
            answerBit: answering ? answerCueBit(answering.type) : null,
            exchangeTypes: JSON.stringify(answering?.exchangeTypes ?? []),
          }) as DatedRelationRow[],
        );
      } else if (request.latest) {
        add(latest.all({ ...params, article: article ?? null, allTypes: ALL_TYPES }) as DatedRelationRow[]);
      } else {
        add(all.all(params) as DatedRelationRow[]);
      }
    }
    return out;
  };
}
