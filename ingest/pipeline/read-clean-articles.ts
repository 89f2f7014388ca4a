// Reading and cleaning as one stream: every input becomes a cleaned article or a rejection with its reason.
// Exact and near-duplicates within the run are rejected naming the earlier article, so the good input goes on.

import { cleanArticle } from "../clean/clean-article.ts";
import type { CleanOptions } from "../clean/clean-options.ts";
import { createDuplicateDetector } from "../clean/create-duplicate-detector.ts";
import { readInputs } from "../read/read-inputs.ts";
import type { ReadOptions } from "../read/read-options.ts";
import type { InputRejection } from "../read/source-article.ts";
import type { CleanedArticle } from "./cleaned-article.ts";

export type CleanEvent = { kind: "article"; article: CleanedArticle } | { kind: "rejected"; rejection: InputRejection };

export interface ReadCleanOptions {
  read: Partial<ReadOptions>;
  clean: Partial<CleanOptions>;
  /** Reject near-duplicates of an earlier article of the same run (exact duplicates are always rejected). */
  rejectNearDuplicates: boolean;
}

export const DEFAULT_READ_CLEAN_OPTIONS: ReadCleanOptions = { read: {}, clean: {}, rejectNearDuplicates: true };

/**
 * Reads `inputs` (files, folders, `-`) and yields cleaned articles in input order.
 * @example
 * for await (const event of readCleanArticles(["news/"])) if (event.kind === "article") console.log(event.article.record.title);
 */
export async function* readCleanArticles(
  inputs: string[],
  partial: Partial<ReadCleanOptions> = {},
): AsyncIterable<CleanEvent> {
  const options = { ...DEFAULT_READ_CLEAN_OPTIONS, ...partial };
  const seen = new Map<string, string>();
  const nearDuplicates = createDuplicateDetector();
  for await (const result of readInputs(inputs, options.read)) {
    if (result.kind === "rejected") {
      yield result;
      continue;
    }
    const cleaned = cleanArticle(result.article, options.clean);
    if (cleaned.kind === "rejected") {
      yield cleaned;
      continue;
    }
    const { record, text } = cleaned;
    const earlier = seen.get(record.contentHash);
    if (earlier !== undefined) {
      yield { kind: "rejected", rejection: { file: record.file, code: "DUPLICATE", reason: `same text as ${earlier}; skipped` } };
      continue;
    }
    if (options.rejectNearDuplicates) {
      const match = nearDuplicates.check(record.id, text);
      if (match !== null) {
        const similarity = `${Math.round(match.similarity * 100)}% similar`;
        yield {
          kind: "rejected",
          rejection: { file: record.file, code: "DUPLICATE", reason: `near-duplicate of ${seen.get(match.of) ?? match.of} (${similarity}); skipped` },
        };
        continue;
      }
    }
    seen.set(record.contentHash, record.file);
    seen.set(record.id, record.file);
    yield { kind: "article", article: { record, text } };
  }
}
