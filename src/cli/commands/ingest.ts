// `newsgraph ingest`: extract articles and add them to a store (embedded by default, or Neo4j), resolving actors
// against what the store holds. Re-ingesting changes nothing; a summary ends every run.

import { mkdirSync } from "node:fs";
import { UsageError } from "../../../graph-schema/index.ts";
import type { BatchExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import {
  DEFAULT_INGEST_BATCH_SIZE,
  ingestIntoStore,
  type IngestProgress,
  type IngestSummary,
} from "../../ingest/ingest-into-store.ts";
import type { GraphStore } from "../../store/graph-store.ts";
import { acquireStoreLock, type StoreLock } from "../../store/store-lock.ts";
import type { CliCommand, CliContext, ParsedCommandArgs } from "../cli-command.ts";
import { NEO4J_OPTION, openNeo4jFromArgs } from "../neo4j-options.ts";
import { integerOption, stringOption } from "../parse-command-args.ts";
import { PIPELINE_OPTIONS, pipelineSetupFromArgs } from "../pipeline-options.ts";
import { exitCodeFor, type StopSignal } from "../interruption.ts";
import { formatDatingLines } from "../format-dating.ts";
import { createProgressReporter, type ProgressSnapshot } from "../progress-reporter.ts";
import { reportRejection } from "../report-rejection.ts";
import { checkWritableStore, openStoreFromArgs, STORE_OPTION, storeDirFromArgs } from "../store-options.ts";

export function formatIngestSummary(summary: IngestSummary, location: string): string {
  const rejected = summary.rejected;
  return [
    `ingested into ${location} in ${summary.seconds.toFixed(1)} s:`,
    `  articles   ${summary.added} new, ${summary.unchanged} unchanged, ${rejected} rejected (store: ${summary.articles})`,
    `  actors     ${summary.newActors >= 0 ? "+" : ""}${summary.newActors} (store: ${summary.actors})`,
    `  statements +${summary.newStatements} (store: ${summary.statements}), responses +${summary.newResponses}`,
    ...formatDatingLines(summary),
    "",
  ].join("\n");
}

/** What an interrupted ingest did, in one line: how far it got and how to go on. */
export function formatInterruption(summary: IngestSummary, signal: StopSignal): string {
  return (
    `newsgraph: ${signal}: ingest stopped after the batch in hand: ${summary.read} inputs read, ` +
    `${summary.added} articles added, ${summary.unchanged} unchanged, ${summary.rejected} rejected; ` +
    `every batch written is in the store: run the same command again to go on`
  );
}

/** Done = articles skipped as unchanged, rejected, or taken up by the extraction threads (written ones included). */
function ingestSnapshot(p: IngestProgress, extractor: BatchExtractor): ProgressSnapshot {
  const extracted = extractor.extracted?.() ?? p.added;
  return {
    done: p.unchanged + p.rejected + Math.max(extracted, p.added),
    total: p.total,
    detail: `${p.added} new, ${p.unchanged} unchanged, ${p.rejected} rejected, ${p.statements} statements`,
  };
}

interface OpenedStore {
  store: GraphStore;
  lock: StoreLock | null;
  dir: string | null;
}

async function openWritableStore(args: ParsedCommandArgs, context: CliContext): Promise<OpenedStore> {
  if (stringOption(args, "neo4j") !== undefined) {
    if (stringOption(args, "store") !== undefined) throw new UsageError("give either --store or --neo4j, not both");
    return { store: await openNeo4jFromArgs(args, context), lock: null, dir: null };
  }
  const dir = storeDirFromArgs(args, context);
  const waitSeconds = integerOption(args, "wait", 0, 0, 86_400);
  mkdirSync(dir, { recursive: true });
  checkWritableStore(dir);
  const lock = await acquireStoreLock(dir, `newsgraph ingest ${args.positionals.join(" ")}`.slice(0, 200), waitSeconds * 1000);
  try {
    return { store: openStoreFromArgs(args, context, { create: true, readonly: false }), lock, dir };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export const ingestCommand: CliCommand = {
  name: "ingest",
  usage: "ingest <path…|-> [--store DIR | --neo4j URI] [--batch-size N] [--wait SECONDS]",
  options: [
    STORE_OPTION,
    NEO4J_OPTION,
    { name: "batch-size", type: "string", valueName: "N", description: `articles per write transaction (default ${DEFAULT_INGEST_BATCH_SIZE})` },
    { name: "wait", type: "string", valueName: "SECONDS", description: "wait this long for another ingest on the same store to finish (default 0: fail at once)" },
    ...PIPELINE_OPTIONS,
  ],
  async run(args, context) {
    if (args.positionals.length === 0) {
      throw new UsageError("ingest: give at least one file, folder or - for stdin", { hint: "see newsgraph ingest --help" });
    }
    const batchSize = integerOption(args, "batch-size", DEFAULT_INGEST_BATCH_SIZE, 1, 100_000);
    const opened = await openWritableStore(args, context);
    const setup = pipelineSetupFromArgs(args, context, opened.dir);
    const progress = createProgressReporter(context.stderr, { tty: context.isTTY, label: "ingesting" });
    let latest: IngestProgress | null = null;
    context.interruption.handleGracefully();
    try {
      const summary = await ingestIntoStore(args.positionals, {
        store: opened.store,
        extractor: setup.extractor,
        batchSize,
        readClean: setup.readClean,
        registry: { overrides: setup.overrides },
        responses: {},
        onProgress: (p) => {
          if (latest === null) progress.start(() => ingestSnapshot(latest!, setup.extractor));
          latest = p;
          progress.update();
        },
        onRejection: (rejection) => reportRejection(context.stderr, rejection, context.isTTY),
        signal: context.interruption.abort,
      });
      progress.finish();
      context.stdout.write(formatIngestSummary(summary, opened.store.location));
      const nothing = summary.added === 0 && summary.unchanged === 0;
      if (summary.interrupted) {
        const signal = context.interruption.received ?? "SIGINT";
        context.stderr.write(`${formatInterruption(summary, signal)}\n`);
        return exitCodeFor(signal);
      }
      return nothing && summary.rejected > 0 ? 1 : 0;
    } finally {
      progress.finish();
      await setup.extractor.close();
      await opened.store.close();
      opened.lock?.release();
    }
  },
};
