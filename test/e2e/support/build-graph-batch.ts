// Builds a store batch (articles, actors, relations, responses) from compact hand-written article specs: the
// article text is its sentences joined, and every character offset is computed from the quoted words, so the
// fixtures read like news and stay consistent with the extraction contract.

import { createHash } from "node:crypto";
import {
  ploverOf,
  type ActorRecord,
  type ActorRole,
  type ActorType,
  type CharRange,
  type RelationRecord,
  type RelationType,
  type ResponseRecord,
} from "../../../graph-schema/index.ts";
import type { GraphBatch, StoredArticle } from "../../../src/store/graph-store.ts";

export interface ActorSpec {
  id: string;
  name: string;
  type: ActorType;
  aliases?: string[];
  role?: { title: string; affiliation: string | null };
  affiliation?: string | null;
}

/** One statement: subject id, relation, object id, and the words in the sentence that name them. */
export interface StatementSpec {
  id: string;
  subject: string;
  type: RelationType;
  object: string;
  sentence: string;
  /** Exact substrings of `sentence`: subject, verb (cue), object. */
  words: [string, string, string];
  negated?: boolean;
  hypothetical?: boolean;
}

export interface ArticleSpec {
  id: string;
  title: string;
  published: string;
  source: string;
  url: string;
  /** Sentences without a statement may be plain strings. */
  sentences: (string | StatementSpec)[];
}

export interface ResponseSpec {
  from: string;
  to: string;
  cue: string;
}

function rangeOf(sentence: string, words: string, base: number, what: string, id: string): CharRange {
  const at = sentence.indexOf(words);
  if (at < 0)
    throw new Error(`test/e2e/support/build-graph-batch: statement ${id} has no ${what} "${words}" in its sentence`);
  return [base + at, base + at + words.length];
}

/** The batch for the given actors, articles and response links. */
export function buildGraphBatch(
  actors: ActorSpec[],
  articles: ArticleSpec[],
  responses: ResponseSpec[] = [],
): GraphBatch {
  const relations: RelationRecord[] = [];
  const storedArticles: StoredArticle[] = [];
  const mentions = new Map<string, Set<string>>(actors.map((a) => [a.id, new Set<string>()]));
  const roles = new Map<string, ActorRole[]>();
  const dates = new Map<string, string>();
  for (const article of articles) {
    let text = "";
    for (const sentence of article.sentences) {
      const body = typeof sentence === "string" ? sentence : sentence.sentence;
      const start = text.length === 0 ? 0 : text.length + 1;
      text = text.length === 0 ? body : `${text} ${body}`;
      if (typeof sentence === "string") continue;
      const s = sentence;
      for (const actor of [s.subject, s.object]) {
        const seen = mentions.get(actor);
        if (!seen)
          throw new Error(`test/e2e/support/build-graph-batch: statement ${s.id} names unknown actor ${actor}`);
        seen.add(article.id);
      }
      dates.set(s.id, article.published);
      relations.push({
        id: s.id,
        subject: s.subject,
        object: s.object,
        type: s.type,
        plover: ploverOf(s.type),
        article: article.id,
        sentence: s.sentence,
        negated: s.negated ?? false,
        hypothetical: s.hypothetical ?? false,
        confidence: 0.9,
        attributedTo: s.subject,
        cue: s.words[1],
        eventDate: article.published,
        offsets: {
          sentence: [start, start + s.sentence.length],
          subject: rangeOf(s.sentence, s.words[0], start, "subject", s.id),
          verb: rangeOf(s.sentence, s.words[1], start, "verb", s.id),
          object: rangeOf(s.sentence, s.words[2], start, "object", s.id),
        },
      });
    }
    storedArticles.push({
      id: article.id,
      file: `${article.id}.txt`,
      title: article.title,
      published: article.published,
      source: article.source,
      url: article.url,
      contentHash: createHash("sha256").update(text).digest("hex"),
      language: "en",
      text,
    });
  }
  for (const actor of actors) {
    if (!actor.role) continue;
    const first = [...(mentions.get(actor.id) ?? [])][0];
    const article = articles.find((a) => a.id === first);
    if (article) roles.set(actor.id, [{ ...actor.role, article: article.id, date: article.published }]);
  }
  const lag = (from: string, to: string): number | null => {
    const a = dates.get(from);
    const b = dates.get(to);
    return a && b ? Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000) : null;
  };
  const actorRecords: ActorRecord[] = actors.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    aliases: a.aliases ?? [],
    articles: [...(mentions.get(a.id) ?? [])].sort(),
    roles: roles.get(a.id) ?? [],
    affiliation: a.affiliation ?? null,
  }));
  const responseRecords: ResponseRecord[] = responses.map((r) => ({
    from: r.from,
    to: r.to,
    cue: r.cue,
    lagDays: lag(r.from, r.to),
    confidence: 0.8,
  }));
  return { articles: storedArticles, actors: actorRecords, relations, responses: responseRecords };
}
