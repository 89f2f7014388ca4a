// Ingest gives the same response links whatever the batch size, and the same as `extract` linking everything at
// once, on the team's generated corpus whose input order is not date order (dates cycle every 28 articles).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseRecord } from "../../../graph-schema/index.ts";
import { createInProcessExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import { extractDocuments } from "../../../ingest/pipeline/extract-documents.ts";
import { ingestIntoStore } from "../../../src/ingest/ingest-into-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { writeNewsCorpus } from "../../fixtures/hostile/generate-news-corpus.ts";

const ARTICLES = 40;

let dir: string;
let corpus: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-ingest-links-"));
  corpus = writeNewsCorpus(join(dir, "corpus"), ARTICLES);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byLink = (a: ResponseRecord, b: ResponseRecord): number =>
  a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0;

async function ingestedLinks(batchSize: number): Promise<ResponseRecord[]> {
  const store = openSqliteStore(join(dir, `store-${batchSize}`), { create: true });
  try {
    const extractor = createInProcessExtractor();
    await ingestIntoStore([corpus], { store, extractor, batchSize, readClean: {}, registry: {}, responses: {} });
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
    const extracted = await extractDocuments([corpus], { extractor: createInProcessExtractor() });
    const expected = [...extracted.responses].sort(byLink);
    expect(expected.length).toBeGreaterThan(20);
    expect(await ingestedLinks(size)).toEqual(expected);
  });
});
