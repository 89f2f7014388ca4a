// Applies the newsgraph schema (constraints and indexes of graph-schema/neo4j-model.ts). Every statement is
// `IF NOT EXISTS`, so applying twice is harmless. Schema statements cannot share a transaction with writes.

import { SCHEMA_STATEMENTS } from "../../graph-schema/neo4j-model.ts";
import type { CypherSession } from "./cypher-session.ts";

/** Runs each schema statement in its own write transaction; returns how many were run. */
export async function applySchema(session: CypherSession): Promise<number> {
  for (const statement of SCHEMA_STATEMENTS) {
    await session.executeWrite(async (tx) => {
      await tx.run(statement);
    });
  }
  return SCHEMA_STATEMENTS.length;
}
