// `newsgraph schema apply|show`: applies the Neo4j constraints and indexes (idempotent; ingest and sync also apply
// them before their first write), or prints them without connecting.

import { UsageError } from "../../../graph-schema/index.ts";
import { SCHEMA_STATEMENTS } from "../../../graph-schema/neo4j-model.ts";
import { createNeo4jStore, type Neo4jStore } from "../../neo4j/neo4j-store.ts";
import type { CliCommand, CliContext } from "../cli-command.ts";

/** How the Neo4j commands open Neo4j; tests pass a fake-driver store. */
export type OpenNeo4j = (uri: string | undefined, context: CliContext) => Promise<Neo4jStore>;

/** Connects to --neo4j URI, else NEO4J_URI; credentials from the command's environment. */
export const openNeo4jStore: OpenNeo4j = (uri, context) => createNeo4jStore(uri ? { uri } : {}, { env: context.env });

export const NEO4J_URI_OPTION = {
  name: "neo4j",
  type: "string",
  valueName: "URI",
  description:
    "Neo4j to use (default $NEO4J_URI or bolt://localhost:7687); NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE from the environment",
} as const;

export function createSchemaCommand(open: OpenNeo4j = openNeo4jStore): CliCommand {
  return {
    name: "schema",
    usage: "schema apply|show [--neo4j URI]",
    options: [NEO4J_URI_OPTION],
    async run(args, context) {
      const [action, ...extra] = args.positionals;
      if ((action !== "apply" && action !== "show") || extra.length > 0) {
        throw new UsageError(
          `schema: expected \`schema apply\` or \`schema show\`, found ${JSON.stringify(args.positionals.join(" "))}`,
          {
            hint: "see newsgraph schema --help",
          },
        );
      }
      if (action === "show") {
        context.stdout.write(SCHEMA_STATEMENTS.map((statement) => `${statement};\n`).join(""));
        return 0;
      }
      const uri = typeof args.values.neo4j === "string" ? args.values.neo4j : undefined;
      const store = await open(uri, context);
      try {
        const applied = await store.applySchema();
        context.stdout.write(`applied ${applied} schema statements (constraints and indexes) to ${store.location}\n`);
      } finally {
        await store.close();
      }
      return 0;
    },
  };
}

export const schemaCommand: CliCommand = createSchemaCommand();
