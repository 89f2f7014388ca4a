// Ingest hands the next batch to the extractor before it resolves and writes the one before it, so the workers
// never wait while this thread writes (seconds per batch on a large store); the last batch is written at once.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInProcessExtractor, type BatchExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import { ingestIntoStore } from "../../../src/ingest/ingest-into-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { writeNewsCorpus } from "../../fixtures/hostile/generate-news-corpus.ts";

const ARTICLES = 12;

let dir: string;
let corpus: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-ingest-pipelining-"));
  corpus = writeNewsCorpus(join(dir, "corpus"), ARTICLES);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Ingests the corpus in batches of `batchSize`, recording when each batch is extracted and when one is written. */
async function ingestEvents(batchSize: number): Promise<string[]> {
  const events: string[] = [];
  const inner = createInProcessExtractor();
  let extracted = 0;
  const extractor: BatchExtractor = {
    ...inner,
    extractBatch: async (articles) => {
      events.push(`extract ${++extracted}`);
      return inner.extractBatch(articles);
    },
  };
  const store = openSqliteStore(join(dir, `store-${batchSize}`), { create: true });
  let written = 0;
  const write = store.write.bind(store);
  store.write = async (batch) => {
    if (batch.articles.length > 0) events.push(`write ${++written}`);
    return write(batch);
  };
  try {
    await ingestIntoStore([corpus], { store, extractor, batchSize, readClean: {}, registry: {}, responses: {} });
    return events;
  } finally {
    await store.close();
  }
}

describe("ingestIntoStore pipelining", () => {
  it.each([
    { batchSize: 4, events: ["extract 1", "extract 2", "write 1", "extract 3", "write 2", "write 3"] },
    { batchSize: 5, events: ["extract 1", "extract 2", "write 1", "extract 3", "write 2", "write 3"] },
    { batchSize: 12, events: ["extract 1", "write 1"] },
  ])(
    "with batches of $batchSize, writes a batch only once the next one is extracting",
    async ({ batchSize, events }) => {
      expect(await ingestEvents(batchSize)).toEqual(events);
    },
  );
});
