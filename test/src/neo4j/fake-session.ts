// A hand-written recording fake of the driver's session and transaction (like the driver's own FakeConnection):
// records every Cypher text and parameter map it is sent and answers with rows chosen by the test.

import type {
  AccessMode,
  CypherDriver,
  CypherRecord,
  CypherSession,
  CypherTransaction,
} from "../../../src/neo4j/cypher-session.ts";

export interface RecordedQuery {
  mode: AccessMode;
  cypher: string;
  params: Record<string, unknown>;
}

/** Answers a query with rows (plain column maps); the default answers nothing. */
export type FakeResponder = (cypher: string, params: Record<string, unknown>) => Record<string, unknown>[];

const toRecord = (row: Record<string, unknown>): CypherRecord => ({ toObject: () => ({ ...row }) });

export class FakeTransaction implements CypherTransaction {
  constructor(
    private readonly session: FakeSession,
    private readonly mode: AccessMode,
  ) {}

  run(cypher: string, params: Record<string, unknown> = {}): Promise<{ records: CypherRecord[] }> {
    this.session.queries.push({ mode: this.mode, cypher, params: structuredClone(params) });
    const failure = this.session.failOnCall?.(this.session.queries.length);
    if (failure) return Promise.reject(failure);
    return Promise.resolve({ records: this.session.responder(cypher, params).map(toRecord) });
  }
}

export class FakeSession implements CypherSession {
  readonly queries: RecordedQuery[] = [];
  closed = false;
  /** Makes the n-th query (1-based) fail with the returned error. */
  failOnCall: ((call: number) => Error | null) | null = null;

  constructor(public responder: FakeResponder = () => []) {}

  run(cypher: string, params: Record<string, unknown> = {}): Promise<{ records: CypherRecord[] }> {
    return new FakeTransaction(this, "READ").run(cypher, params);
  }

  executeRead<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return work(new FakeTransaction(this, "READ"));
  }

  executeWrite<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return work(new FakeTransaction(this, "WRITE"));
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

/** A driver whose every session is the same recording FakeSession. */
export class FakeDriver implements CypherDriver {
  readonly sessionConfigs: Array<{ database?: string; defaultAccessMode?: AccessMode }> = [];
  closed = false;

  constructor(readonly fakeSession: FakeSession = new FakeSession()) {}

  session(config: { database?: string; defaultAccessMode?: AccessMode }): CypherSession {
    this.sessionConfigs.push(config);
    return this.fakeSession;
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}
