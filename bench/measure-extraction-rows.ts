// Row 1 of the benchmark: our extractor against wink-nlp's own readDoc on the same texts (one core). Row 2 (the
// worker pool) is in measure-parallel-row.ts.

import { measureExtractionThroughput } from "../eval/measure-extraction-throughput.ts";
import type { ArticleRecord } from "../graph-schema/index.ts";
import { createExtractor } from "../ingest/extract/create-extractor.ts";
import { loadWinkNlp } from "../ingest/nlp/load-wink-nlp.ts";
import { formatNumber, type BenchRow } from "./bench-table.ts";

export const EXTRACTION_RATIO_TARGET = 0.5;

/** `count` items spread evenly over `items` (all of them when there are fewer). */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

/** User + system CPU seconds of this process (all threads) since `start`. */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds of one call of `run`. */
function cpuOf(run: () => void): number {
  const start = process.cpuUsage();
  run();
  return cpuSecondsSince(start);
}

/**
 * Extractor CPU time over wink readDoc CPU time on the same texts, rounds interleaved (after a warm-up round
 * each): a cross-check of the wall-clock ratio that other processes on the machine cannot skew.
 */
export function extractionCpuRatio(texts: readonly string[], rounds = 3): number {
  const nlp = loadWinkNlp();
  const extractor = createExtractor();
  const records = texts.map((text, index) => benchRecord(index, text));
  const ours = (): void => texts.forEach((text, index) => extractor.extract(records[index] as ArticleRecord, text));
  const wink = (): void => texts.forEach((text) => nlp.readDoc(text));
  ours();
  wink();
  let oursCpu = 0;
  let winkCpu = 0;
  for (let round = 0; round < rounds; round++) {
    winkCpu += cpuOf(wink);
    oursCpu += cpuOf(ours);
  }
  return winkCpu / oursCpu;
}

function benchRecord(index: number, text: string): ArticleRecord {
  const title = text.split("\n")[0] ?? "";
  return {
    id: `bench-${index}`,
    file: `bench-${index}.txt`,
    title,
    published: "2022-02-01",
    source: null,
    url: null,
    contentHash: "",
    language: "en",
  };
}

/**
 * Row 1: extraction throughput on one core vs `nlp.readDoc` on the same texts (eval/measure-extraction-throughput:
 * token counts from wink, a warm-up round each, then at least one second of timed rounds each).
 */
export function extractionRow(texts: readonly string[]): BenchRow {
  const measured = measureExtractionThroughput(texts);
  const cpuRatio = extractionCpuRatio(texts);
  return {
    name: `extraction, one core (${texts.length} texts)`,
    figure: `${formatNumber(measured.tokensPerSecond)} tokens/s, ${formatNumber(measured.articlesPerSecond)} articles/s`,
    reference: `wink readDoc ${formatNumber(measured.winkTokensPerSecond)} tokens/s (CPU-time ratio ${formatNumber(cpuRatio)})`,
    ratio: measured.ratio,
    target: `ratio ≥ ${EXTRACTION_RATIO_TARGET}`,
    met: measured.ratio >= EXTRACTION_RATIO_TARGET,
  };
}
