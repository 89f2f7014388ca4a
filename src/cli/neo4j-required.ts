// What `query` says when no Neo4j answers: Cypher runs on Neo4j only, how to start one, and what works without it.

import { StoreUnavailableError } from "../../graph-schema/index.ts";

export const NEO4J_START_STEPS =
  "start one with `docker compose up -d --wait` and set NEO4J_PASSWORD (docs/neo4j.md); without it, " +
  "`query --list` shows the analyst queries and stats, actors, trace, serve and export read the embedded store";

/**
 * A failed connection (no password, refused, unknown host) as one line saying that Cypher needs Neo4j; other
 * errors (authentication, a rejected query) travel as they are.
 */
export function neo4jRequired(error: unknown, command: string): never {
  if (error instanceof StoreUnavailableError && /no password given|connection refused|cannot connect/.test(error.message)) {
    const what = error.message.split(";")[0]!.replace(/^neo4j: /, "");
    throw new StoreUnavailableError(`${command}: Cypher runs on Neo4j, and none is connected (${what})`, {
      cause: error,
      hint: NEO4J_START_STEPS,
    });
  }
  throw error;
}
