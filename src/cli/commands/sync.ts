// `newsgraph sync --neo4j URI [--store DIR]`: pushes the whole embedded store into Neo4j (schema first, then
// UNWIND batches with MERGE on stable ids, so syncing again only updates). The embedded store stays the source.

import type { CliCommand, CliContext, ParsedCommandArgs } from "../cli-command.ts";
import { integerOption, stringOption } from "../parse-command-args.ts";
import { createProgressBar } from "../progress-bar.ts";
import { openStoreFromArgs, STORE_OPTION } from "../store-options.ts";
import type { GraphStore } from "../../store/graph-store.ts";
import { DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE } from "../../neo4j/load-graph.ts";
import { createNeo4jStore } from "../../neo4j/neo4j-store.ts";
import type { LoadProgress } from "../../neo4j/load-graph.ts";
import type { Neo4jStore } from "../../neo4j/neo4j-store.ts";

export interface SyncDependencies {
  openSource: (args: ParsedCommandArgs, context: CliContext) => Promise<GraphStore>;
  openTarget: (
    uri: string | undefined,
    context: CliContext,
    batchSize: number,
    onProgress: (p: LoadProgress) => void,
  ) => Promise<Neo4jStore>;
}

export const DEFAULT_SYNC_DEPENDENCIES: SyncDependencies = {
  openSource: async (args, context) => openStoreFromArgs(args, context, { create: false, readonly: true }),
  openTarget: (uri, context, batchSize, onProgress) =>
    createNeo4jStore({ ...(uri ? { uri } : {}), batchSize, onProgress }, { env: context.env }),
};

export function createSyncCommand(dependencies: SyncDependencies = DEFAULT_SYNC_DEPENDENCIES): CliCommand {
  return {
    name: "sync",
    usage: "sync --neo4j URI [--store DIR] [--batch-size N]",
    options: [
      {
        name: "neo4j",
        type: "string",
        valueName: "URI",
        description: "Neo4j to write to (default $NEO4J_URI); credentials from NEO4J_USER/NEO4J_PASSWORD",
      },
      STORE_OPTION,
      {
        name: "batch-size",
        type: "string",
        valueName: "N",
        description: `rows per Neo4j transaction (default ${DEFAULT_BATCH_SIZE})`,
      },
    ],
    async run(args, context) {
      const batchSize = integerOption(args, "batch-size", DEFAULT_BATCH_SIZE, 1, MAX_BATCH_SIZE);
      const source = await dependencies.openSource(args, context);
      try {
        const bar = createProgressBar(context.stderr, context.isTTY, "sync");
        const started = performance.now();
        const target = await dependencies.openTarget(stringOption(args, "neo4j"), context, batchSize, (p) =>
          bar.update(p.rows, `${p.kind}${p.group ? ` ${p.group}` : ""}`),
        );
        try {
          const rows = await target.writeSource(source);
          bar.finish();
          const seconds = (performance.now() - started) / 1000;
          const stats = await target.stats();
          context.stdout.write(
            `synced ${source.location} -> ${target.location}: ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s); ` +
              `Neo4j now holds ${stats.articles} articles, ${stats.actors} actors, ${stats.relations} statements, ${stats.responses} responses\n`,
          );
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
      return 0;
    },
  };
}

export const syncCommand: CliCommand = createSyncCommand();
