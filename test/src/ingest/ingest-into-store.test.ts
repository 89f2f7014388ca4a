// Ingest gives the same response links whatever the batch size, and the same as `extract` linking everything at
// once, on the team's generated corpus whose input order is not date order (dates cycle every 28 articles).

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResponseRecord } from "../../../graph-schema/index.ts";
import { createInProcessExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import { extractDocuments } from "../../../ingest/pipeline/extract-documents.ts";
import { ingestIntoStore } from "../../../src/ingest/ingest-into-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { tempNewsCorpus } from "../../fixtures/hostile/temp-news-corpus.ts";

const ARTICLES = 40;

const folder = tempNewsCorpus("newsgraph-ingest-links-", ARTICLES);

const byLink = (a: ResponseRecord, b: ResponseRecord): number =>
  a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0;

async function ingestedLinks(batchSize: number): Promise<ResponseRecord[]> {
  const store = openSqliteStore(join(folder.dir, `store-${batchSize}`), { create: true });
  try {
    const extractor = createInProcessExtractor();
    await ingestIntoStore([folder.corpus], { store, extractor, batchSize, readClean: {}, registry: {}, responses: {} });
    await extractor.close();
    const links: ResponseRecord[] = [];
    for await (const link of store.responseLinks()) links.push(link);
    return links.sort(byLink);
  } finally {
    await store.close();
  }
}

describe("ingestIntoStore response links", () => {
  it.each([1, 7, 40])("with --batch-size %i equal the links `extract` finds over the same corpus", async (size) => {
    const extracted = await extractDocuments([folder.corpus], { extractor: createInProcessExtractor() });
    const expected = [...extracted.responses].sort(byLink);
    expect(expected.length).toBeGreaterThan(20);
    expect(await ingestedLinks(size)).toEqual(expected);
  });
});
