// Options shared by `extract` and `ingest`: how inputs are read and cleaned, how actors are recognised and
// resolved, and how many worker threads extract. Turns them into the pipeline's option objects.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../../graph-schema/index.ts";
import { DEFAULT_ARTICLE_BUDGET } from "../../ingest/pipeline/article-budget.ts";
import type { BatchExtractor } from "../../ingest/pipeline/batch-extractor.ts";
import { MAX_WORKERS, createExtractPool, defaultWorkerCount } from "../../ingest/pipeline/extract-pool.ts";
import type { ReadCleanOptions } from "../../ingest/pipeline/read-clean-articles.ts";
import { EMPTY_ALIAS_OVERRIDES, loadAliasOverrides, type AliasOverrides } from "../../ingest/resolve/alias-overrides.ts";
import type { CliContext, OptionSpec, ParsedCommandArgs } from "./cli-command.ts";
import { booleanOption, integerOption, stringListOption, stringOption } from "./parse-command-args.ts";

export const ALIAS_FILE_NAME = "aliases.json";

export const PIPELINE_OPTIONS: OptionSpec[] = [
  { name: "no-metonymy", type: "boolean", description: "keep Moscow, the Kremlin, Washington, Kyiv… as their own actors" },
  { name: "all-languages", type: "boolean", description: "keep articles not detected as English (flagged, not skipped)" },
  { name: "max-file-mb", type: "string", valueName: "N", description: "reject single files over N MiB (default 50; JSONL streams)" },
  { name: "max-article-tokens", type: "string", valueName: "N", description: `reject articles over N tokens, words and punctuation (default ${DEFAULT_ARTICLE_BUDGET.maxTokens})` },
  { name: "workers", type: "string", valueName: "N", description: `extraction threads (default: one per core, here ${defaultWorkerCount()})` },
  { name: "aliases", type: "string", valueName: "FILE", description: "alias file (merge/split/rename actors; default STORE/aliases.json)" },
  { name: "metadata", type: "string", multiple: true, valueName: "FILE", description: "metadata sidecar (CSV/JSONL: file + date, title, source, url, language); index.csv in a folder is found by itself" },
  { name: "fetch-timeout", type: "string", valueName: "SECONDS", description: "time limit of each http(s) URL fetched, redirects included (default 30)" },
  { name: "keep-repeated", type: "boolean", description: "keep paragraphs that recur across many articles of one source (dropped by default)" },
];

export interface PipelineSetup {
  extractor: BatchExtractor;
  readClean: Partial<ReadCleanOptions>;
  overrides: AliasOverrides;
}

function loadOverrides(path: string | null): AliasOverrides {
  if (path === null) return EMPTY_ALIAS_OVERRIDES;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read the alias file ${path}: ${(error as Error).message}`, { cause: error });
  }
  return loadAliasOverrides(text, path);
}

/** `storeDir`: where a default alias file is looked for (ingest); null for stateless extraction. */
export function pipelineSetupFromArgs(args: ParsedCommandArgs, context: CliContext, storeDir: string | null): PipelineSetup {
  const maxFileMb = integerOption(args, "max-file-mb", 50, 1, 4_096);
  const aliasArg = stringOption(args, "aliases");
  const defaultAliases = storeDir ? join(storeDir, ALIAS_FILE_NAME) : null;
  const aliasPath = aliasArg ? resolve(context.cwd, aliasArg) : defaultAliases && existsSync(defaultAliases) ? defaultAliases : null;
  if (aliasArg && !existsSync(aliasPath!)) throw new UsageError(`alias file ${aliasArg} does not exist`);
  return {
    extractor: createExtractPool({
      workers: integerOption(args, "workers", defaultWorkerCount(), 1, MAX_WORKERS),
      extractor: { metonymy: !booleanOption(args, "no-metonymy") },
      budget: {
        maxTokens: integerOption(args, "max-article-tokens", DEFAULT_ARTICLE_BUDGET.maxTokens, 1, 1_000_000_000),
      },
    }),
    readClean: {
      read: {
        stdin: context.stdin,
        maxFileBytes: maxFileMb * 1024 * 1024,
        metadata: stringListOption(args, "metadata").map((file) => resolve(context.cwd, file)),
        fetchTimeoutMs: integerOption(args, "fetch-timeout", 30, 1, 3_600) * 1000,
      },
      clean: { englishOnly: !booleanOption(args, "all-languages") },
      dropRepeatedParagraphs: !booleanOption(args, "keep-repeated"),
    },
    overrides: loadOverrides(aliasPath),
  };
}
