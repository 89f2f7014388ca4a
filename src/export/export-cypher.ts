// A Cypher script that rebuilds the graph with cypher-shell (`cypher-shell -f graph.cypher`): the schema, then the
// very statements the Neo4j loader runs, with `UNWIND $rows` replaced by a literal list. Idempotent like the loader.

import { SCHEMA_STATEMENTS } from "../../graph-schema/neo4j-model.ts";
import { streamLoadSteps } from "../neo4j/stream-load-steps.ts";
import type { GraphSource } from "../store/graph-store.ts";
import { cypherLiteral } from "./cypher-literal.ts";
import type { TextSink } from "./text-sink.ts";

/** Rows per UNWIND statement in the script: small enough for cypher-shell, large enough to load quickly. */
export const SCRIPT_ROWS_PER_STATEMENT = 200;

const UNWIND_PARAMETER = "UNWIND $rows AS row";

/**
 * Writes the load script. Statements end with `;` at the end of a line, and string literals never contain a raw
 * line break, so splitting on /;\n/ gives the statements back.
 *
 * @example await exportCypher(store, streamSink(createWriteStream("graph.cypher")));
 */
export async function exportCypher(
  source: GraphSource,
  sink: TextSink,
  rowsPerStatement = SCRIPT_ROWS_PER_STATEMENT,
): Promise<void> {
  await sink.write(
    '// newsgraph export. Load with: cypher-shell -a bolt://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f THIS_FILE\n',
  );
  for (const statement of SCHEMA_STATEMENTS) await sink.write(`${statement};\n`);
  for await (const step of streamLoadSteps(source, rowsPerStatement)) {
    for (let start = 0; start < step.rows.length; start += rowsPerStatement) {
      const rows = step.rows.slice(start, start + rowsPerStatement);
      await sink.write(`${step.cypher.replace(UNWIND_PARAMETER, `UNWIND ${cypherLiteral(rows)} AS row`)};\n`);
    }
  }
}

/** The statements of a script written by exportCypher, without comments, for running them one by one. */
export function splitCypherScript(script: string): string[] {
  return script
    .split(/;\n/)
    .map((statement) => statement.replace(/^\/\/.*\n/gm, "").trim())
    .filter((statement) => statement.length > 0);
}
