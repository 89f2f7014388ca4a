// Throughput of the extractor against raw wink readDoc on the same texts, on one core (the ≥ 0.5 ratio budget).

import type { ArticleRecord } from "../graph-schema/index.ts";
import { createExtractor, type Extractor } from "../ingest/extract/create-extractor.ts";
import { loadWinkNlp } from "../ingest/nlp/load-wink-nlp.ts";

export interface ExtractionThroughput {
  tokensPerSecond: number;
  articlesPerSecond: number;
  winkTokensPerSecond: number;
  /** Extractor tokens per second divided by wink readDoc tokens per second. */
  ratio: number;
}

/** Minimum wall time (ms) each side is measured for, repeating the texts as needed. */
export const MIN_MEASURE_TIME_MS = 1_000;

function record(index: number, text: string): ArticleRecord {
  return {
    id: `bench-${index}`,
    file: `bench-${index}.txt`,
    title: text.split("\n")[0] ?? "",
    published: "2022-02-01",
    source: null,
    url: null,
    contentHash: "",
    language: "en",
  };
}

function timeRounds(run: () => void): { rounds: number; ms: number } {
  const started = performance.now();
  let rounds = 0;
  do {
    run();
    rounds++;
  } while (performance.now() - started < MIN_MEASURE_TIME_MS);
  return { rounds, ms: performance.now() - started };
}

/**
 * Measures extractor and wink throughput on `texts` (one warm-up round each, then at least MIN_MEASURE_TIME_MS).
 * @example const { ratio } = measureExtractionThroughput(texts); // ratio >= 0.5 is the budget
 */
export function measureExtractionThroughput(texts: readonly string[], extractor: Extractor = createExtractor()): ExtractionThroughput {
  const nlp = loadWinkNlp();
  const tokenCount = texts.reduce((sum, text) => sum + nlp.readDoc(text).tokens().length(), 0);
  const records = texts.map((text, index) => record(index, text));
  const extractAll = (): void => texts.forEach((text, index) => extractor.extract(records[index] as ArticleRecord, text));
  const readAll = (): void => texts.forEach((text) => nlp.readDoc(text));
  extractAll();
  readAll();
  const wink = timeRounds(readAll);
  const ours = timeRounds(extractAll);
  const winkTokensPerSecond = (tokenCount * wink.rounds * 1000) / wink.ms;
  const tokensPerSecond = (tokenCount * ours.rounds * 1000) / ours.ms;
  return {
    tokensPerSecond,
    articlesPerSecond: (texts.length * ours.rounds * 1000) / ours.ms,
    winkTokensPerSecond,
    ratio: tokensPerSecond / winkTokensPerSecond,
  };
}
