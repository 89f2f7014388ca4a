// Options for readInputs: where stdin comes from, how large a file may be, whether directory walks follow links.
// Resolved the sigma way: DEFAULT_READ_OPTIONS merged with a partial, then validated.

import type { Readable } from "node:stream";
import { UsageError } from "../../graph-schema/errors.ts";
import { DEFAULT_FETCH_TIMEOUT_MS } from "./fetch-url.ts";

/** 50 MiB: far above any news article, small enough to hold in memory. JSONL is streamed and exempt. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  /** Stream read for the input `-`; null means `-` is rejected as NOT_FOUND. */
  stdin: Readable | null;
  /**
   * Files larger than this are rejected with TOO_LARGE, except JSONL, which is read line by line in bounded
   * memory; there the limit applies to each line instead.
   */
  maxFileBytes: number;
  /** Follow symbolic links met while walking a directory (cycles are detected). Paths given directly are always followed. */
  followSymlinks: boolean;
  /** Metadata sidecars (CSV or JSONL: file, date, title, source, url, language) for files anywhere. */
  metadata: readonly string[];
  /** Time limit of one URL fetch, redirects included. */
  fetchTimeoutMs: number;
  /** Told, before the first article, how many are coming (null: unknown, stdin) and which sidecars apply. */
  onPlan: ((plan: ReadPlanSummary) => void) | null;
}

export interface ReadPlanSummary {
  articles: number | null;
  sidecars: string[];
  /** Files the sidecars describe. */
  described: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  stdin: null,
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  followSymlinks: false,
  metadata: [],
  fetchTimeoutMs: DEFAULT_FETCH_TIMEOUT_MS,
  onPlan: null,
};

/** Merges `partial` over DEFAULT_READ_OPTIONS and validates it; throws UsageError on a bad value. */
export function resolveReadOptions(partial: Partial<ReadOptions> = {}): ReadOptions {
  const options: ReadOptions = { ...DEFAULT_READ_OPTIONS, ...partial };
  if (!Number.isSafeInteger(options.maxFileBytes) || options.maxFileBytes < 1) {
    throw new UsageError(
      `ingest/read: maxFileBytes must be a positive integer number of bytes, found ${String(options.maxFileBytes)}`,
      { hint: `pass e.g. ${DEFAULT_MAX_FILE_BYTES} (50 MiB)` },
    );
  }
  if (typeof options.followSymlinks !== "boolean") {
    throw new UsageError(`ingest/read: followSymlinks must be a boolean, found ${typeof options.followSymlinks}`);
  }
  return options;
}
