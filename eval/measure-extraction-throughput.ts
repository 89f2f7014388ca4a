// Throughput of the extractor against raw wink readDoc on the same texts, in CPU time on one core (the ≥ 0.5
// ratio budget). The reference is plain wink with its default pipeline, in its fastest state (it keeps the lexemes
// it learns); the extractor pays for its own reader, which re-learns per document what could change tokens.

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

/** Minimum wall time (ms) of the whole measurement, alternating rounds of both sides. */
export const MIN_MEASURE_TIME_MS = 3_000;
/** Minimum number of measured rounds per side. */
export const MIN_ROUNDS = 8;
/** Unmeasured rounds per side first, so that both are JIT-compiled. */
export const WARM_UP_ROUNDS = 2;

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

/** CPU milliseconds (user + system) of one run: steadier than wall time on a shared, loaded machine. */
function timeOnce(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * Measures extractor and wink throughput on `texts`: WARM_UP_ROUNDS each, then alternating rounds for at least
 * MIN_MEASURE_TIME_MS, comparing total CPU time.
 * @example const { ratio } = measureExtractionThroughput(texts); // ratio >= 0.5 is the budget
 */
export function measureExtractionThroughput(
  texts: readonly string[],
  extractor: Extractor = createExtractor(),
): ExtractionThroughput {
  const nlp = loadWinkNlp();
  const tokenCount = texts.reduce((sum, text) => sum + nlp.readDoc(text).tokens().length(), 0);
  const records = texts.map((text, index) => record(index, text));
  const extractAll = (): void =>
    texts.forEach((text, index) => extractor.extract(records[index] as ArticleRecord, text));
  const readAll = (): void => texts.forEach((text) => nlp.readDoc(text));
  // Alternate rounds so both sides see the same JIT, GC and machine load; compare total CPU time per side
  // (a fastest-round comparison favours the shorter wink rounds on a loaded machine).
  for (let warmUp = 0; warmUp < WARM_UP_ROUNDS; warmUp++) {
    readAll();
    extractAll();
  }
  let winkMs = 0;
  let oursMs = 0;
  const started = performance.now();
  let rounds = 0;
  while (rounds < MIN_ROUNDS || performance.now() - started < MIN_MEASURE_TIME_MS) {
    winkMs += timeOnce(readAll);
    oursMs += timeOnce(extractAll);
    rounds++;
  }
  const winkTokensPerSecond = (tokenCount * rounds * 1000) / winkMs;
  const tokensPerSecond = (tokenCount * rounds * 1000) / oursMs;
  return {
    tokensPerSecond,
    articlesPerSecond: (texts.length * rounds * 1000) / oursMs,
    winkTokensPerSecond,
    ratio: tokensPerSecond / winkTokensPerSecond,
  };
}
