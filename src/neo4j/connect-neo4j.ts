// Opens a Neo4j connection from options and the environment (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
// NEO4J_DATABASE) and probes it, so a stopped server, a wrong password or an unknown database fails fast with one
// clear StoreUnavailableError naming the URI, the cause and the fix.

import neo4j from "neo4j-driver";
import { StoreUnavailableError, UsageError } from "../../graph-schema/index.ts";
import type { AccessMode, CypherDriver, CypherSession } from "./cypher-session.ts";

export interface Neo4jConnectionOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Give up connecting after this long. */
  connectionTimeoutMs: number;
  /** How long the driver keeps retrying a managed transaction on transient errors. */
  maxTransactionRetryTimeMs: number;
}

export const DEFAULT_NEO4J_CONNECTION_OPTIONS: Neo4jConnectionOptions = {
  uri: "bolt://localhost:7687",
  user: "neo4j",
  password: "",
  database: "neo4j",
  connectionTimeoutMs: 5_000,
  maxTransactionRetryTimeMs: 15_000,
};

const URI_SCHEMES = ["bolt:", "bolt+s:", "bolt+ssc:", "neo4j:", "neo4j+s:", "neo4j+ssc:"];
const START_HINT = "start it with `docker compose up -d --wait` (see docs/neo4j.md)";

/** Options from `partial`, else the environment, else the defaults; validates the URI and timeouts. */
export function resolveNeo4jConnectionOptions(
  partial: Partial<Neo4jConnectionOptions> = {},
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConnectionOptions {
  const pick = (value: string | undefined, variable: string | undefined, fallback: string): string =>
    value ?? (variable !== undefined && variable !== "" ? variable : fallback);
  const options: Neo4jConnectionOptions = {
    ...DEFAULT_NEO4J_CONNECTION_OPTIONS,
    ...partial,
    uri: pick(partial.uri, env.NEO4J_URI, DEFAULT_NEO4J_CONNECTION_OPTIONS.uri),
    user: pick(partial.user, env.NEO4J_USER, DEFAULT_NEO4J_CONNECTION_OPTIONS.user),
    password: pick(partial.password, env.NEO4J_PASSWORD, DEFAULT_NEO4J_CONNECTION_OPTIONS.password),
    database: pick(partial.database, env.NEO4J_DATABASE, DEFAULT_NEO4J_CONNECTION_OPTIONS.database),
  };
  if (!URL.canParse(options.uri)) {
    throw new UsageError(`neo4j: expected a URI such as bolt://localhost:7687, found ${JSON.stringify(options.uri)}`);
  }
  if (!URI_SCHEMES.includes(new URL(options.uri).protocol)) {
    throw new UsageError(`neo4j: expected a bolt:// or neo4j:// URI, found ${JSON.stringify(options.uri)}`);
  }
  for (const key of ["connectionTimeoutMs", "maxTransactionRetryTimeMs"] as const) {
    if (!Number.isFinite(options[key]) || options[key] <= 0) {
      throw new UsageError(`neo4j: expected ${key} to be a positive number of milliseconds, found ${options[key]}`);
    }
  }
  return options;
}

/** An open, probed connection. */
export interface Neo4jConnection {
  readonly options: Neo4jConnectionOptions;
  /** `neo4j://host:7687/database`, without credentials. */
  readonly location: string;
  session(mode: AccessMode): CypherSession;
  close(): Promise<void>;
}

const codeOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * One StoreUnavailableError for a failed connection, or null when the error is not a connection problem (a
 * Cypher syntax error, a constraint violation) and should travel as it is.
 */
export function describeNeo4jError(error: unknown, options: Neo4jConnectionOptions): StoreUnavailableError | null {
  const code = codeOf(error);
  const where = `neo4j: ${options.uri} (database ${JSON.stringify(options.database)}, user ${JSON.stringify(options.user)})`;
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new StoreUnavailableError(`${where}: authentication failed (${code})`, {
      cause: error,
      hint: "check NEO4J_USER and NEO4J_PASSWORD (the password set by NEO4J_AUTH when the container was first created)",
    });
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new StoreUnavailableError(`${where}: unknown database`, {
      cause: error,
      hint: "set NEO4J_DATABASE to an existing database (Community edition has only `neo4j`)",
    });
  }
  if (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|timed out/i.test(messageOf(error))
  ) {
    const cause = /ECONNREFUSED/.test(messageOf(error))
      ? "connection refused"
      : `cannot connect (${messageOf(error).split("\n")[0]})`;
    return new StoreUnavailableError(`${where}: ${cause}`, { cause: error, hint: START_HINT, retriable: true });
  }
  return null;
}

/** Rethrows connection problems as StoreUnavailableError, anything else as it is. */
export function rethrowNeo4jError(error: unknown, options: Neo4jConnectionOptions): never {
  throw describeNeo4jError(error, options) ?? error;
}

export interface ConnectNeo4jDependencies {
  env: NodeJS.ProcessEnv;
  /** A ready driver (tests pass a fake); else one is created from the options. */
  driver: CypherDriver | null;
}

function createDriver(options: Neo4jConnectionOptions): CypherDriver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    connectionTimeout: options.connectionTimeoutMs,
    connectionAcquisitionTimeout: options.connectionTimeoutMs,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs,
    userAgent: "newsgraph",
  });
}

/**
 * Connects and probes with one auto-commit `RETURN 1` (not retried), within the connection timeout.
 *
 * @example const connection = await connectNeo4j({ uri: "bolt://localhost:7687" });
 */
export async function connectNeo4j(
  partial: Partial<Neo4jConnectionOptions> = {},
  dependencies: Partial<ConnectNeo4jDependencies> = {},
): Promise<Neo4jConnection> {
  const options = resolveNeo4jConnectionOptions(partial, dependencies.env ?? process.env);
  if (options.password === "" && !dependencies.driver) {
    throw new StoreUnavailableError(`neo4j: ${options.uri}: no password given`, {
      hint: "set NEO4J_PASSWORD (cp .env.example .env, then export the variables) or pass it in the options",
    });
  }
  const driver = dependencies.driver ?? createDriver(options);
  const { database } = options;
  const probe = async (): Promise<void> => {
    const session = driver.session({ database, defaultAccessMode: "READ" });
    try {
      await session.run("RETURN 1 AS ok");
    } finally {
      await session.close();
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`connection timed out after ${options.connectionTimeoutMs} ms`)),
      options.connectionTimeoutMs + 1_000,
    );
  });
  try {
    await Promise.race([probe(), timeout]);
  } catch (error) {
    await driver.close();
    rethrowNeo4jError(error, options);
  } finally {
    clearTimeout(timer);
  }
  const url = new URL(options.uri);
  return {
    options,
    location: `${url.protocol}//${url.host}/${database}`,
    session: (mode) => driver.session({ database, defaultAccessMode: mode }),
    close: () => driver.close(),
  };
}
