// The viewer's tables on Neo4j against the recording fake session: constant Cypher, every filter a parameter,
// rows (with driver Integers) turned into the same answers the embedded store gives.

import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { UsageError, type ActorTableSort } from "../../../graph-schema/index.ts";
import {
  PAIR_SUMMARY_CYPHER,
  STATEMENTS_PER_DAY_CYPHER,
  actorTableCypher,
  createNeo4jViewerTables,
} from "../../../src/neo4j/neo4j-viewer-tables.ts";
import { toPlainRow } from "../../../src/neo4j/to-plain-value.ts";
import { FakeSession, type FakeResponder } from "./fake-session.ts";

const int = (n: number) => neo4j.int(n);

/** The tables over a fake session, reading rows as the store does (through toPlainRow). */
function tablesWith(responder: FakeResponder) {
  const session = new FakeSession(responder);
  const tables = createNeo4jViewerTables(async (cypher, params = {}) =>
    (await session.run(cypher, params)).records.map(toPlainRow),
  );
  return { tables, session };
}

const NO_FILTER = {
  types: null,
  quads: null,
  from: null,
  to: null,
  sources: null,
  includeNegated: false,
  includeHypothetical: false,
  minConfidence: null,
};

describe("Neo4j viewer tables", () => {
  it("pages the actor table with every filter as a parameter and converts the counts", async () => {
    const { tables, session } = tablesWith(() => [
      {
        total: int(2),
        page: [
          {
            id: "russia",
            name: "Russia",
            type: "COUNTRY",
            statementsIn: int(1),
            statementsOut: int(3),
            articles: int(12),
            firstDate: "2022-01-10",
            lastDate: "2022-02-24",
          },
        ],
      },
    ]);
    const answer = await tables.actorTable({
      sort: "out",
      descending: true,
      limit: 1,
      offset: 0,
      from: "2022-01-01",
      actorTypes: ["COUNTRY"],
      minConfidence: 0.6,
    });
    expect(answer).toEqual({
      total: 2,
      rows: [
        {
          id: "russia",
          name: "Russia",
          type: "COUNTRY",
          statementsIn: 1,
          statementsOut: 3,
          articles: 12,
          firstDate: "2022-01-10",
          lastDate: "2022-02-24",
        },
      ],
    });
    expect(session.queries).toEqual([
      {
        mode: "READ",
        cypher: actorTableCypher("out", true),
        params: { ...NO_FILTER, from: "2022-01-01", minConfidence: 0.6, actorTypes: ["COUNTRY"], offset: 0, limit: 1 },
      },
    ]);
  });

  it.each([
    { sort: "name", descending: false, order: "ORDER BY toLower(a.name), a.id" },
    { sort: "in", descending: true, order: "ORDER BY statementsIn DESC, a.id" },
    { sort: "first", descending: false, order: "ORDER BY firstDate IS NULL, firstDate, a.id" },
    { sort: "last", descending: true, order: "ORDER BY lastDate IS NULL, lastDate DESC, a.id" },
  ] as const)("sorts by $sort with ties broken by id", ({ sort, descending, order }) => {
    expect(actorTableCypher(sort, descending)).toContain(order);
  });

  it("refuses a sort column outside the list rather than writing it into Cypher", () => {
    expect(() => actorTableCypher("name) DETACH DELETE a //" as ActorTableSort, false)).toThrow(UsageError);
  });

  it("answers an empty table when nothing matches", async () => {
    const { tables } = tablesWith(() => [{ total: int(0), page: [] }]);
    expect(await tables.actorTable({ sort: "name", descending: false, limit: 10, offset: 0 })).toEqual({
      total: 0,
      rows: [],
    });
  });

  it("counts statements per day under the filters", async () => {
    const { tables, session } = tablesWith(() => [
      { day: "2022-01-10", count: int(2) },
      { day: "2022-01-12", count: int(1) },
    ]);
    expect(await tables.statementsPerDay({ includeNegated: true, sources: ["Example Wire"] })).toEqual([
      { day: "2022-01-10", count: 2 },
      { day: "2022-01-12", count: 1 },
    ]);
    expect(session.queries[0]).toEqual({
      mode: "READ",
      cypher: STATEMENTS_PER_DAY_CYPHER,
      params: { ...NO_FILTER, includeNegated: true, sources: ["Example Wire"], actorTypes: null },
    });
  });

  it("summarises a pair by direction, counting every modality", async () => {
    const { tables, session } = tablesWith(() => [
      { forward: false, total: int(2), asserted: int(0), negated: int(1), hypothetical: int(2), both: int(1) },
    ]);
    expect(await tables.pairSummary({ subject: "ukraine", object: "russia", to: "2022-01-31" })).toEqual({
      forward: { total: 0, asserted: 0, negated: 0, hypothetical: 0, both: 0 },
      backward: { total: 2, asserted: 0, negated: 1, hypothetical: 2, both: 1 },
    });
    expect(session.queries[0]).toEqual({
      mode: "READ",
      cypher: PAIR_SUMMARY_CYPHER,
      params: {
        ...NO_FILTER,
        to: "2022-01-31",
        includeNegated: true,
        includeHypothetical: true,
        subject: "ukraine",
        object: "russia",
      },
    });
  });
});
