// `newsgraph query "<cypher>"`: runs Cypher against Neo4j (read-only unless --write) with typed parameters and
// prints a table, JSON or CSV. `--analyst NAME` runs one of graph-schema/cypher/queries.cypher; `--list` lists them.

import { UsageError } from "../../../graph-schema/index.ts";
import { QUERY_FORMATS, formatQueryRows } from "../../export/format-query-rows.ts";
import { loadAnalystQueries } from "../../neo4j/load-analyst-queries.ts";
import { batchedTransactionRefusal, refuseBatchedTransactions } from "../../neo4j/refuse-batched-transactions.ts";
import type { CliCommand } from "../cli-command.ts";
import { neo4jRequired } from "../neo4j-required.ts";
import { booleanOption, choiceOption, stringListOption, stringOption } from "../parse-command-args.ts";
import { NEO4J_URI_OPTION, openNeo4jStore, type OpenNeo4j } from "./schema.ts";

const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `name=value` pairs as parameters: values that read as JSON (numbers, true, null, lists, quoted strings) are
 * typed, anything else is a string (`--param actor=nato`, `--param limit=5`, `--param 'ids=["a","b"]'`).
 */
export function parseQueryParams(pairs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const name = at > 0 ? pair.slice(0, at) : "";
    if (!PARAMETER_NAME.test(name)) {
      throw new UsageError(
        `query: expected --param NAME=VALUE with NAME a Cypher parameter name, found ${JSON.stringify(pair)}`,
      );
    }
    const raw = pair.slice(at + 1);
    try {
      params[name] = JSON.parse(raw);
    } catch {
      // Not JSON: the value is the text as typed.
      params[name] = raw;
    }
  }
  return params;
}

/** A query Neo4j refused (syntax, unknown function, write in read mode) as a one-line UsageError. */
function rejectedQuery(error: unknown): never {
  const batched = batchedTransactionRefusal(error);
  if (batched) throw batched;
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (!code.startsWith("Neo.ClientError.")) throw error;
  const message = ((error as Error).message.split("\n")[0] ?? "").replace(/\.$/, "");
  const hint =
    code.includes("AccessMode") || code.includes("Forbidden")
      ? "add --write to allow writes"
      : "check the Cypher and its --param values";
  throw new UsageError(`query: Neo4j rejected the query (${code}): ${message}`, { cause: error, hint });
}

export function createQueryCommand(open: OpenNeo4j = openNeo4jStore): CliCommand {
  return {
    name: "query",
    usage:
      'query "<cypher>" | --analyst NAME | --list [--neo4j URI] [--param k=v]… [--format table|json|csv] [--write]',
    options: [
      NEO4J_URI_OPTION,
      {
        name: "param",
        type: "string",
        multiple: true,
        valueName: "NAME=VALUE",
        description: "a query parameter; JSON values are typed",
      },
      { name: "format", type: "string", valueName: "table|json|csv", description: "output format (default table)" },
      { name: "write", type: "boolean", description: "allow writes (the query runs in a WRITE transaction)" },
      {
        name: "analyst",
        type: "string",
        valueName: "NAME",
        description: "run a query of graph-schema/cypher/queries.cypher",
      },
      { name: "list", type: "boolean", description: "list the analyst queries and their parameters" },
    ],
    async run(args, context) {
      const format = choiceOption(args, "format", QUERY_FORMATS, "table");
      if (booleanOption(args, "list")) {
        for (const query of loadAnalystQueries()) {
          context.stdout.write(`${query.name}  ${JSON.stringify(query.params)}\n    ${query.description}\n`);
        }
        return 0;
      }
      const analyst = stringOption(args, "analyst");
      let cypher: string;
      let params = parseQueryParams(stringListOption(args, "param"));
      if (analyst !== undefined) {
        const query = loadAnalystQueries().find((candidate) => candidate.name === analyst);
        if (!query || args.positionals.length > 0) {
          throw new UsageError(
            `query: ${query ? "give either Cypher or --analyst, not both" : `no analyst query named ${JSON.stringify(analyst)}`}`,
            {
              hint: "see newsgraph query --list",
            },
          );
        }
        cypher = query.cypher;
        params = { ...query.params, ...params };
      } else if (args.positionals.length === 1 && args.positionals[0]!.trim() !== "") {
        cypher = args.positionals[0]!;
      } else {
        throw new UsageError("query: expected one Cypher query in quotes, --analyst NAME or --list", {
          hint: "see newsgraph query --help",
        });
      }
      refuseBatchedTransactions(cypher);
      const store = await open(stringOption(args, "neo4j"), context).catch((error: unknown) => neo4jRequired(error, "query"));
      try {
        const rows = await store
          .query(cypher, params, booleanOption(args, "write") ? "WRITE" : "READ")
          .catch(rejectedQuery);
        context.stdout.write(formatQueryRows(rows, format));
      } finally {
        await store.close();
      }
      return 0;
    },
  };
}

export const queryCommand: CliCommand = createQueryCommand();
