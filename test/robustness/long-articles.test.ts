// Extraction of one long article costs what extraction of the same text in short articles costs: the CPU time per
// character of a 1.5 MB article stays within LONG_ARTICLE_COST_LIMIT times that of 5 KB articles of the same shape
// measured in the same run (a ratio of CPU times, so a loaded or slow machine slows both alike). Two shapes: one
// news story repeated (few actors, many sentences) and the story told with new people each time (thousands of
// people for linking to tell apart). Before the person index, linking compared every name with every person
// already seen: 8,000 people cost 3.7 times the short articles per character at 500 KB, 6.6 times at 1 MB.
// The repeated story is told on other dates each time (a sentence repeated word for word states its facts once, so
// a verbatim copy would give the long article three statements), and makes one reply a repetition ("Peskov
// rejected the accusations"); measured after main's reply resolution: 1.06x (repeated story), 1.00x (distinct
// people).

import { beforeAll, describe, expect, it } from "vitest";
import { cleanArticle } from "../../ingest/clean/clean-article.ts";
import { createExtractor, type Extractor } from "../../ingest/extract/create-extractor.ts";
import type { SourceArticle } from "../../ingest/read/source-article.ts";
import { plainSourceArticle } from "../fixtures/plain-source-article.ts";
import {
  LONG_ARTICLE_SHAPES,
  longArticle,
  shortArticles,
  type LongArticleShape,
} from "../fixtures/hostile/long-articles.ts";

/** Most CPU time per character a long article may cost, as a multiple of short articles of the same shape. */
const LONG_ARTICLE_COST_LIMIT = 2;
const LONG_CHARS = 1_500_000;
const SHORT_CHARS = 5_000;
const SHORT_COUNT = 60;

let extractor: Extractor;

const source = (text: string): SourceArticle => plainSourceArticle(text, "long.txt");

/** CPU milliseconds per character to clean and extract `texts`, and what they gave. */
function cpuPerChar(texts: readonly string[]): { perChar: number; actors: number; relations: number } {
  let chars = 0;
  let actors = 0;
  let relations = 0;
  const start = process.cpuUsage();
  for (const text of texts) {
    chars += text.length;
    const cleaned = cleanArticle(source(text), { englishOnly: false });
    if (cleaned.kind !== "article") continue;
    const extraction = extractor.extract(cleaned.record, cleaned.text);
    actors += extraction.actors.length;
    relations += extraction.relations.length;
  }
  const used = process.cpuUsage(start);
  return { perChar: (used.user + used.system) / 1000 / chars, actors, relations };
}

beforeAll(() => {
  extractor = createExtractor();
  cpuPerChar(shortArticles("distinct-people", 10, SHORT_CHARS)); // warm-up: the model, the JIT
});

describe("extraction cost of long articles", () => {
  it.each(LONG_ARTICLE_SHAPES)(
    "a 1.5 MB article of %s costs per character what 5 KB articles of it cost",
    (shape: LongArticleShape) => {
      const short = shortArticles(shape, SHORT_COUNT, SHORT_CHARS);
      const rounds = [1, 2, 3].map(() => cpuPerChar(short).perChar).sort((a, b) => a - b);
      const long = cpuPerChar([longArticle(shape, LONG_CHARS)]);
      const ratio = long.perChar / (rounds[1] as number);
      console.info(`[long-articles] ${shape}: ${ratio.toFixed(2)}x the short articles per character`);
      expect(long.relations).toBeGreaterThan(1000);
      expect(ratio).toBeLessThanOrEqual(LONG_ARTICLE_COST_LIMIT);
    },
    180_000,
  );
});
