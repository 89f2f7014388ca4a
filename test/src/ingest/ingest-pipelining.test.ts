// Ingest hands the next batch to the extractor before it resolves and writes the one before it, so the workers
// never wait while this thread writes (seconds per batch on a large store); the last batch is written at once.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createInProcessExtractor,
  IN_PROCESS_CLEANER,
  type BatchExtractor,
} from "../../../ingest/pipeline/batch-extractor.ts";
import { ingestIntoStore } from "../../../src/ingest/ingest-into-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { writeNewsCorpus } from "../../fixtures/hostile/generate-news-corpus.ts";
import { tempNewsCorpus } from "../../fixtures/hostile/temp-news-corpus.ts";

const ARTICLES = 12;

const folder = tempNewsCorpus("newsgraph-ingest-pipelining-", ARTICLES);

/**
 * Ingests `inputs` (the corpus by default) in batches of `batchSize` into the store `name`, recording when each
 * batch is extracted, when one is written and when a batch the store already holds is skipped.
 */
async function ingestEvents(
  batchSize: number,
  inputs = [folder.corpus],
  name = `store-${batchSize}`,
): Promise<string[]> {
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
  const store = openSqliteStore(join(folder.dir, name), { create: true });
  let written = 0;
  const write = store.write.bind(store);
  store.write = async (batch) => {
    if (batch.articles.length > 0) events.push(`write ${++written}`);
    return write(batch);
  };
  try {
    let unchanged = 0;
    const onProgress = ({ unchanged: now }: { unchanged: number }): void => {
      if (now > unchanged) events.push(`skip ${now - unchanged}`);
      unchanged = now;
    };
    await ingestIntoStore(inputs, {
      store,
      extractor,
      batchSize,
      readClean: {},
      registry: {},
      responses: {},
      onProgress,
    });
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

  it("writes a batch once the next one turns out to hold only articles the store has, not at the end of the input", async () => {
    const files = readdirSync(folder.corpus).sort();
    await ingestEvents(
      4,
      files.slice(4).map((file) => join(folder.corpus, file)),
      "store-known",
    ); // all but the first 4
    const events = await ingestEvents(4, [folder.corpus], "store-known");
    expect(events.filter((event) => event === "skip 4")).toHaveLength(2);
    expect(events.slice(0, 2)).toEqual(["extract 1", "skip 4"]);
    expect(events.indexOf("write 1")).toBeLessThan(events.lastIndexOf("skip 4"));
  });

  it("writes the batches already extracted before a failure of the reading surfaces", async () => {
    const big = writeNewsCorpus(join(folder.dir, "big"), 250); // two cleaning rounds of 200: the second one fails
    const store = openSqliteStore(join(folder.dir, "store-failing"), { create: true });
    const write = store.write.bind(store);
    store.write = async (batch) => {
      await new Promise((resolve) => setTimeout(resolve, 50)); // a write that takes a while, as on a large store
      return write(batch);
    };
    let cleanings = 0;
    const extractor: BatchExtractor = {
      ...createInProcessExtractor(),
      cleanBatch: async (sources, options) => {
        if (++cleanings === 2) throw new Error("disk gone while reading");
        return IN_PROCESS_CLEANER.cleanBatch(sources, options);
      },
    };
    try {
      const run = ingestIntoStore([big], {
        store,
        extractor,
        batchSize: 100,
        readClean: {},
        registry: {},
        responses: {},
      });
      await expect(run).rejects.toThrow("disk gone while reading");
      expect((await store.totals()).articles).toBe(200);
    } finally {
      await store.close();
    }
  });
});
