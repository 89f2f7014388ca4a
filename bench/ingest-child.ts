// Benchmark child: ingests a JSONL corpus into a fresh embedded store the way `newsgraph ingest` does, then, as the
// reference, extracts the first articles of the same corpus with the same worker pool and no store (none when
// REFERENCE_ARTICLES is 0). An existing store is added to. Prints one result line (run-bench-child.ts).
// Usage: ingest-child.ts CORPUS STORE_DIR WORKERS REFERENCE_ARTICLES

import { DEFAULT_INGEST_BATCH_SIZE, ingestIntoStore } from "../src/ingest/ingest-into-store.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import type { CleanedArticle } from "../ingest/pipeline/cleaned-article.ts";
import { createExtractPool } from "../ingest/pipeline/extract-pool.ts";
import { readCleanArticles } from "../ingest/pipeline/read-clean-articles.ts";
import { peakRssMiB, reportBenchResult } from "./run-bench-child.ts";

export interface IngestChildResult {
  added: number;
  rejected: number;
  actors: number;
  statements: number;
  seconds: number;
  articlesPerSecond: number;
  /** CPU (all threads) per added article: what the load of other processes cannot blur. */
  cpuMsPerArticle: number;
  peakRssMiB: number;
  /** Extraction alone (same pool, same corpus head), articles per second. */
  extractOnlyPerSecond: number;
  extractOnlyArticles: number;
}

const [corpus, storeDir, workersArg, referenceArg] = process.argv.slice(2);
if (corpus === undefined || storeDir === undefined)
  throw new Error("usage: ingest-child.ts CORPUS STORE_DIR WORKERS REFERENCE_ARTICLES");
const workers = Number(workersArg ?? 1);

const PROGRESS_EVERY_ARTICLES = 5_000;
let nextReport = PROGRESS_EVERY_ARTICLES;
const started = performance.now();
const cpuStart = process.cpuUsage();
const store = openSqliteStore(storeDir, { create: true });
const extractor = createExtractPool({ workers });
const summary = await ingestIntoStore([corpus], {
  store,
  extractor,
  batchSize: DEFAULT_INGEST_BATCH_SIZE,
  readClean: {},
  registry: {},
  responses: {},
  onProgress: (progress) => {
    // A line per PROGRESS_EVERY_ARTICLES, so a long run shows its rate and memory while it goes.
    if (progress.read < nextReport) return;
    nextReport += PROGRESS_EVERY_ARTICLES;
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `${progress.added} added, ${progress.rejected} rejected in ${seconds.toFixed(0)} s ` +
        `(${(progress.added / seconds).toFixed(1)} articles/s), peak RSS ${peakRssMiB().toFixed(0)} MiB\n`,
    );
  },
});
await store.close();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const peak = peakRssMiB();

const head: CleanedArticle[] = [];
const referenceArticles = Number(referenceArg ?? 0);
if (referenceArticles > 0) {
  for await (const event of readCleanArticles([corpus])) {
    if (event.kind === "article") head.push(event.article);
    if (head.length >= referenceArticles) break;
  }
}
const referenceStarted = performance.now();
for (let from = 0; from < head.length; from += DEFAULT_INGEST_BATCH_SIZE) {
  await extractor.extractBatch(head.slice(from, from + DEFAULT_INGEST_BATCH_SIZE));
}
const referenceSeconds = (performance.now() - referenceStarted) / 1000;
await extractor.close();

const result: IngestChildResult = {
  added: summary.added,
  rejected: summary.rejected,
  actors: summary.actors,
  statements: summary.statements,
  seconds,
  articlesPerSecond: summary.added / seconds,
  cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / summary.added,
  peakRssMiB: peak,
  extractOnlyPerSecond: head.length === 0 ? 0 : head.length / referenceSeconds,
  extractOnlyArticles: head.length,
};
reportBenchResult(result);
