// Scores predicted response links against hand-annotated ones (eval/responses/dev-responses.json): statements
// are matched by article file, actor alias class and relation type, as the dev triple gold matches triples.

import { basename } from "node:path";
import type { ExtractionResult, RelationRecord } from "../../graph-schema/index.ts";

/** A statement as annotated: its article's file name, its actors' alias classes, acceptable types (any if empty). */
export interface StatementPattern {
  article: string;
  subject: string[];
  types: string[];
  object: string[];
}

export interface GoldResponseLink {
  note: string;
  from: StatementPattern;
  /** Acceptable answered statements. */
  to: StatementPattern[];
}

/** A predicted link, described by file name and actor classes (or names, when no class fits). */
export interface DescribedLink {
  from: string;
  to: string;
  cue: string;
  lagDays: number | null;
  confidence: number;
  matched: boolean;
}

export interface ResponseLinkScores {
  gold: number;
  predicted: number;
  correct: number;
  found: number;
  precision: number;
  recall: number;
  links: DescribedLink[];
  /** For each gold link not found: whether the answering and answered statements were extracted at all. */
  missed: { note: string; answeringExtracted: boolean; answeredExtracted: boolean }[];
}

const TITLES = new Set(["mr", "mrs", "ms", "dr", "president", "gen", "general", "prime", "minister", "chancellor"]);

/** Lower case, no possessive, punctuation or leading "the"/titles: how dev-gold.json compares names. */
export function normalizeActorName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}.\- ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "")
    .split(" ");
  while (words.length > 1 && TITLES.has((words[0] as string).replace(/\.$/, ""))) words.shift();
  return words.join(" ");
}

/**
 * Scores `result.responses` restricted to articles whose file name is among the gold's.
 * @example
 * const scores = scoreResponseLinks(gold.links, devGold.aliases, await extractDocuments([...], options));
 */
export function scoreResponseLinks(
  gold: readonly GoldResponseLink[],
  aliases: Readonly<Record<string, readonly string[]>>,
  result: ExtractionResult,
): ResponseLinkScores {
  const classOfName = new Map<string, string>();
  for (const [cls, names] of Object.entries(aliases))
    for (const name of [cls, ...names])
      if (!classOfName.has(normalizeActorName(name))) classOfName.set(normalizeActorName(name), cls);
  const actorClass = new Map(
    result.actors.map((actor) => {
      const names = [actor.name, ...actor.aliases];
      const cls = names.map((name) => classOfName.get(normalizeActorName(name))).find((c) => c !== undefined);
      return [actor.id, cls ?? actor.name];
    }),
  );
  const fileOf = new Map(result.articles.map((article) => [article.id, basename(article.file)]));
  const relations = new Map(result.relations.map((relation) => [relation.id, relation]));
  const fits = (relation: RelationRecord, pattern: StatementPattern): boolean =>
    fileOf.get(relation.article) === pattern.article &&
    pattern.subject.includes(actorClass.get(relation.subject) ?? "") &&
    pattern.object.includes(actorClass.get(relation.object) ?? "") &&
    (pattern.types.length === 0 || pattern.types.includes(relation.type));
  const articles = new Set(gold.flatMap((link) => [link.from.article, ...link.to.map((to) => to.article)]));
  const describe = (relation: RelationRecord): string =>
    `${fileOf.get(relation.article)}: ${actorClass.get(relation.subject)} ${relation.type} ${actorClass.get(relation.object)}`;
  const predicted = result.responses.flatMap((response) => {
    const from = relations.get(response.from);
    const to = relations.get(response.to);
    return from && to && articles.has(fileOf.get(from.article) ?? "") ? [{ response, from, to }] : [];
  });
  const matches = (link: GoldResponseLink, p: (typeof predicted)[number]): boolean =>
    fits(p.from, link.from) && link.to.some((pattern) => fits(p.to, pattern));
  const links = predicted.map((p) => ({
    from: describe(p.from),
    to: describe(p.to),
    cue: p.response.cue,
    lagDays: p.response.lagDays,
    confidence: p.response.confidence,
    matched: gold.some((link) => matches(link, p)),
  }));
  const foundLinks = gold.filter((link) => predicted.some((p) => matches(link, p)));
  const all = [...relations.values()];
  const missed = gold
    .filter((link) => !foundLinks.includes(link))
    .map((link) => ({
      note: link.note,
      answeringExtracted: all.some((relation) => fits(relation, link.from)),
      answeredExtracted: all.some((relation) => link.to.some((pattern) => fits(relation, pattern))),
    }));
  const correct = links.filter((link) => link.matched).length;
  return {
    gold: gold.length,
    predicted: links.length,
    correct,
    found: foundLinks.length,
    precision: links.length === 0 ? 0 : correct / links.length,
    recall: gold.length === 0 ? 0 : foundLinks.length / gold.length,
    links,
    missed,
  };
}
