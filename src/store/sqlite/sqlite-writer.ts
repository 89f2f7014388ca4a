// The embedded store's write side: one transaction per batch, upserts on stable ids, so a batch written twice
// (or re-run after a crash) leaves the same rows.

import type { Database, Statement } from "better-sqlite3";
import { quadClassOf, type ActorRecord } from "../../../graph-schema/index.ts";
import { answerCueMask } from "../../../ingest/respond/answered-types.ts";
import type { GraphBatch, WriteSummary } from "../graph-store.ts";
import { normalizeName } from "./normalize-name.ts";
import type { ActorRow } from "./sqlite-rows.ts";
import { pairCountsFromRelationsSql } from "./sqlite-schema.ts";

export interface SqliteWriter {
  write(batch: GraphBatch): WriteSummary;
  remapActors(remap: ReadonlyMap<string, string>): number;
  knownContentHashes(hashes: string[]): Set<string>;
}

const HASH_CHUNK = 500;

/** What the writer copies from a statement's or link's stored article. */
interface ArticleFacts {
  seq: number;
  published: string | null;
  source: string | null;
}

export function createSqliteWriter(db: Database): SqliteWriter {
  const insertArticle = db.prepare(`
    INSERT OR IGNORE INTO articles (id, file, title, published, source, url, content_hash, language, text, seq,
      published_from, title_derived)
    VALUES (@id, @file, @title, @published, @source, @url, @contentHash, @language, @text,
            (SELECT coalesce(max(seq), 0) + 1 FROM articles), @publishedFrom, @titleDerived)`); // max(seq) reads the articles_seq_id index
  const upsertActor = db.prepare(`
    INSERT INTO actors (id, name, type, affiliation, aliases, roles)
    VALUES (@id, @name, @type, @affiliation, @aliases, @roles)
    ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, affiliation = excluded.affiliation,
      aliases = excluded.aliases, roles = excluded.roles`);
  const storedActor = db.prepare(`SELECT name, type, affiliation, aliases, roles FROM actors WHERE id = ?`);
  // Statements carry their subject's affiliation (response history reads by it): follow a changed one.
  const followAffiliation = db.prepare(`UPDATE relations SET subject_affiliation = ? WHERE subject = ?`);
  const insertName = db.prepare(`INSERT OR IGNORE INTO actor_names (norm, actor_id, name) VALUES (?, ?, ?)`);
  const insertActorArticle = db.prepare(`INSERT OR IGNORE INTO actor_articles (actor_id, article_seq) VALUES (?, ?)`);
  const insertRelation = db.prepare(`
    INSERT OR IGNORE INTO relations (id, subject, object, type, plover, quad, article, sentence, negated, hypothetical,
      confidence, attributed_to, cue, event_date, day, source, offsets, subject_affiliation, answer_cue, article_seq,
      article_published)
    VALUES (@id, @subject, @object, @type, @plover, @quad, @article, @sentence, @negated, @hypothetical,
      @confidence, @attributedTo, @cue, @eventDate, @day, @source, @offsets,
      (SELECT affiliation FROM actors WHERE id = @subject), @answerCue, @articleSeq, @published)`);
  const insertResponse = db.prepare(`
    INSERT OR IGNORE INTO responses (from_id, to_id, cue, lag_days, confidence) VALUES (?, ?, ?, ?, ?)`);
  const dropOtherResponses = db.prepare(`DELETE FROM responses WHERE from_id = ? AND to_id IS NOT ?`);
  // What a batch's links and statements copy from their article, read once per article and batch.
  const articleFacts = db.prepare(`SELECT seq, published, source FROM articles WHERE id = ?`);
  const countPair = db.prepare(`
    INSERT INTO pair_counts (subject, object, n_plain, n_negated, n_hypothetical, n_both) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT(subject, object) DO UPDATE SET n_plain = n_plain + excluded.n_plain,
      n_negated = n_negated + excluded.n_negated, n_hypothetical = n_hypothetical + excluded.n_hypothetical,
      n_both = n_both + excluded.n_both`);
  // Counters are added once per actor and batch: an actor row carries its aliases and roles, and every update
  // rewrites all of it (a hub actor is in hundreds of a batch's statements).
  const addStatements = db.prepare(`UPDATE actors SET statements = statements + ? WHERE id = ?`);
  const addArticles = db.prepare(`UPDATE actors SET article_count = article_count + ? WHERE id = ?`);
  const refreshCounts = db.prepare(`
    UPDATE actors SET
      statements = (SELECT count(*) FROM relations WHERE subject = @id) + (SELECT count(*) FROM relations WHERE object = @id),
      article_count = (SELECT count(*) FROM actor_articles WHERE actor_id = @id)
    WHERE id = @id`);
  const hashStatements = new Map<number, Statement>();

  function writeActor(actor: ActorRecord, batchArticles: ReadonlyMap<string, ArticleFacts>): void {
    const before = storedActor.get(actor.id) as
      Pick<ActorRow, "name" | "type" | "affiliation" | "aliases" | "roles"> | undefined;
    const row = { ...actor, aliases: JSON.stringify(actor.aliases), roles: JSON.stringify(actor.roles) };
    // Most actors of a batch only gained articles: their row and names are left as they are.
    const named = before !== undefined && before.name === row.name && before.aliases === row.aliases;
    const same =
      named && before.type === row.type && before.affiliation === row.affiliation && before.roles === row.roles;
    if (!same) upsertActor.run(row);
    if (before !== undefined && before.affiliation !== actor.affiliation)
      followAffiliation.run(actor.affiliation, actor.id);
    if (!named) {
      for (const name of [actor.name, ...actor.aliases]) {
        const norm = normalizeName(name);
        if (norm) insertName.run(norm, actor.id, name);
      }
    }
    // Only this batch's articles can add mentions; older pairs are already stored.
    let added = 0;
    for (const article of actor.articles) {
      const facts = batchArticles.get(article);
      if (facts !== undefined) added += insertActorArticle.run(actor.id, facts.seq).changes;
    }
    if (added > 0) addArticles.run(added, actor.id);
  }

  const writeBatch = db.transaction((batch: GraphBatch): WriteSummary => {
    let articles = 0;
    for (const article of batch.articles) {
      const row = { ...article, publishedFrom: article.publishedFrom ?? null, titleDerived: article.titleDerived ? 1 : 0 };
      articles += insertArticle.run(row).changes;
    }
    // The batch's articles as stored (new or stored before): only their links are new; statements may also cite
    // an article stored by an earlier batch, read when first cited.
    const facts = new Map<string, ArticleFacts | undefined>();
    const factsOf = (id: string): ArticleFacts | undefined => {
      if (!facts.has(id)) facts.set(id, articleFacts.get(id) as ArticleFacts | undefined);
      return facts.get(id);
    };
    const batchArticles = new Map<string, ArticleFacts>();
    for (const { id } of batch.articles) {
      const stored = factsOf(id);
      if (stored !== undefined) batchArticles.set(id, stored);
    }
    for (const actor of batch.actors) writeActor(actor, batchArticles);
    let relations = 0;
    const statementsOf = new Map<string, number>();
    const countStatement = (actor: string): void => void statementsOf.set(actor, (statementsOf.get(actor) ?? 0) + 1);
    for (const relation of batch.relations) {
      const meta = factsOf(relation.article);
      const changes = insertRelation.run({
        ...relation,
        quad: quadClassOf(relation.type),
        negated: relation.negated ? 1 : 0,
        hypothetical: relation.hypothetical ? 1 : 0,
        day: (relation.eventDate ?? meta?.published ?? null)?.slice(0, 10) ?? null,
        source: meta?.source ?? null,
        offsets: JSON.stringify(relation.offsets),
        answerCue: answerCueMask(relation),
        articleSeq: meta?.seq ?? null,
        published: meta?.published ?? null,
      }).changes;
      relations += changes;
      if (changes > 0) {
        const [negated, hypothetical] = [relation.negated, relation.hypothetical];
        countPair.run(
          relation.subject,
          relation.object,
          +(!negated && !hypothetical),
          +(negated && !hypothetical),
          +(!negated && hypothetical),
          +(negated && hypothetical),
        );
        countStatement(relation.subject);
        countStatement(relation.object);
      }
    }
    for (const [actor, count] of statementsOf) addStatements.run(count, actor);
    // A statement answers at most one other: a new link replaces the old one; a relinked statement without a
    // link loses its old one. Counted as the net change in links.
    let responses = 0;
    const replaced = new Map(batch.responses.map((link) => [link.from, link.to]));
    for (const id of new Set([...(batch.relinked ?? []), ...replaced.keys()])) {
      responses -= dropOtherResponses.run(id, replaced.get(id) ?? null).changes;
    }
    for (const link of batch.responses) {
      responses += insertResponse.run(link.from, link.to, link.cue, link.lagDays, link.confidence).changes;
    }
    return { articles, actors: batch.actors.length, relations, responses };
  });

  function knownContentHashes(hashes: string[]): Set<string> {
    const known = new Set<string>();
    for (let start = 0; start < hashes.length; start += HASH_CHUNK) {
      const chunk = hashes.slice(start, start + HASH_CHUNK);
      let statement = hashStatements.get(chunk.length);
      if (!statement) {
        statement = db.prepare(
          `SELECT content_hash FROM articles WHERE content_hash IN (${chunk.map(() => "?").join(",")})`,
        );
        hashStatements.set(chunk.length, statement);
      }
      for (const row of statement.all(...chunk) as { content_hash: string }[]) known.add(row.content_hash);
    }
    return known;
  }

  const remapStatements = [
    `UPDATE relations SET subject = @to, subject_affiliation = (SELECT affiliation FROM actors WHERE id = @to)
       WHERE subject = @from`,
    `UPDATE relations SET object = @to WHERE object = @from`,
    `UPDATE relations SET attributed_to = @to WHERE attributed_to = @from`,
    `DELETE FROM responses WHERE from_id IN (SELECT id FROM relations WHERE subject = object)
       OR to_id IN (SELECT id FROM relations WHERE subject = object)`,
    `DELETE FROM relations WHERE subject = object`,
    `UPDATE actors SET affiliation = @to WHERE affiliation = @from`,
    `UPDATE relations SET subject_affiliation = @to WHERE subject_affiliation = @from`,
    `INSERT OR IGNORE INTO actor_articles (actor_id, article_seq) SELECT @to, article_seq FROM actor_articles WHERE actor_id = @from`,
    `DELETE FROM actor_articles WHERE actor_id = @from`,
    `INSERT OR IGNORE INTO actor_names (norm, actor_id, name) SELECT norm, @to, name FROM actor_names WHERE actor_id = @from`,
    `DELETE FROM actor_names WHERE actor_id = @from`,
    `DELETE FROM actors WHERE id = @from`,
    `DELETE FROM pair_counts WHERE subject IN (@from, @to) OR object IN (@from, @to)`,
    pairCountsFromRelationsSql(`subject = @to OR object = @to`),
  ].map((sql) => db.prepare(sql));
  const actorExists = db.prepare(`SELECT 1 FROM actors WHERE id = ?`).pluck();
  const remapActors = db.transaction((remap: ReadonlyMap<string, string>): number => {
    let moved = 0;
    for (const [from, to] of remap) {
      if (from === to || !actorExists.get(from)) continue;
      for (const statement of remapStatements) statement.run({ from, to });
      refreshCounts.run({ id: to });
      moved++;
    }
    return moved;
  });

  return {
    write: (batch) => writeBatch.immediate(batch),
    remapActors: (remap) => remapActors.immediate(remap),
    knownContentHashes,
  };
}
