// A deterministic synthetic news corpus for the ingest benchmark: each article is a template article with its
// people replaced by invented ones drawn from a growing pool (Zipf: a few hubs, a long tail), some countries
// swapped, its date shifted and its body paragraphs thinned and shuffled, so articles are distinct and the actor
// graph grows as it would with real coverage. Written as JSONL, one article at a time (100k never sit in memory).

import { createHash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { UsageError } from "../graph-schema/index.ts";
import { PERSON_NAME_COUNT, personName } from "./person-names.ts";
import { pickZipf, seededRandom, zipfWeights } from "./seeded-random.ts";

/** A source article prepared for substitution. */
export interface CorpusTemplate {
  /** Where it came from ("demo/…md"), for reports only. */
  origin: string;
  title: string | null;
  /** ISO date, or null when unknown (a default date is shifted instead). */
  published: string | null;
  /** Body paragraphs in order; the first is the lead and stays first. */
  paragraphs: string[];
  /** Each person in the template as its surface forms, the full name first ("Joe Biden", "Biden"). */
  persons: string[][];
  /** Country names, as written in the text, that may be swapped for other countries. */
  countries: string[];
}

export interface SyntheticCorpusOptions {
  articles: number;
  seed: number;
  /** Invented people to draw from; 0 = one per PEOPLE_PER_ARTICLE_DIVISOR articles (at least MIN_PEOPLE). */
  people: number;
  /** Countries a template country may become (the gazetteer's names). */
  countryPool: readonly string[];
  /** Probability that a template country is swapped for another. */
  countrySwapRate: number;
  /** Probability that a body paragraph (not the lead) is left out. */
  paragraphDropRate: number;
  /** Dates are shifted by up to this many days either way. */
  maxShiftDays: number;
  /**
   * Index of the first article: a corpus written with `firstIndex: N` (and the same seed and people) continues the
   * one of N articles, so it can be ingested on top of it.
   */
  firstIndex: number;
}

export const MIN_PEOPLE = 200;
export const PEOPLE_PER_ARTICLE_DIVISOR = 4;
const DEFAULT_DATE = "2022-06-01";
const DAY_MS = 86_400_000;
const SOURCE_COUNT = 12;
const MAX_ATTEMPTS = 50;
const WRITE_CHUNK_CHARS = 1 << 20;

export const DEFAULT_SYNTHETIC_CORPUS_OPTIONS: Readonly<SyntheticCorpusOptions> = {
  articles: 1_000,
  seed: 20220224,
  people: 0,
  countryPool: [],
  countrySwapRate: 0.5,
  paragraphDropRate: 0.3,
  maxShiftDays: 540,
  firstIndex: 0,
};

/** Options merged over the defaults; throws UsageError on a value that cannot work. */
export function resolveSyntheticCorpusOptions(partial: Partial<SyntheticCorpusOptions> = {}): SyntheticCorpusOptions {
  const options = { ...DEFAULT_SYNTHETIC_CORPUS_OPTIONS, ...partial };
  if (!Number.isSafeInteger(options.articles) || options.articles < 1) {
    throw new UsageError(`bench/synthetic-corpus: articles must be a positive integer, found ${options.articles}`);
  }
  if (!Number.isSafeInteger(options.firstIndex) || options.firstIndex < 0) {
    throw new UsageError(`bench/synthetic-corpus: firstIndex must be a whole number ≥ 0, found ${options.firstIndex}`);
  }
  if (!Number.isSafeInteger(options.people) || options.people < 0 || options.people > PERSON_NAME_COUNT) {
    throw new UsageError(`bench/synthetic-corpus: people must be 0..${PERSON_NAME_COUNT}, found ${options.people}`);
  }
  for (const key of ["countrySwapRate", "paragraphDropRate"] as const) {
    if (!(options[key] >= 0 && options[key] < 1)) {
      throw new UsageError(`bench/synthetic-corpus: ${key} must be in [0, 1), found ${options[key]}`);
    }
  }
  if (options.people === 0) {
    options.people = Math.min(
      PERSON_NAME_COUNT,
      Math.max(MIN_PEOPLE, Math.ceil(options.articles / PEOPLE_PER_ARTICLE_DIVISOR)),
    );
  }
  return options;
}

/** One JSONL record, in the shape the JSONL reader takes. */
export interface SyntheticArticle {
  title: string;
  published: string;
  source: string;
  text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function shiftDate(date: string | null, days: number): string {
  const base = Date.parse(`${(date ?? DEFAULT_DATE).slice(0, 10)}T00:00:00Z`);
  return new Date((Number.isNaN(base) ? Date.parse(`${DEFAULT_DATE}T00:00:00Z`) : base) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** Surface → replacement for one article: each template person becomes a distinct invented person. */
function substitutions(
  template: CorpusTemplate,
  options: SyntheticCorpusOptions,
  next: () => number,
  people: Float64Array,
  countries: Float64Array,
): Map<string, string> {
  const map = new Map<string, string>();
  const usedPeople = new Set<number>();
  for (const surfaces of template.persons) {
    let index = pickZipf(people, next());
    while (usedPeople.has(index)) index = (index + 1) % options.people;
    usedPeople.add(index);
    const name = personName(index);
    const words = (surfaces[0] ?? "").split(/\s+/);
    for (const surface of surfaces) {
      if (map.has(surface)) continue;
      if (/\s/.test(surface)) map.set(surface, name.full);
      else map.set(surface, surface === words[0] && words.length > 1 ? name.given : name.family);
    }
  }
  const taken = new Set(template.countries);
  for (const country of template.countries) {
    if (options.countryPool.length === 0 || next() >= options.countrySwapRate) continue;
    const candidate = options.countryPool[pickZipf(countries, next())];
    if (candidate === undefined || taken.has(candidate)) continue;
    taken.add(candidate);
    map.set(country, candidate);
  }
  return map;
}

function substitute(text: string, map: Map<string, string>, pattern: RegExp | null): string {
  return pattern === null ? text : text.replace(pattern, (match) => map.get(match) ?? match);
}

/**
 * The `index`-th synthetic article (attempt > 0 gives another variant, used when a variant repeats).
 * @example syntheticArticle(templates, 7, resolveSyntheticCorpusOptions({ articles: 1000 }));
 */
export function syntheticArticle(
  templates: readonly CorpusTemplate[],
  index: number,
  options: SyntheticCorpusOptions,
  attempt = 0,
): SyntheticArticle {
  if (templates.length === 0) throw new UsageError("bench/synthetic-corpus: no templates to build articles from");
  const next = seededRandom((options.seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) >>> 0);
  const template = templates[Math.floor(next() * templates.length)] as CorpusTemplate;
  const map = substitutions(
    template,
    options,
    next,
    zipfWeightsFor(options.people),
    zipfWeightsFor(options.countryPool.length || 1),
  );
  const pattern = surfacePattern(template);
  const [lead, ...body] = template.paragraphs;
  const kept = body.filter(() => next() >= options.paragraphDropRate);
  const paragraphs = [lead ?? "", ...shuffle(kept.length > 0 || body.length === 0 ? kept : [body[0] as string], next)];
  const days = Math.round((next() * 2 - 1) * options.maxShiftDays);
  return {
    title: substitute(template.title ?? (lead ?? "").split(/(?<=[.!?])\s/)[0] ?? "", map, pattern),
    published: shiftDate(template.published, days),
    source: `Bench Wire ${1 + Math.floor(next() * SOURCE_COUNT)}`,
    text: paragraphs.map((paragraph) => substitute(paragraph, map, pattern)).join("\n\n"),
  };
}

const patternCache = new WeakMap<CorpusTemplate, RegExp | null>();
/** One regex per template matching every surface that may be replaced, longest first (compiled once). */
function surfacePattern(template: CorpusTemplate): RegExp | null {
  let pattern = patternCache.get(template);
  if (pattern === undefined) {
    const surfaces = [...new Set([...template.persons.flat(), ...template.countries])].sort(
      (a, b) => b.length - a.length,
    );
    pattern =
      surfaces.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${surfaces.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu")
        : null;
    patternCache.set(template, pattern);
  }
  return pattern;
}

const weightsCache = new Map<number, Float64Array>();
function zipfWeightsFor(count: number): Float64Array {
  let weights = weightsCache.get(count);
  if (weights === undefined) {
    weights = zipfWeights(count, 0.9);
    weightsCache.set(count, weights);
  }
  return weights;
}

export interface WrittenCorpus {
  file: string;
  articles: number;
  bytes: number;
  /** Variants redrawn because they repeated an earlier article's text. */
  redrawn: number;
}

/**
 * Writes `options.articles` distinct articles to `file` as JSONL, streaming (memory: one hash per article).
 * @example writeSyntheticCorpus("/tmp/c.jsonl", templates, { articles: 10_000, countryPool });
 */
export function writeSyntheticCorpus(
  file: string,
  templates: readonly CorpusTemplate[],
  partial: Partial<SyntheticCorpusOptions> = {},
): WrittenCorpus {
  const options = resolveSyntheticCorpusOptions(partial);
  const seen = new Set<string>();
  const fd = openSync(file, "w");
  let buffer = "";
  let bytes = 0;
  let redrawn = 0;
  const flush = (): void => {
    bytes += writeSync(fd, buffer);
    buffer = "";
  };
  try {
    for (let index = options.firstIndex; index < options.firstIndex + options.articles; index++) {
      let article = syntheticArticle(templates, index, options);
      let hash = createHash("sha1").update(article.text).digest("base64");
      for (let attempt = 1; seen.has(hash); attempt++) {
        if (attempt > MAX_ATTEMPTS) {
          throw new UsageError(
            `bench/synthetic-corpus: article ${index} repeats an earlier one after ${MAX_ATTEMPTS} redraws`,
            {
              hint: "give more templates (or templates with more people and paragraphs)",
            },
          );
        }
        redrawn++;
        article = syntheticArticle(templates, index, options, attempt);
        hash = createHash("sha1").update(article.text).digest("base64");
      }
      seen.add(hash);
      buffer += `${JSON.stringify(article)}\n`;
      if (buffer.length >= WRITE_CHUNK_CHARS) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { file, articles: options.articles, bytes, redrawn };
}
