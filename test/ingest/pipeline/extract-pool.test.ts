import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createInProcessExtractor,
  IN_PROCESS_CLEANER,
  type ExtractOutcome,
} from "../../../ingest/pipeline/batch-extractor.ts";
import type { CleanedArticle } from "../../../ingest/pipeline/cleaned-article.ts";
import { createExtractPool } from "../../../ingest/pipeline/extract-pool.ts";
import { readCleanArticles } from "../../../ingest/pipeline/read-clean-articles.ts";
import type { SourceArticle } from "../../../ingest/read/source-article.ts";
import { writeNewsWeek } from "../../fixtures/news-week.ts";

const DEMO = fileURLToPath(new URL("../../../demo/articles", import.meta.url));
let dir: string;
let articles: CleanedArticle[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-pool-"));
  articles = [];
  for await (const event of readCleanArticles([writeNewsWeek(join(dir, "news")), DEMO])) {
    if (event.kind === "article") articles.push(event.article);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const summary = (outcomes: ExtractOutcome[]) =>
  outcomes.map((outcome) => (outcome.kind === "extracted" ? outcome.extraction : outcome));

describe("createExtractPool", () => {
  it("gives exactly the output of one in-process extractor, in input order", async () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
    const single = createInProcessExtractor();
    const pool = createExtractPool({ workers: 2, minBatchForWorkers: 1 });
    try {
      const expected = summary(await single.extractBatch(articles));
      const actual = summary(await pool.extractBatch(articles));
      expect(actual).toEqual(expected);
      expect(summary(await pool.extractBatch(articles.slice(0, 1)))).toEqual(expected.slice(0, 1));
    } finally {
      await pool.close();
      await single.close();
    }
  });

  it("cleans on its workers with the events of cleaning on this thread: articles, rejections and duplicates in input order", async () => {
    const news = writeNewsWeek(join(dir, "again"));
    // The week twice (every article of the second copy is a duplicate) and a folder that does not exist.
    const inputs = [news, DEMO, news, join(dir, "missing")];
    const events = async (cleaner: Parameters<typeof readCleanArticles>[2]) => {
      const out: unknown[] = [];
      for await (const event of readCleanArticles(inputs, {}, cleaner)) out.push(event);
      return out;
    };
    const pool = createExtractPool({ workers: 2, minBatchForWorkers: 1 });
    try {
      const expected = await events(IN_PROCESS_CLEANER);
      expect(expected.filter((event) => (event as { kind: string }).kind === "rejected").length).toBeGreaterThan(3);
      expect(await events(pool)).toEqual(expected);
    } finally {
      await pool.close();
    }
  });

  it("cleans a batch too small for the workers on this thread without building an extractor", async () => {
    // An extractor with these options cannot be built: cleaning a small batch must not try.
    const pool = createExtractPool({ workers: 2, extractor: { minConfidence: 2 }, minBatchForWorkers: 16 });
    try {
      const sources: SourceArticle[] = [
        {
          file: "kyiv-talks.txt",
          format: "txt",
          id: null,
          title: "Delegations meet in Istanbul",
          published: "2022-03-29",
          source: null,
          url: null,
          text: "Ukrainian and Russian delegations met in Istanbul on Tuesday, officials in Kyiv said.",
        },
      ];
      const cleaned = await pool.cleanBatch(sources, {});
      expect(cleaned).toEqual(await IN_PROCESS_CLEANER.cleanBatch(sources, {}));
      expect(cleaned.map((result) => result.kind)).toEqual(["article"]);
      await expect(pool.extractBatch([articles[0]!])).rejects.toThrow(/minConfidence must be within 0..1/);
    } finally {
      await pool.close();
    }
  });

  it("rejects a batch with an internal error when its workers fail, instead of waiting for them", async () => {
    // The workers cannot build an extractor from these options: each fails as it starts.
    const pool = createExtractPool({ workers: 2, extractor: { minConfidence: 2 }, minBatchForWorkers: 1 });
    try {
      await expect(pool.extractBatch(articles)).rejects.toThrow(
        expect.objectContaining({
          code: "INTERNAL",
          message: expect.stringMatching(/extraction worker failed: .*minConfidence/),
        }),
      );
    } finally {
      await pool.close();
    }
  });

  it("turns an article that makes the extractor throw into a failed outcome, keeping the others", async () => {
    const extractor = createInProcessExtractor();
    const broken = {
      record: { ...articles[0]!.record, id: "broken", file: "broken.txt" },
      text: null,
    } as unknown as CleanedArticle;
    const outcomes = await extractor.extractBatch([articles[0]!, broken]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["extracted", "failed"]);
    expect(outcomes[1]).toMatchObject({ file: "broken.txt" });
  });
});
