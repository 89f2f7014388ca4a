// Reading and cleaning as one stream: every input becomes a cleaned article or a rejection with its reason,
// cleaned here or in batches on the worker pool. Exact and near-duplicates within the run are rejected naming
// the earlier article, so the good input goes on.

import type { CleanNotes, CleanResult } from "../clean/clean-article.ts";
import type { CleanOptions } from "../clean/clean-options.ts";
import { createDuplicateDetector } from "../clean/create-duplicate-detector.ts";
import { createRepeatedParagraphCounter } from "../clean/repeated-paragraphs.ts";
import { isUrlInput } from "../read/plan-inputs.ts";
import { readInputs } from "../read/read-inputs.ts";
import type { ReadOptions } from "../read/read-options.ts";
import type { InputRejection, ReadResult } from "../read/source-article.ts";
import { IN_PROCESS_CLEANER, type BatchCleaner } from "./batch-extractor.ts";
import type { CleanedArticle } from "./cleaned-article.ts";

export type CleanEvent =
  | { kind: "article"; article: CleanedArticle; notes: CleanNotes | null }
  | { kind: "rejected"; rejection: InputRejection };

export interface ReadCleanOptions {
  read: Partial<ReadOptions>;
  clean: Partial<CleanOptions>;
  /** Reject near-duplicates of an earlier article of the same run (exact duplicates are always rejected). */
  rejectNearDuplicates: boolean;
  /**
   * Drop paragraphs that recur across many of the run's articles of one source (repeated-paragraphs.ts). Costs a
   * first pass over the files (not over stdin or URLs, which are read once).
   */
  dropRepeatedParagraphs: boolean;
}

export const DEFAULT_READ_CLEAN_OPTIONS: ReadCleanOptions = {
  read: {},
  clean: {},
  rejectNearDuplicates: true,
  dropRepeatedParagraphs: true,
};

/**
 * The first pass: the paragraphs that recur across the articles of the local inputs (files and folders; stdin
 * and URLs are read once, so they are left out of it).
 */
export async function findRepeatedParagraphs(inputs: readonly string[], read: Partial<ReadOptions>): Promise<string[]> {
  const local = inputs.filter((input) => input !== "-" && !isUrlInput(input));
  if (local.length === 0) return [];
  const counter = createRepeatedParagraphCounter();
  for await (const result of readInputs(local, { ...read, stdin: null, onPlan: null })) {
    if (result.kind === "article") counter.add(result.article);
  }
  return counter.repeated();
}

/** Raw articles cleaned per round trip (one message to each worker when the pool cleans). */
export const CLEAN_BATCH_ARTICLES = 200;

/**
 * Reads `inputs` (files, folders, `-`) and yields cleaned articles in input order, cleaned in batches by `cleaner`:
 * this thread by default, or the worker pool's threads (the output is the same).
 * @example
 * for await (const event of readCleanArticles(["news/"])) if (event.kind === "article") console.log(event.article.record.title);
 */
export async function* readCleanArticles(
  inputs: string[],
  partial: Partial<ReadCleanOptions> = {},
  cleaner: BatchCleaner = IN_PROCESS_CLEANER,
): AsyncIterable<CleanEvent> {
  const options = { ...DEFAULT_READ_CLEAN_OPTIONS, ...partial };
  if (options.dropRepeatedParagraphs) {
    const repeatedParagraphs = await findRepeatedParagraphs(inputs, options.read);
    options.clean = { ...options.clean, repeatedParagraphs };
  }
  const admit = createDuplicateFilter(options.rejectNearDuplicates);
  // Double-buffered: the next batch is being cleaned on the workers while this one's events are consumed.
  let pending: ReadResult[] = [];
  const startCleaning = (): CleaningBatch => {
    const results = pending;
    pending = [];
    const sources = results.flatMap((result) => (result.kind === "article" ? [result.article] : []));
    const cleaned = cleaner.cleanBatch(sources, options.clean);
    cleaned.catch(() => undefined); // its failure surfaces where it is awaited, below
    return { results, cleaned };
  };
  const eventsOf = async function* ({ results, cleaned }: CleaningBatch): AsyncIterable<CleanEvent> {
    const done = (await cleaned)[Symbol.iterator]();
    for (const result of results) yield result.kind === "rejected" ? result : admit(done.next().value as CleanResult);
  };
  let inFlight: CleaningBatch | null = null;
  for await (const result of readInputs(inputs, options.read)) {
    pending.push(result);
    if (pending.length < CLEAN_BATCH_ARTICLES) continue;
    const next = startCleaning();
    if (inFlight) yield* eventsOf(inFlight);
    inFlight = next;
  }
  const last = startCleaning();
  if (inFlight) yield* eventsOf(inFlight);
  yield* eventsOf(last);
}

interface CleaningBatch {
  results: ReadResult[];
  cleaned: Promise<CleanResult[]>;
}

/**
 * Passes cleaned articles in input order, rejecting exact duplicates and (when asked) near-duplicates of an
 * earlier article of the run, naming it.
 */
function createDuplicateFilter(rejectNearDuplicates: boolean): (cleaned: CleanResult) => CleanEvent {
  const seen = new Map<string, string>();
  const nearDuplicates = createDuplicateDetector();
  return (cleaned) => {
    if (cleaned.kind === "rejected") return cleaned;
    const { record, text } = cleaned;
    const notes = cleaned.notes ?? null;
    const earlier = seen.get(record.contentHash);
    if (earlier !== undefined) {
      return {
        kind: "rejected",
        rejection: { file: record.file, code: "DUPLICATE", reason: `same text as ${earlier}; skipped` },
      };
    }
    if (rejectNearDuplicates) {
      const match = nearDuplicates.check(record.id, text);
      if (match !== null) {
        const similarity = `${Math.round(match.similarity * 100)}% similar`;
        return {
          kind: "rejected",
          rejection: {
            file: record.file,
            code: "DUPLICATE",
            reason: `near-duplicate of ${seen.get(match.of) ?? match.of} (${similarity}); skipped`,
          },
        };
      }
    }
    seen.set(record.contentHash, record.file);
    seen.set(record.id, record.file);
    return { kind: "article", article: { record, text }, notes };
  };
}
