// The reader contract (reader-contract.ts) against the embedded store; the Neo4j store runs the same cases in
// test/src/neo4j/reader-contract.int.test.ts.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";
import { prefixedNewsBatch, readerContractCases } from "./reader-contract.ts";

const PREFIX = "contract-";
const batch = prefixedNewsBatch(PREFIX);
let dir: string;
let store: SqliteStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-contract-"));
  store = openSqliteStore(dir, { create: true });
  await store.write(batch);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("reader contract, embedded store", () => {
  it.each(readerContractCases(batch, PREFIX))("$name", async ({ ask, expected }) => {
    expect(await ask(store)).toEqual(expected);
  });
});
