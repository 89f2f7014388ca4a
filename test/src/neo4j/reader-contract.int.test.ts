// The reader contract (test/src/store/reader-contract.ts) against a real Neo4j: the same cases and the same
// expected answers as the embedded store's run (reader-contract.test.ts). Runs when NEO4J_URI is set (CI starts a
// neo4j:5 service); every node it makes has an id with its own prefix, and it deletes only those.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNeo4jStore, type Neo4jStore } from "../../../src/neo4j/neo4j-store.ts";
import { prefixedNewsBatch, readerContractCases } from "../store/reader-contract.ts";

const NEO4J_URI = process.env.NEO4J_URI;
const SKIP_REASON =
  "NEO4J_URI not set: start Neo4j with `docker compose up -d --wait` and export NEO4J_URI and NEO4J_PASSWORD";
const suite = NEO4J_URI ? describe : describe.skip;

const PREFIX = `contract-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-`;
const batch = prefixedNewsBatch(PREFIX);

suite(NEO4J_URI ? "reader contract, Neo4j store" : `reader contract, Neo4j store (skipped: ${SKIP_REASON})`, () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await createNeo4jStore({}, { env: process.env });
    await store.write(batch);
  });

  afterAll(async () => {
    if (!store) return;
    await store.query(
      "MATCH (n) WHERE (n:Actor OR n:Statement OR n:Article) AND n.id STARTS WITH $prefix DETACH DELETE n",
      { prefix: PREFIX },
      "WRITE",
    );
    await store.close();
  });

  it.each(readerContractCases(batch, PREFIX))("$name", async ({ ask, expected }) => {
    expect(await ask(store)).toEqual(expected);
  });
});
