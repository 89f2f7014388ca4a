// Loads a GraphBatch into Neo4j: each load step in `UNWIND $rows` chunks, each chunk one managed write
// transaction (the driver retries it; MERGE on stable ids makes a retried or repeated chunk change nothing).

import { UsageError } from "../../graph-schema/index.ts";
import type { GraphBatch, WriteSummary } from "../store/graph-store.ts";
import type { CypherSession } from "./cypher-session.ts";
import { planGraphLoad, type LoadStep, type LoadStepKind } from "./plan-graph-load.ts";

/** Rows per transaction. */
export const DEFAULT_BATCH_SIZE = 1000;
export const MAX_BATCH_SIZE = 100_000;

export interface LoadProgress {
  kind: LoadStepKind;
  group: string | null;
  /** Rows written so far, all steps together. */
  rows: number;
  /** All rows to write, when known in advance; else equal to `rows`. */
  totalRows: number;
  rowsPerSecond: number;
}

export interface LoadGraphOptions {
  session: CypherSession;
  batchSize: number;
  onProgress: ((progress: LoadProgress) => void) | null;
  /** Milliseconds clock, injectable for tests. */
  now: () => number;
}

export const DEFAULT_LOAD_GRAPH_OPTIONS: Omit<LoadGraphOptions, "session"> = {
  batchSize: DEFAULT_BATCH_SIZE,
  onProgress: null,
  now: () => performance.now(),
};

/** Fills defaults and validates the batch size. */
export function resolveLoadGraphOptions(
  partial: Partial<LoadGraphOptions> & Pick<LoadGraphOptions, "session">,
): LoadGraphOptions {
  const options = { ...DEFAULT_LOAD_GRAPH_OPTIONS, ...partial };
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1 || options.batchSize > MAX_BATCH_SIZE) {
    throw new UsageError(
      `src/neo4j/load-graph: expected a batch size from 1 to ${MAX_BATCH_SIZE}, found ${options.batchSize}`,
    );
  }
  return options;
}

/**
 * Runs load steps, each in transactions of at most `batchSize` rows; returns the rows written. With a known
 * `totalRows`, progress reports it; streamed steps report the rows so far.
 */
export async function runLoadSteps(
  steps: Iterable<LoadStep> | AsyncIterable<LoadStep>,
  partial: Partial<LoadGraphOptions> & Pick<LoadGraphOptions, "session">,
  totalRows: number | null = null,
): Promise<number> {
  const { session, batchSize, onProgress, now } = resolveLoadGraphOptions(partial);
  const started = now();
  let written = 0;
  for await (const step of steps) {
    for (let start = 0; start < step.rows.length; start += batchSize) {
      const rows = step.rows.slice(start, start + batchSize);
      await session.executeWrite(async (tx) => {
        await tx.run(step.cypher, { rows });
      });
      written += rows.length;
      const seconds = Math.max((now() - started) / 1000, 1e-3);
      onProgress?.({
        kind: step.kind,
        group: step.group,
        rows: written,
        totalRows: totalRows ?? written,
        rowsPerSecond: Math.round(written / seconds),
      });
    }
  }
  return written;
}

/**
 * Writes a batch with MERGE on stable ids: loading the same batch twice changes no count.
 *
 * @example await loadGraph(batch, { session: driver.session({ database: "neo4j" }), batchSize: 500 })
 */
export async function loadGraph(
  batch: GraphBatch,
  partial: Partial<LoadGraphOptions> & Pick<LoadGraphOptions, "session">,
): Promise<WriteSummary> {
  const steps = planGraphLoad(batch);
  await runLoadSteps(
    steps,
    partial,
    steps.reduce((sum, step) => sum + step.rows.length, 0),
  );
  return {
    articles: batch.articles.length,
    actors: batch.actors.length,
    relations: batch.relations.length,
    responses: batch.responses.length,
  };
}
