// The viewer's tables on the embedded store: exact answers on the hand-written week, and consistency on the
// corpus-scale batch (pages add up, sorts hold, days sum to the statements, the war pair by direction).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorTableQuery, ActorTableRow } from "../../../graph-schema/index.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";
import { CORPUS_SCALE, corpusScaleBatch } from "../../fixtures/corpus-scale.ts";
import { GRAPH_BATCH } from "../../fixtures/graph-batch.ts";

const table = (query: Partial<ActorTableQuery> = {}): ActorTableQuery => ({
  sort: "out",
  descending: true,
  limit: 100,
  offset: 0,
  ...query,
});

async function openWith(batch: typeof GRAPH_BATCH): Promise<{ store: SqliteStore; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-tables-"));
  const store = openSqliteStore(dir, { create: true });
  await store.write(batch);
  return { store, dir };
}

describe("viewer tables on the hand-written week", () => {
  let store: SqliteStore;
  let dir: string;
  beforeAll(async () => ({ store, dir } = await openWith(GRAPH_BATCH)));
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists actors of asserted statements with their statements in and out and their dates", async () => {
    expect(await store.actorTable(table())).toEqual({
      total: 3,
      rows: [
        {
          id: "dmitry-peskov",
          name: "Dmitry Peskov",
          type: "PERSON",
          statementsIn: 0,
          statementsOut: 1,
          articles: 1,
          firstDate: "2022-01-12",
          lastDate: "2022-01-12",
        },
        {
          id: "jens-stoltenberg",
          name: "Jens Stoltenberg",
          type: "PERSON",
          statementsIn: 1,
          statementsOut: 1,
          articles: 2,
          firstDate: "2022-01-10",
          lastDate: "2022-01-12",
        },
        {
          id: "russia",
          name: "Russia",
          type: "COUNTRY",
          statementsIn: 1,
          statementsOut: 0,
          articles: 2,
          firstDate: "2022-01-10",
          lastDate: "2022-01-10",
        },
      ],
    });
  });

  it.each([
    {
      title: "negated and hypothetical statements on request",
      query: { includeNegated: true, includeHypothetical: true },
      ids: ["russia", "dmitry-peskov", "jens-stoltenberg", "ukraine"],
    },
    { title: "a time window", query: { from: "2022-01-11" }, ids: ["dmitry-peskov", "jens-stoltenberg"] },
    { title: "a minimum confidence above every statement's", query: { minConfidence: 0.95 }, ids: [] },
    {
      title: "names, A to Z",
      query: { sort: "name" as const, descending: false },
      ids: ["dmitry-peskov", "jens-stoltenberg", "russia"],
    },
    {
      title: "statements in, most first",
      query: { sort: "in" as const },
      ids: ["jens-stoltenberg", "russia", "dmitry-peskov"],
    },
    {
      title: "last date, earliest first",
      query: { sort: "last" as const, descending: false },
      ids: ["russia", "dmitry-peskov", "jens-stoltenberg"],
    },
    { title: "one page past the first", query: { limit: 2, offset: 2 }, ids: ["russia"] },
  ])("sorts and filters: $title", async ({ query, ids }) => {
    expect((await store.actorTable(table(query))).rows.map((row) => row.id)).toEqual(ids);
  });

  it("counts the actors even on a page past the end", async () => {
    expect(await store.actorTable(table({ offset: 10 }))).toEqual({ total: 3, rows: [] });
  });

  it("counts dated statements per day, negated and hypothetical only on request", async () => {
    expect(await store.statementsPerDay({})).toEqual([
      { day: "2022-01-10", count: 1 },
      { day: "2022-01-12", count: 1 },
    ]);
    expect(await store.statementsPerDay({ includeNegated: true, includeHypothetical: true })).toEqual([
      { day: "2022-01-10", count: 2 },
      { day: "2022-01-12", count: 2 },
    ]);
  });

  it("summarises both directions of a pair by modality, whatever the toggles", async () => {
    expect(await store.pairSummary({ subject: "ukraine", object: "russia" })).toEqual({
      forward: { total: 0, asserted: 0, negated: 0, hypothetical: 0, both: 0 },
      backward: { total: 2, asserted: 0, negated: 1, hypothetical: 1, both: 0 },
    });
  });

  it("counts a statement both negated and hypothetical in each and in `both`", async () => {
    const [attack] = GRAPH_BATCH.relations.filter((r) => r.id === "r-attack-negated");
    const conditional = { ...attack!, id: "r-attack-negated-conditional", hypothetical: true };
    const other = await openWith({ ...GRAPH_BATCH, relations: [...GRAPH_BATCH.relations, conditional] });
    expect((await other.store.pairSummary({ subject: "russia", object: "ukraine" })).forward).toEqual({
      total: 3,
      asserted: 0,
      negated: 2,
      hypothetical: 2,
      both: 1,
    });
    expect((await other.store.actor("russia"))?.modality.asSubject.both).toBe(1);
    await other.store.close();
    rmSync(other.dir, { recursive: true, force: true });
  });

  it("tells an actor's statements by modality, its relation count and its article total", async () => {
    const russia = await store.actor("russia");
    expect(russia).toMatchObject({
      statementsAsSubject: 2,
      modality: {
        asSubject: { total: 2, asserted: 0, negated: 1, hypothetical: 1, both: 0 },
        asObject: { total: 1, asserted: 1, negated: 0, hypothetical: 0, both: 0 },
      },
      outgoing: [],
      outgoingPairs: 0,
      incomingPairs: 1,
      articleCount: 2,
    });
  });
});

describe("viewer tables on the corpus-scale batch", () => {
  let store: SqliteStore;
  let dir: string;
  beforeAll(async () => ({ store, dir } = await openWith(corpusScaleBatch())));
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("pages through every actor: statements in and out each add up to the statements shown", async () => {
    const statements = (await store.statementsPerDay({})).reduce((sum, day) => sum + day.count, 0);
    const { total } = await store.actorTable(table({ limit: 1 }));
    const rows: ActorTableRow[] = [];
    for (let offset = 0; offset < total; offset += 100) rows.push(...(await store.actorTable(table({ offset }))).rows);
    expect(rows.length).toBe(total);
    expect(total).toBeGreaterThan(300);
    expect(new Set(rows.map((row) => row.id)).size).toBe(total);
    expect(rows.reduce((sum, row) => sum + row.statementsOut, 0)).toBe(statements);
    expect(rows.reduce((sum, row) => sum + row.statementsIn, 0)).toBe(statements);
    expect(rows.map((row) => row.statementsOut)).toEqual(rows.map((row) => row.statementsOut).sort((a, b) => b - a));
  });

  it("sorts names without regard to case", async () => {
    const names = (await store.actorTable(table({ sort: "name", descending: false, limit: 1000 }))).rows.map(
      (r) => r.name,
    );
    expect(names).toEqual(
      [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)),
    );
    expect(names).toContain("the West");
  });

  it("tells the war apart by direction and the hedger's statements by modality", async () => {
    const { attacker, defender, forward, backward } = CORPUS_SCALE.war;
    const pair = await store.pairSummary({ subject: attacker, object: defender });
    expect([pair.forward.total, pair.backward.total]).toEqual([forward, backward]);
    const hedger = await store.actor(CORPUS_SCALE.hedger.id);
    expect(hedger?.modality.asSubject).toEqual({ total: 8, asserted: 1, negated: 6, hypothetical: 1, both: 0 });
    const aster = await store.actor(attacker);
    expect(aster?.articles).toHaveLength(50);
    expect(aster?.articleCount).toBeGreaterThan(150);
  });
});
