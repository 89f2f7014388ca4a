// Options for cleanArticle, resolved the sigma way (DEFAULT_CLEAN_OPTIONS merged with a partial, then validated).

import { UsageError } from "../../graph-schema/errors.ts";

export interface CleanOptions {
  /** Reject articles not detected as English with code LANGUAGE. */
  englishOnly: boolean;
  /** Articles with fewer words than this after cleaning are rejected as EMPTY. */
  minWords: number;
  /** How many leading paragraphs are searched for a date line when the input gives no date. */
  dateLineParagraphs: number;
  /** Keys (repeated-paragraphs.ts) of paragraphs that recur across the run's articles of a source: dropped. */
  repeatedParagraphs: readonly string[];
}

export const DEFAULT_CLEAN_OPTIONS: CleanOptions = {
  englishOnly: true,
  minWords: 5,
  dateLineParagraphs: 6,
  repeatedParagraphs: [],
};

/** Merges `partial` over DEFAULT_CLEAN_OPTIONS and validates it; throws UsageError on a bad value. */
export function resolveCleanOptions(partial: Partial<CleanOptions> = {}): CleanOptions {
  const options: CleanOptions = { ...DEFAULT_CLEAN_OPTIONS, ...partial };
  if (typeof options.englishOnly !== "boolean") {
    throw new UsageError(`ingest/clean: englishOnly must be a boolean, found ${typeof options.englishOnly}`);
  }
  for (const key of ["minWords", "dateLineParagraphs"] as const) {
    if (!Number.isSafeInteger(options[key]) || options[key] < 0) {
      throw new UsageError(`ingest/clean: ${key} must be a non-negative integer, found ${String(options[key])}`);
    }
  }
  return options;
}
