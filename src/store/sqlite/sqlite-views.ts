// Answers the viewer's detail questions on the embedded store: evidence behind an edge, actor details, search,
// shortest path, response threads and totals.

import type { Database } from "better-sqlite3";
import type {
  ActorDetails,
  ActorMatch,
  ActorRef,
  ActorType,
  EvidenceQuery,
  ModalityCounts,
  RelationCount,
  RelationType,
  ResponseView,
  StatementView,
  StoreStats,
  StoreTotals,
} from "../../../graph-schema/index.ts";
import type { ResponseQuery } from "../graph-store.ts";
import { normalizeName } from "./normalize-name.ts";
import { relationFilterSql } from "./relation-filter.ts";
import {
  toActorRef,
  toArticleSummary,
  toStatementView,
  type ActorRow,
  type ArticleRow,
  type RelationRow,
} from "./sqlite-rows.ts";

const RELATION_COUNTS_LIMIT = 12;
const ACTOR_ARTICLES_LIMIT = 50;
const DEFAULT_RESPONSES_LIMIT = 200;

export function createSqliteViews(db: Database, name: string) {
  const actorById = db.prepare(`SELECT * FROM actors WHERE id = ?`);
  const articleById = db.prepare(`SELECT id, title, published, published_from, source, url FROM articles WHERE id = ?`);
  const relationById = db.prepare(`SELECT * FROM relations WHERE id = ?`);

  /** Actor refs with a per-call cache (a view names the same actors many times). */
  function actorLookup(): (id: string | null) => ActorRef | null {
    const cache = new Map<string, ActorRef | null>();
    return (id) => {
      if (id === null) return null;
      if (!cache.has(id)) {
        const row = actorById.get(id) as ActorRow | undefined;
        cache.set(id, row ? toActorRef(row) : null);
      }
      return cache.get(id) ?? null;
    };
  }

  function statementViews(rows: RelationRow[]): StatementView[] {
    const actors = actorLookup();
    const articles = new Map<string, ArticleRow>();
    return rows.map((row) => {
      let article = articles.get(row.article);
      if (!article) {
        article = articleById.get(row.article) as ArticleRow;
        articles.set(row.article, article);
      }
      return toStatementView(row, actors, toArticleSummary(article));
    });
  }

  function evidence(query: EvidenceQuery): StatementView[] {
    const filter = relationFilterSql(query);
    const pair = query.bothDirections
      ? `((r.subject = ? AND r.object = ?) OR (r.subject = ? AND r.object = ?))`
      : `(r.subject = ? AND r.object = ?)`;
    const pairParams = query.bothDirections
      ? [query.subject, query.object, query.object, query.subject]
      : [query.subject, query.object];
    const rows = db
      .prepare(`SELECT r.* FROM relations r WHERE ${pair} AND ${filter.sql} ORDER BY r.day, r.id LIMIT ?`)
      .all(...pairParams, ...filter.params, query.limit ?? 200) as RelationRow[];
    return statementViews(rows);
  }

  function relationCounts(id: string, side: "subject" | "object"): RelationCount[] {
    const other = side === "subject" ? "object" : "subject";
    const rows = db
      .prepare(
        `SELECT ${other} AS other, type, count(*) AS n FROM relations
         WHERE ${side} = ? AND negated = 0 AND hypothetical = 0
         GROUP BY ${other}, type ORDER BY n DESC, other, type LIMIT ?`,
      )
      .all(id, RELATION_COUNTS_LIMIT) as { other: string; type: RelationType; n: number }[];
    const actors = actorLookup();
    return rows.flatMap((row) => {
      const actor = actors(row.other);
      return actor ? [{ actor, type: row.type, count: row.n }] : [];
    });
  }

  /** Statements with the actor on one side, by modality. */
  function modality(id: string, side: "subject" | "object"): ModalityCounts {
    const row = db
      .prepare(
        `SELECT count(*) AS total, coalesce(sum(negated = 0 AND hypothetical = 0), 0) AS asserted,
           coalesce(sum(negated), 0) AS negated, coalesce(sum(hypothetical), 0) AS hypothetical,
           coalesce(sum(negated = 1 AND hypothetical = 1), 0) AS both
         FROM relations WHERE ${side} = ?`,
      )
      .get(id) as ModalityCounts;
    return { ...row };
  }

  /** How many (other actor, type) relations of asserted statements the actor has on one side. */
  function relationPairs(id: string, side: "subject" | "object"): number {
    const other = side === "subject" ? "object" : "subject";
    return (
      db
        .prepare(
          `SELECT count(*) AS n FROM (SELECT 1 FROM relations WHERE ${side} = ? AND negated = 0 AND hypothetical = 0
           GROUP BY ${other}, type)`,
        )
        .get(id) as { n: number }
    ).n;
  }

  function actor(id: string): ActorDetails | null {
    const row = actorById.get(id) as ActorRow | undefined;
    if (!row) return null;
    const articles = db
      .prepare(
        `SELECT a.id, a.title, a.published, a.published_from, a.source, a.url
         FROM actor_articles aa JOIN articles a ON a.seq = aa.article_seq
         WHERE aa.actor_id = ? ORDER BY a.published DESC, a.id LIMIT ?`,
      )
      .all(id, ACTOR_ARTICLES_LIMIT) as ArticleRow[];
    const affiliation = row.affiliation ? actorLookup()(row.affiliation) : null;
    const asSubject = modality(id, "subject");
    const asObject = modality(id, "object");
    return {
      actor: {
        ...toActorRef(row),
        aliases: JSON.parse(row.aliases) as string[],
        roles: JSON.parse(row.roles) as ActorDetails["actor"]["roles"],
        affiliation,
      },
      statementsAsSubject: asSubject.total,
      statementsAsObject: asObject.total,
      modality: { asSubject, asObject },
      outgoing: relationCounts(id, "subject"),
      incoming: relationCounts(id, "object"),
      outgoingPairs: relationPairs(id, "subject"),
      incomingPairs: relationPairs(id, "object"),
      articles: articles.map(toArticleSummary),
      articleCount: row.article_count,
    };
  }

  function searchActors(text: string, limit: number): ActorMatch[] {
    const norm = normalizeName(text);
    if (!norm) return [];
    const rows = db
      .prepare(
        `SELECT n.actor_id AS id, n.name AS matched, n.norm AS norm, a.name, a.type, a.statements,
                CASE WHEN n.norm = ? THEN 0 WHEN n.norm >= ? AND n.norm < ? THEN 1 ELSE 2 END AS rank
         FROM actor_names n JOIN actors a ON a.id = n.actor_id
         WHERE (n.norm >= ? AND n.norm < ?) OR n.norm LIKE ? ESCAPE '\\'
         ORDER BY rank, a.statements DESC, a.name, a.id, CASE WHEN n.name = a.name THEN 0 ELSE 1 END, n.name LIMIT ?`,
      )
      .all(norm, norm, `${norm}\uffff`, norm, `${norm}\uffff`, `% ${norm.replace(/[\\%_]/g, "\\$&")}%`, limit * 5) as {
      id: string;
      matched: string;
      name: string;
      type: ActorType;
      statements: number;
    }[];
    const seen = new Set<string>();
    const matches: ActorMatch[] = [];
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      matches.push({ id: row.id, name: row.name, type: row.type, matched: row.matched, statements: row.statements });
      if (matches.length >= limit) break;
    }
    return matches;
  }

  function shortestPath(from: string, to: string, maxHops: number): string[] | null {
    if (!actorById.get(from) || !actorById.get(to)) return null;
    if (from === to) return [from];
    const neighbours = db.prepare(`
      SELECT DISTINCT subject AS a, object AS b FROM relations
        WHERE subject IN (SELECT value FROM json_each(?)) AND negated = 0 AND hypothetical = 0
      UNION
      SELECT DISTINCT object AS a, subject AS b FROM relations
        WHERE object IN (SELECT value FROM json_each(?)) AND negated = 0 AND hypothetical = 0`);
    // Bidirectional breadth-first search: expand the smaller side each round.
    const parents = [new Map<string, string | null>([[from, null]]), new Map<string, string | null>([[to, null]])];
    const frontiers = [[from], [to]];
    for (let hops = 0; hops < maxHops; hops++) {
      const side = (frontiers[0]?.length ?? 0) <= (frontiers[1]?.length ?? 0) ? 0 : 1;
      const mine = parents[side]!;
      const theirs = parents[1 - side]!;
      const json = JSON.stringify(frontiers[side]);
      const next: string[] = [];
      for (const { a, b } of neighbours.all(json, json) as { a: string; b: string }[]) {
        if (mine.has(b)) continue;
        mine.set(b, a);
        next.push(b);
        if (theirs.has(b)) {
          const walk = (map: Map<string, string | null>, start: string): string[] => {
            const out: string[] = [];
            for (let node: string | null | undefined = start; node; node = map.get(node)) out.push(node);
            return out;
          };
          const left = walk(parents[0]!, b).reverse();
          const right = walk(parents[1]!, b).slice(1);
          return [...left, ...right];
        }
      }
      if (next.length === 0) return null;
      frontiers[side] = next;
    }
    return null;
  }

  function responseThreads(query: ResponseQuery): ResponseView[] {
    const people = query.with ? [query.actor, query.with] : [query.actor];
    const json = JSON.stringify(people);
    const involves = (alias: string): string =>
      query.with
        ? `(${alias}.subject IN (SELECT value FROM json_each(@people)) AND ${alias}.object IN (SELECT value FROM json_each(@people)))`
        : `(${alias}.subject = @actor OR ${alias}.object = @actor)`;
    const rows = db
      .prepare(
        `SELECT x.from_id, x.to_id, x.cue, x.lag_days, x.confidence FROM responses x
         JOIN relations f ON f.id = x.from_id JOIN relations t ON t.id = x.to_id
         WHERE (${involves("f")} OR ${involves("t")})
           AND (@since IS NULL OR f.day >= @since) AND (@until IS NULL OR t.day <= @until)
         ORDER BY t.day IS NULL, t.day, f.day IS NULL, f.day, x.from_id LIMIT @limit OFFSET @offset`,
      )
      .all({
        people: json,
        actor: query.actor,
        since: query.since ?? null,
        until: query.until ?? null,
        limit: query.limit ?? DEFAULT_RESPONSES_LIMIT,
        offset: query.offset ?? 0,
      }) as { from_id: string; to_id: string; cue: string; lag_days: number | null; confidence: number }[];
    return rows.flatMap((row) => {
      const [from, to] = statementViews([
        relationById.get(row.from_id) as RelationRow,
        relationById.get(row.to_id) as RelationRow,
      ]);
      return from && to ? [{ from, to, cue: row.cue, lagDays: row.lag_days, confidence: row.confidence }] : [];
    });
  }

  const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  function totals(): StoreTotals {
    return {
      articles: count("articles"),
      actors: count("actors"),
      relations: count("relations"),
      responses: count("responses"),
    };
  }

  function stats(): StoreStats {
    const grouped = (sql: string): Record<string, number> =>
      Object.fromEntries((db.prepare(sql).all() as { k: string; n: number }[]).map((row) => [row.k, row.n]));
    const range = db.prepare(`SELECT min(day) AS first, max(day) AS last FROM relations`).get() as {
      first: string | null;
      last: string | null;
    };
    return {
      name,
      ...totals(),
      actorTypes: grouped(`SELECT type AS k, count(*) AS n FROM actors GROUP BY type`),
      relationTypes: grouped(`SELECT type AS k, count(*) AS n FROM relations GROUP BY type`),
      sources: (
        db.prepare(`SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source LIMIT 500`).all() as {
          source: string;
        }[]
      ).map((row) => row.source),
      firstDate: range.first,
      lastDate: range.last,
      undatedArticles: db.prepare(`SELECT count(*) FROM articles WHERE published IS NULL`).pluck().get() as number,
    };
  }

  return { evidence, actor, searchActors, shortestPath, responseThreads, stats, totals };
}
