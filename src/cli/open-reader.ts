// Opens the store a read command should use: the embedded store (--store) or Neo4j (--neo4j), behind the same
// GraphStore interface so every read command and the HTTP API work on either.

import { UsageError } from "../../graph-schema/index.ts";
import type { GraphStore } from "../store/graph-store.ts";
import type { CliContext, OptionSpec, ParsedCommandArgs } from "./cli-command.ts";
import { stringOption } from "./parse-command-args.ts";
import { openStoreFromArgs, STORE_OPTION } from "./store-options.ts";
import { NEO4J_OPTION, openNeo4jFromArgs } from "./neo4j-options.ts";

export const READER_OPTIONS: OptionSpec[] = [STORE_OPTION, NEO4J_OPTION];

export async function openReaderFromArgs(args: ParsedCommandArgs, context: CliContext): Promise<GraphStore> {
  if (stringOption(args, "neo4j") !== undefined) {
    if (stringOption(args, "store") !== undefined) throw new UsageError("give either --store or --neo4j, not both");
    return openNeo4jFromArgs(args, context);
  }
  return openStoreFromArgs(args, context, { create: false, readonly: true });
}
