// The --neo4j option and opening a Neo4j-backed GraphStore from it and the NEO4J_* environment variables.

import type { GraphStore } from "../store/graph-store.ts";
import type { CliContext, OptionSpec, ParsedCommandArgs } from "./cli-command.ts";
import { stringOption } from "./parse-command-args.ts";

export const NEO4J_OPTION: OptionSpec = {
  name: "neo4j",
  type: "string",
  valueName: "URI",
  description: "use Neo4j at URI (bolt://localhost:7687); NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE from the environment",
};

/** Connects to the Neo4j at --neo4j (the driver is loaded only when Neo4j is used); NEO4J_* from the context. */
export async function openNeo4jFromArgs(args: ParsedCommandArgs, context: CliContext): Promise<GraphStore> {
  const { createNeo4jStore } = await import("../neo4j/neo4j-store.ts");
  const uri = stringOption(args, "neo4j");
  return createNeo4jStore(uri ? { uri } : {}, { env: context.env });
}
