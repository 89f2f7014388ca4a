// Opens an embedded store read-only and checks it is whole: SQLite's integrity check, every reference between
// rows resolved, stats readable. Used after kill -9 and concurrent writers.

import { createHash } from "node:crypto";
import type { StoreStats } from "../../../graph-schema/index.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";

export interface StoreCheck {
  integrity: string;
  /** Rows pointing at rows that do not exist, and actors whose counters disagree with the rows they count, per
   * kind; all zero in a consistent store. */
  dangling: Record<string, number>;
  counts: { articles: number; actors: number; relations: number; responses: number };
  /** sha256 over the sorted ids of articles, actors, relations and responses: equal fingerprints, equal stores. */
  fingerprint: string;
  stats: StoreStats;
}

const DANGLING_QUERIES: Record<string, string> = {
  relationSubject: `SELECT count(*) FROM relations WHERE subject NOT IN (SELECT id FROM actors)`,
  relationObject: `SELECT count(*) FROM relations WHERE object NOT IN (SELECT id FROM actors)`,
  relationArticle: `SELECT count(*) FROM relations WHERE article NOT IN (SELECT id FROM articles)`,
  relationAttribution: `SELECT count(*) FROM relations WHERE attributed_to IS NOT NULL AND attributed_to NOT IN (SELECT id FROM actors)`,
  responseFrom: `SELECT count(*) FROM responses WHERE from_id NOT IN (SELECT id FROM relations)`,
  responseTo: `SELECT count(*) FROM responses WHERE to_id NOT IN (SELECT id FROM relations)`,
  actorArticleActor: `SELECT count(*) FROM actor_articles WHERE actor_id NOT IN (SELECT id FROM actors)`,
  actorArticleArticle: `SELECT count(*) FROM actor_articles WHERE article_seq NOT IN (SELECT seq FROM articles)`,
  // The writer copies each statement's article seq and publication time: they must agree with the article's.
  relationArticleCopy: `SELECT count(*) FROM relations r JOIN articles a ON a.id = r.article
    WHERE r.article_seq IS NOT a.seq OR r.article_published IS NOT a.published`,
  // The writer keeps these counters per actor and batch: they must agree with the rows they count.
  actorStatementCount: `SELECT count(*) FROM actors a WHERE a.statements !=
    (SELECT count(*) FROM relations WHERE subject = a.id) + (SELECT count(*) FROM relations WHERE object = a.id)`,
  actorArticleCount: `SELECT count(*) FROM actors a WHERE a.article_count !=
    (SELECT count(*) FROM actor_articles WHERE actor_id = a.id)`,
};

/** Checks the store in `dir` without writing to it. */
export async function checkStore(dir: string): Promise<StoreCheck> {
  const store = openSqliteStore(dir, { readonly: true });
  try {
    const scalar = (sql: string): number => store.db.prepare(sql).pluck().get() as number;
    const ids = (sql: string): string[] => store.db.prepare(sql).pluck().all() as string[];
    const dangling = Object.fromEntries(Object.entries(DANGLING_QUERIES).map(([kind, sql]) => [kind, scalar(sql)]));
    const hash = createHash("sha256");
    for (const sql of [
      `SELECT id FROM articles ORDER BY id`,
      `SELECT id FROM actors ORDER BY id`,
      `SELECT id FROM relations ORDER BY id`,
      `SELECT from_id || '>' || to_id FROM responses ORDER BY 1`,
    ]) {
      hash.update(ids(sql).join("\n")).update("\n--\n");
    }
    return {
      integrity: (store.db.pragma("integrity_check", { simple: true }) as string) ?? "",
      dangling,
      counts: {
        articles: scalar(`SELECT count(*) FROM articles`),
        actors: scalar(`SELECT count(*) FROM actors`),
        relations: scalar(`SELECT count(*) FROM relations`),
        responses: scalar(`SELECT count(*) FROM responses`),
      },
      fingerprint: hash.digest("hex"),
      stats: await store.stats(),
    };
  } finally {
    await store.close();
  }
}

/** The dangling-reference counts of a consistent store. */
export const NO_DANGLING: Record<string, number> = Object.fromEntries(
  Object.keys(DANGLING_QUERIES).map((kind) => [kind, 0]),
);
