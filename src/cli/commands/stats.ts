// `newsgraph stats`: what a store holds (articles, actors, relations, responses, by type, date range).

import type { StoreStats } from "../../../graph-schema/index.ts";
import type { CliCommand } from "../cli-command.ts";
import { choiceOption } from "../parse-command-args.ts";
import { STORE_OPTION } from "../store-options.ts";
import { openReaderFromArgs, READER_OPTIONS } from "../open-reader.ts";

function formatCounts(counts: Partial<Record<string, number>>): string {
  const entries = Object.entries(counts).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  return entries.length ? entries.map(([key, n]) => `${key} ${n}`).join(", ") : "none";
}

export function formatStatsText(stats: StoreStats, location: string): string {
  return [
    `store      ${location}`,
    `articles   ${stats.articles}`,
    `actors     ${stats.actors} (${formatCounts(stats.actorTypes)})`,
    `relations  ${stats.relations} (${formatCounts(stats.relationTypes)})`,
    `responses  ${stats.responses}`,
    `dates      ${stats.firstDate ?? "?"} to ${stats.lastDate ?? "?"}${stats.undatedArticles > 0 ? ` (${stats.undatedArticles} of ${stats.articles} articles undated: give dates in a metadata sidecar, see README "Inputs")` : ""}`,
    `sources    ${stats.sources.length ? stats.sources.slice(0, 12).join(", ") + (stats.sources.length > 12 ? ", …" : "") : "none"}`,
    "",
  ].join("\n");
}

export const statsCommand: CliCommand = {
  name: "stats",
  usage: "stats [--store DIR | --neo4j URI] [--format text|json]",
  options: [
    ...READER_OPTIONS,
    { name: "format", type: "string", valueName: "text|json", description: "output format (default text)" },
  ],
  async run(args, context) {
    const format = choiceOption(args, "format", ["text", "json"] as const, "text");
    const reader = await openReaderFromArgs(args, context);
    try {
      const stats = await reader.stats();
      context.stdout.write(format === "json" ? `${JSON.stringify(stats, null, 2)}\n` : formatStatsText(stats, reader.location));
      return 0;
    } finally {
      await reader.close();
    }
  },
};

export { STORE_OPTION };
