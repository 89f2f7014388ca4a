// The slice of the neo4j-driver API that newsgraph uses, as interfaces, so the loader and the store take a
// session or driver by injection and unit tests pass a hand-written recording fake (test/src/neo4j/fake-session.ts).

/** A result record; `toObject()` maps column names to raw driver values. */
export interface CypherRecord {
  toObject(): Record<string, unknown>;
}

export interface CypherResult {
  records: CypherRecord[];
}

/** A managed transaction: the driver retries the whole unit of work on transient errors. */
export interface CypherTransaction {
  run(cypher: string, params?: Record<string, unknown>): PromiseLike<CypherResult>;
}

export interface CypherSession {
  /** Auto-commit query, not retried: used for the connection probe and schema-free checks. */
  run(cypher: string, params?: Record<string, unknown>): PromiseLike<CypherResult>;
  executeRead<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T>;
  executeWrite<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const ACCESS_MODES = ["READ", "WRITE"] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export interface CypherDriver {
  session(config: { database?: string; defaultAccessMode?: AccessMode }): CypherSession;
  close(): Promise<void>;
}
