// The embedded store keeps at most one outgoing response link per statement: a new link replaces the old one,
// and a relinked statement without a new link loses its old one (incremental ingest relinks stored statements).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ResponseRecord } from "../../../graph-schema/index.ts";
import type { GraphBatch } from "../../../src/store/graph-store.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";
import { GRAPH_BATCH } from "../../fixtures/graph-batch.ts";

let dir: string;
let store: SqliteStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-links-"));
  store = openSqliteStore(dir, { create: true });
  await store.write(GRAPH_BATCH);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function links(): Promise<ResponseRecord[]> {
  const found: ResponseRecord[] = [];
  for await (const link of store.responseLinks()) found.push(link);
  return found;
}

const EMPTY: GraphBatch = { articles: [], actors: [], relations: [], responses: [] };
const TO_ATTACK: ResponseRecord = {
  from: "r-reject",
  to: "r-meet-hypothetical",
  cue: "ACCUSE→REJECT",
  lagDays: 1,
  confidence: 0.6,
};

describe("sqlite response links", () => {
  it.each([
    {
      title: "a new link replaces the old one",
      batch: { ...EMPTY, responses: [TO_ATTACK] },
      expected: [TO_ATTACK],
      net: 0,
    },
    {
      title: "the same link again changes nothing",
      batch: { ...EMPTY, responses: GRAPH_BATCH.responses },
      expected: GRAPH_BATCH.responses,
      net: 0,
    },
    {
      title: "a relinked statement without a link loses it",
      batch: { ...EMPTY, relinked: ["r-reject"] },
      expected: [],
      net: -1,
    },
    {
      title: "relinked and linked again keeps the new link",
      batch: { ...EMPTY, responses: [TO_ATTACK], relinked: ["r-reject"] },
      expected: [TO_ATTACK],
      net: 0,
    },
  ])("$title", async ({ batch, expected, net }) => {
    const summary = await store.write(batch);
    expect(await links()).toEqual(expected);
    expect(summary.responses).toEqual(net);
  });
});
