// Reads graph-schema/cypher/queries.cypher into named, documented analyst queries with example parameters, so
// the CLI can list them and tests can run every one.

import { readFileSync } from "node:fs";
import { SchemaViolationError } from "../../graph-schema/index.ts";
import { packageFile } from "../../ingest/package-files.ts";

export interface AnalystQuery {
  name: string;
  description: string;
  cypher: string;
  /** Example parameter values, from the `// params:` line. */
  params: Record<string, unknown>;
}

export const ANALYST_QUERIES_FILE = packageFile("graph-schema", "cypher", "queries.cypher");

const fail = (message: string): never => {
  throw new SchemaViolationError(`graph-schema/cypher/queries.cypher: ${message}`);
};

function parseParams(name: string, json: string): Record<string, unknown> {
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    throw new SchemaViolationError(`graph-schema/cypher/queries.cypher: query ${name} has params that are not JSON`, {
      cause: error,
    });
  }
}

function parseBlock(block: string): AnalystQuery | null {
  const lines = block.split("\n");
  const nameAt = lines.findIndex((line) => line.startsWith("// name:"));
  if (nameAt < 0) return null;
  const header: string[] = [];
  let index = nameAt;
  for (; index < lines.length && lines[index]!.startsWith("//"); index++) header.push(lines[index]!.slice(2).trim());
  const cypher = lines.slice(index).join("\n").trim();
  const fields: Record<string, string> = {};
  let current = "";
  for (const line of header) {
    const field = /^(name|description|params):\s*(.*)$/.exec(line);
    if (field) {
      current = field[1]!;
      fields[current] = field[2]!;
    } else if (current) {
      fields[current] += ` ${line}`;
    }
  }
  const name = fields.name ?? fail("a block without a name");
  if (!cypher) fail(`query ${name} has no Cypher`);
  return {
    name,
    description: fields.description ?? fail(`query ${name} has no description`),
    cypher,
    params: parseParams(name, fields.params ?? "{}"),
  };
}

/** Parses the text of a queries file: blocks separated by a `;` at the end of a line. */
export function parseAnalystQueries(text: string): AnalystQuery[] {
  const queries = text
    .split(/;\s*$/m)
    .map(parseBlock)
    .filter((query): query is AnalystQuery => query !== null);
  const names = queries.map((query) => query.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) fail(`the name ${repeated} is used twice`);
  return queries;
}

/**
 * The analyst queries shipped with newsgraph.
 *
 * @example const [top] = loadAnalystQueries(); await store.query(top.cypher, top.params, "READ");
 */
export function loadAnalystQueries(file: string = ANALYST_QUERIES_FILE): AnalystQuery[] {
  return parseAnalystQueries(readFileSync(file, "utf8"));
}
