// The Neo4j GraphStore: reader, source and writer over one driver. Driver values are converted to plain data
// here (no Integer leaves the store); connection failures become one StoreUnavailableError line.

import type { GraphBatch, GraphSource, GraphStore, WriteSummary } from "../store/graph-store.ts";
import { applySchema } from "./apply-schema.ts";
import {
  connectNeo4j,
  rethrowNeo4jError,
  type ConnectNeo4jDependencies,
  type Neo4jConnection,
  type Neo4jConnectionOptions,
} from "./connect-neo4j.ts";
import type { AccessMode, CypherSession } from "./cypher-session.ts";
import { DEFAULT_BATCH_SIZE, loadGraph, runLoadSteps, type LoadProgress } from "./load-graph.ts";
import { createNeo4jReader, type ReadCypher } from "./neo4j-reader.ts";
import { DEFAULT_PAGE_SIZE, createNeo4jSource } from "./neo4j-source.ts";
import { remapActors } from "./remap-actors.ts";
import { streamLoadSteps } from "./stream-load-steps.ts";
import { toCypherParams, toPlainRow } from "./to-plain-value.ts";

export interface Neo4jStoreOptions extends Neo4jConnectionOptions {
  /** Rows per write transaction. */
  batchSize: number;
  /** Rows per page when streaming the store (sync, export, knownActors). */
  pageSize: number;
  /** Apply the schema before the first write. */
  applySchemaOnWrite: boolean;
  onProgress: ((progress: LoadProgress) => void) | null;
}

/** A Neo4j store with access to its connection, for the schema/query commands. */
export interface Neo4jStore extends GraphStore {
  answeredStatements: NonNullable<GraphStore["answeredStatements"]>;
  statementsBy: NonNullable<GraphStore["statementsBy"]>;
  readonly connection: Neo4jConnection;
  /** Runs Cypher in a managed transaction of the given mode and returns plain rows. */
  run(cypher: string, params: Record<string, unknown>, mode: AccessMode): Promise<Record<string, unknown>[]>;
  applySchema(): Promise<number>;
  /** Streams a whole source (another store) into Neo4j, schema first; returns the rows written. */
  writeSource(source: GraphSource): Promise<number>;
  /** Runs Cypher from outside (the query command): integral numbers in `params` become Neo4j Integers. */
  query(cypher: string, params: Record<string, unknown>, mode: AccessMode): Promise<Record<string, unknown>[]>;
}

async function withSession<T>(
  connection: Neo4jConnection,
  mode: AccessMode,
  work: (session: CypherSession) => Promise<T>,
): Promise<T> {
  const session = connection.session(mode);
  try {
    return await work(session);
  } catch (error) {
    return rethrowNeo4jError(error, connection.options);
  } finally {
    await session.close();
  }
}

/**
 * Connects to Neo4j (options, else NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) and returns a
 * GraphStore. Rejects with StoreUnavailableError when the server cannot be reached or refuses the login.
 *
 * @example const store = await createNeo4jStore({ uri: "bolt://localhost:7687" });
 */
export async function createNeo4jStore(
  options: Partial<Neo4jStoreOptions> = {},
  dependencies: Partial<ConnectNeo4jDependencies> = {},
): Promise<Neo4jStore> {
  const {
    batchSize = DEFAULT_BATCH_SIZE,
    pageSize = DEFAULT_PAGE_SIZE,
    applySchemaOnWrite = true,
    onProgress = null,
    ...connectionOptions
  } = options;
  const connection = await connectNeo4j(connectionOptions, dependencies);
  const run = (cypher: string, params: Record<string, unknown>, mode: AccessMode): Promise<Record<string, unknown>[]> =>
    withSession(connection, mode, (session) => {
      const work = async (tx: Parameters<Parameters<CypherSession["executeRead"]>[0]>[0]) =>
        (await tx.run(cypher, params)).records.map(toPlainRow);
      return mode === "READ" ? session.executeRead(work) : session.executeWrite(work);
    });
  const read: ReadCypher = (cypher, params = {}) => run(cypher, params, "READ");
  const source = createNeo4jSource(read, pageSize);
  let schemaApplied = false;
  const store: Neo4jStore = {
    location: connection.location,
    connection,
    run,
    ...createNeo4jReader(read, connection.location),
    ...source,
    applySchema: () => withSession(connection, "WRITE", applySchema),
    async write(batch: GraphBatch): Promise<WriteSummary> {
      if (applySchemaOnWrite && !schemaApplied) {
        await store.applySchema();
        schemaApplied = true;
      }
      return withSession(connection, "WRITE", (session) => loadGraph(batch, { session, batchSize, onProgress }));
    },
    remapActors: (remap) => withSession(connection, "WRITE", (session) => remapActors(session, remap)),
    async writeSource(source: GraphSource): Promise<number> {
      await store.applySchema();
      schemaApplied = true;
      return withSession(connection, "WRITE", (session) =>
        runLoadSteps(streamLoadSteps(source, batchSize), { session, batchSize, onProgress }),
      );
    },
    query: (cypher, params, mode) => run(cypher, toCypherParams(params), mode),
    close: () => connection.close(),
  };
  return store;
}
