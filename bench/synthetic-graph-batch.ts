// A deterministic synthetic news graph for the viewer benchmark: N actors with a heavy-tailed share of statements
// (a few actors in most news, as in real coverage), spread over a year of articles.

import { createHash } from "node:crypto";
import { ACTOR_TYPES, RELATION_TYPES, ploverOf, type ActorRecord, type RelationRecord } from "../graph-schema/index.ts";
import type { GraphBatch, StoredArticle } from "../src/store/graph-store.ts";
import { pickZipf, seededRandom, zipfWeights } from "./seeded-random.ts";

export interface SyntheticGraphOptions {
  actors: number;
  statements: number;
  statementsPerArticle: number;
  seed: number;
}

export const DEFAULT_SYNTHETIC_GRAPH_OPTIONS: Readonly<SyntheticGraphOptions> = {
  actors: 5_000,
  statements: 50_000,
  statementsPerArticle: 10,
  seed: 20220224,
};

const SYLLABLES = [
  "ka",
  "lo",
  "mir",
  "sen",
  "ta",
  "vo",
  "ri",
  "del",
  "an",
  "bu",
  "zek",
  "or",
  "ni",
  "pas",
  "gul",
  "te",
];
const DAY_MS = 86_400_000;
const YEAR_START_MS = Date.parse("2022-01-01T00:00:00Z");

/** Validates and completes partial options. */
export function resolveSyntheticGraphOptions(partial: Partial<SyntheticGraphOptions> = {}): SyntheticGraphOptions {
  const options = { ...DEFAULT_SYNTHETIC_GRAPH_OPTIONS, ...partial };
  if (!Number.isInteger(options.actors) || options.actors < 2) {
    throw new RangeError(`bench/synthetic-graph-batch: actors must be an integer ≥ 2, got ${options.actors}`);
  }
  if (!Number.isInteger(options.statements) || options.statements < 1) {
    throw new RangeError(
      `bench/synthetic-graph-batch: statements must be a positive integer, got ${options.statements}`,
    );
  }
  return options;
}

/** The batch: same options, same graph. */
export function syntheticGraphBatch(partial: Partial<SyntheticGraphOptions> = {}): GraphBatch {
  const options = resolveSyntheticGraphOptions(partial);
  const next = seededRandom(options.seed);
  const weights = zipfWeights(options.actors, 0.9);
  const pick = (): number => pickZipf(weights, next());
  const actors: ActorRecord[] = [];
  for (let i = 0; i < options.actors; i++) {
    const name = [0, 1, 2].map(() => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join("");
    const display = `${name.charAt(0).toUpperCase()}${name.slice(1)} ${i}`;
    actors.push({
      id: `actor-${i}`,
      name: display,
      type: ACTOR_TYPES[i % ACTOR_TYPES.length] ?? "PERSON",
      aliases: [name],
      articles: [],
      roles: [],
      affiliation: null,
    });
  }
  const articles: StoredArticle[] = [];
  const relations: RelationRecord[] = [];
  const articleCount = Math.ceil(options.statements / options.statementsPerArticle);
  for (let a = 0; a < articleCount; a++) {
    const published = new Date(YEAR_START_MS + Math.floor((a / articleCount) * 365) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const id = `article-${a}`;
    let text = "";
    const mentioned = new Set<number>();
    for (let k = 0; k < options.statementsPerArticle && relations.length < options.statements; k++) {
      const s = pick();
      let o = pick();
      if (o === s) o = (o + 1) % options.actors;
      const type = RELATION_TYPES[Math.floor(next() * RELATION_TYPES.length)] ?? "MEET";
      const subject = actors[s]?.name ?? "";
      const object = actors[o]?.name ?? "";
      const verb = type.toLowerCase();
      const sentence = `${subject} ${verb} ${object} in a statement on ${published}.`;
      const start = text.length === 0 ? 0 : text.length + 1;
      text = text.length === 0 ? sentence : `${text} ${sentence}`;
      const verbStart = start + subject.length + 1;
      const objectStart = verbStart + verb.length + 1;
      mentioned.add(s).add(o);
      relations.push({
        id: `rel-${relations.length}`,
        subject: `actor-${s}`,
        object: `actor-${o}`,
        type,
        plover: ploverOf(type),
        article: id,
        sentence,
        negated: next() < 0.03,
        hypothetical: next() < 0.05,
        confidence: 0.9,
        attributedTo: `actor-${s}`,
        cue: verb,
        eventDate: published,
        offsets: {
          sentence: [start, start + sentence.length],
          subject: [start, start + subject.length],
          verb: [verbStart, verbStart + verb.length],
          object: [objectStart, objectStart + object.length],
        },
      });
    }
    for (const m of mentioned) actors[m]?.articles.push(id);
    articles.push({
      id,
      file: `${id}.txt`,
      title: `Synthetic dispatch ${a}`,
      published,
      source: `Wire ${a % 7}`,
      url: `https://synthetic.example/${id}`,
      contentHash: createHash("sha256").update(text).digest("hex"),
      language: "en",
      text,
    });
  }
  return { articles, actors, relations, responses: [] };
}
