// Row 6: loading the 1k store into Neo4j (rows/s) when NEO4J_URI is set, against writing the same rows into a
// fresh embedded store. It writes the synthetic bench graph into that database: point it at a scratch database.

import { join } from "node:path";
import type { GraphBatch } from "../src/store/graph-store.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import { formatNumber, type BenchRow } from "./bench-table.ts";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The Neo4j row for the store in `storeDir` (built from `size` articles), or a skipped row naming the reason. */
export async function neo4jRow(
  size: number,
  storeDir: string | null,
  workDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BenchRow> {
  const name = "Neo4j load (1k store)";
  const skipped = (reason: string): BenchRow => ({
    name,
    figure: `skipped: ${reason}`,
    reference: "–",
    ratio: null,
    target: "–",
    met: null,
  });
  if (!env.NEO4J_URI) return skipped("NEO4J_URI not set");
  if (storeDir === null) return skipped("no ingested store (run the ingest section too)");
  const source = openSqliteStore(storeDir, { readonly: true });
  try {
    const batch: GraphBatch = {
      articles: await collect(source.articles()),
      actors: await collect(source.actors()),
      relations: await collect(source.relations()),
      responses: await collect(source.responseLinks()),
    };
    const rows = batch.articles.length + batch.actors.length + batch.relations.length + batch.responses.length;
    const copy = openSqliteStore(join(workDir, "store-copy"), { create: true });
    let started = performance.now();
    await copy.write(batch);
    const embeddedSeconds = (performance.now() - started) / 1000;
    await copy.close();
    const { createNeo4jStore } = await import("../src/neo4j/neo4j-store.ts");
    const neo4j = await createNeo4jStore({});
    try {
      started = performance.now();
      const written = await neo4j.writeSource(source);
      const seconds = (performance.now() - started) / 1000;
      const rate = written / seconds;
      const embeddedRate = rows / embeddedSeconds;
      return {
        name: `Neo4j load (${size} articles' store)`,
        figure: `${formatNumber(rate)} rows/s (${written} rows in ${formatNumber(seconds)} s) into ${neo4j.location}`,
        reference: `embedded store write ${formatNumber(embeddedRate)} rows/s (${rows} rows)`,
        ratio: rate / embeddedRate,
        target: "– (reported)",
        met: null,
      };
    } finally {
      await neo4j.close();
    }
  } finally {
    await source.close();
  }
}
