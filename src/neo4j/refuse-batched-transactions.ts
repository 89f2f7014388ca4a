// `CALL { … } IN TRANSACTIONS` commits in batches of its own and Neo4j runs it only in an auto-commit (implicit)
// transaction. newsgraph runs every query in one managed transaction (a failure changes nothing and is retried
// safely), where Neo4j refuses it with a database error that names neither the clause nor the fix. The query
// command refuses it first, in one line, and recognises the server's refusal too.

import { UsageError } from "../../graph-schema/index.ts";

/** Comments and string literals blanked out (same length), so a clause is found only where it is code. */
export function blankCypherLiterals(cypher: string): string {
  return cypher.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^'\\]|\\[\s\S])*(?:'|$)|"(?:[^"\\]|\\[\s\S])*(?:"|$)|`[^`]*(?:`|$)/g,
    (match) => " ".repeat(match.length),
  );
}

// IN TRANSACTIONS, IN 3 CONCURRENT TRANSACTIONS, IN $n ROWS… forms: `IN [n] [CONCURRENT] TRANSACTIONS`.
const IN_TRANSACTIONS = /\bIN\s+(?:(?:\d+|\$\w+)\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i;

const REFUSAL =
  "query: CALL { … } IN TRANSACTIONS commits in batches of its own, and newsgraph runs each query in one managed transaction, where Neo4j does not allow it";
const HINT = "drop IN TRANSACTIONS to run it as one transaction, or run it in cypher-shell or Neo4j Browser with :auto";

/** Throws a one-line UsageError when `cypher` uses CALL { … } IN TRANSACTIONS outside comments and strings. */
export function refuseBatchedTransactions(cypher: string): void {
  if (IN_TRANSACTIONS.test(blankCypherLiterals(cypher))) throw new UsageError(REFUSAL, { hint: HINT });
}

/**
 * Neo4j's own refusal of a batched-transaction query in a managed transaction (it says "implicit transaction"),
 * as the same one line; null for any other error.
 */
export function batchedTransactionRefusal(error: unknown): UsageError | null {
  const message = error instanceof Error ? error.message : "";
  if (!/IN TRANSACTIONS/i.test(message) || !/implicit transaction/i.test(message)) return null;
  return new UsageError(REFUSAL, { hint: HINT, cause: error });
}
