// Fuzzing cleaning, extraction, resolution and response linking with fast-check: news-like text from word lists
// (names, cues, punctuation, quotes, capitals), adversarial Unicode and truncated text. Nothing throws, and what
// comes out always meets the extraction contract (validateExtraction, offsets checked against the cleaned text).

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleRecord, ExtractionResult } from "../../graph-schema/index.ts";
import { validateExtraction } from "../../graph-schema/validate-extraction.ts";
import { cleanArticle } from "../../ingest/clean/clean-article.ts";
import { createExtractor, type Extractor } from "../../ingest/extract/create-extractor.ts";
import type { SourceArticle } from "../../ingest/read/source-article.ts";
import { createActorRegistry } from "../../ingest/resolve/create-actor-registry.ts";
import { createResponseLinker } from "../../ingest/respond/create-response-linker.ts";
import { newsArticleText } from "../fixtures/hostile/generate-news-corpus.ts";

const SUBJECTS = [
  "Vladimir Putin",
  "Putin",
  "President Joe Biden",
  "Biden",
  "Volodymyr Zelensky",
  "Zelenskiy",
  "NATO",
  "the alliance",
  "Russia",
  "Moscow",
  "the Kremlin",
  "Kremlin spokesman Dmitry Peskov",
  "Peskov",
  "Ukraine",
  "Kyiv",
  "the European Union",
  "EU foreign policy chief Josep Borrell",
  "Germany",
  "Chancellor Olaf Scholz",
  "He",
  "She",
  "They",
  "Washington",
  "Beijing",
  "UN Secretary-General Antonio Guterres",
  "the United Nations",
  "Hamas",
  "Israel",
  "Iran",
  "Turkey",
  "Mr. Erdogan",
];
const CUES = [
  "warned",
  "accused",
  "criticised",
  "condemned",
  "rejected",
  "denied",
  "demanded that",
  "urged",
  "called on",
  "backed",
  "praised",
  "sent weapons to",
  "met",
  "held talks with",
  "agreed with",
  "withdrew from",
  "investigated",
  "protested against",
  "imposed sanctions on",
  "massed troops near",
  "arrested",
  "attacked",
  "shelled",
  "fought",
  "did not threaten",
  "would never attack",
  "could sanction",
  "said",
  "told reporters that",
  "hit back at",
  "in response to",
];
const FILLERS = [
  "on Monday",
  "on 24 February 2022",
  "last week",
  "over the build-up",
  "of aggression",
  "in Geneva",
  "according to officials",
  "after talks",
  "a day after",
  "the accusations",
  "the remarks",
  "“",
  "”",
  '"',
  "'",
  "«",
  "»",
  "(",
  ")",
  ",",
  ";",
  ":",
  "—",
  "-",
  "…",
  "!",
  "?",
  ".",
  "\n",
  "\n\n",
  "Mr.",
  "U.S.",
  "Jan.",
  "No.",
  "1,000",
  "$5bn",
  "100%",
  "#hashtag",
  "@handle",
];

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SUBJECTS) },
  { weight: 2, arbitrary: fc.constantFrom(...CUES) },
  { weight: 3, arbitrary: fc.constantFrom(...FILLERS) },
);
const casing = fc.constantFrom<(text: string) => string>(
  (t) => t,
  (t) => t.toUpperCase(),
  (t) => t.toLowerCase(),
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 2, maxLength: 18 }), casing, fc.constantFrom(".", "!", "?", "", "...", '."', ".”"))
  .map(([words, cased, end]) => cased(words.join(" ")) + end);
const NEWS_ARTICLE = fc
  .array(
    fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" ")),
    { minLength: 1, maxLength: 6 },
  )
  .map((p) => p.join("\n\n"));
const ADVERSARIAL = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...SUBJECTS, ...CUES),
        fc.string({ unit: "binary", maxLength: 6 }),
        fc.constantFrom("\u0000", "\u202e", "\ufeff", "\u200b", "\r", "\t", "\ud800", "\udc00", "́"),
      ),
      { maxLength: 80 },
    )
    .map((w) => w.join(" ")),
);
const TRUNCATED = fc.tuple(NEWS_ARTICLE, fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1)));
const PUBLISHED = fc.constantFrom(null, "2022-02-24", "2022-02-24T05:00:00Z", "1999-12-31");

let extractor: Extractor;
const tally = { cases: 0, articles: 0, actors: 0, relations: 0, responses: 0 };

beforeAll(() => {
  extractor = createExtractor();
});
afterAll(() => {
  console.info(
    `[fuzz-extraction] ${tally.cases} cases: ${tally.articles} articles, ${tally.actors} actors, ${tally.relations} relations, ${tally.responses} responses`,
  );
});

/** Cleans, extracts, resolves and links `texts` as one run, the way extractDocuments does, and validates the result. */
function runPipeline(texts: Array<{ text: string; published: string | null }>): string[] {
  tally.cases++;
  const registry = createActorRegistry([]);
  const result: ExtractionResult = { articles: [], actors: [], relations: [], responses: [] };
  const cleanedTexts = new Map<string, string>();
  texts.forEach(({ text, published }, i) => {
    const source: SourceArticle = {
      file: `fuzz-${i}.txt`,
      format: "txt",
      id: null,
      title: null,
      published,
      source: null,
      url: null,
      text,
    };
    const cleaned = cleanArticle(source, { englishOnly: false });
    if (cleaned.kind === "rejected") {
      expect(cleaned.rejection.reason).toMatch(/^[^\n]+$/);
      return;
    }
    if (cleanedTexts.has(cleaned.record.id)) return; // an exact duplicate: the pipeline rejects it
    cleanedTexts.set(cleaned.record.id, cleaned.text);
    const resolved = registry.resolve(extractor.extract(cleaned.record, cleaned.text));
    result.articles.push(resolved.article);
    result.relations.push(...resolved.relations);
  });
  result.actors = registry.allActors().filter((actor) => actor.articles.length > 0);
  const articles = new Map<string, ArticleRecord>(result.articles.map((article) => [article.id, article]));
  result.responses = createResponseLinker().link(result.relations, articles);
  tally.articles += result.articles.length;
  tally.actors += result.actors.length;
  tally.relations += result.relations.length;
  tally.responses += result.responses.length;
  return validateExtraction(result, { texts: cleanedTexts });
}

describe("cleaning, extraction and resolution under fuzzing", () => {
  it.each([
    {
      name: "news-like articles",
      seed: 20_220_210,
      runs: 250,
      input: fc.array(fc.tuple(NEWS_ARTICLE, PUBLISHED), { minLength: 1, maxLength: 3 }),
    },
    {
      name: "adversarial Unicode",
      seed: 20_220_211,
      runs: 200,
      input: fc.array(fc.tuple(ADVERSARIAL, PUBLISHED), { minLength: 1, maxLength: 2 }),
    },
    {
      name: "articles cut at any character",
      seed: 20_220_212,
      runs: 200,
      input: fc.array(fc.tuple(TRUNCATED, PUBLISHED), { minLength: 1, maxLength: 3 }),
    },
    {
      name: "sets of generated corpus articles, so responses are linked",
      seed: 20_220_213,
      runs: 60,
      input: fc.array(fc.tuple(fc.nat(400).map(newsArticleText), fc.constant(null)), { minLength: 2, maxLength: 12 }),
    },
  ])(
    "never throw and meet the contract on $name (seed $seed, $runs runs)",
    ({ seed, runs, input }) => {
      fc.assert(
        fc.property(input, (pairs) => {
          expect(runPipeline(pairs.map(([text, published]) => ({ text, published })))).toEqual([]);
        }),
        { seed, numRuns: runs },
      );
    },
    60_000,
  );
});
