import { describe, expect, it } from "vitest";
import {
  buildActorGraph,
  dominantRelationType,
  egoActors,
  selectPairs,
  type PairAggregate,
} from "../../../src/neo4j/build-actor-graph.ts";

const pair = (source: string, target: string, types: PairAggregate["types"]): PairAggregate => {
  const count = Object.values(types).reduce((sum, n) => sum + (n ?? 0), 0);
  return {
    source,
    target,
    types,
    count,
    negated: 0,
    hypothetical: 0,
    asserted: count,
    firstDate: "2022-02-01",
    lastDate: "2022-02-20",
  };
};

// Who said what to whom in late February 2022, as pairs of statements.
const PAIRS = [
  pair("biden", "putin", { WARN: 3, SANCTION: 2 }),
  pair("putin", "ukraine", { ATTACK: 4 }),
  pair("zelensky", "putin", { APPEAL: 1, ACCUSE: 1 }),
  pair("scholz", "biden", { MEET: 1 }),
  pair("macron", "scholz", { MEET: 1 }),
];

describe("dominantRelationType", () => {
  it.each([
    { types: { WARN: 3, SANCTION: 2 }, expected: "WARN" },
    { types: { APPEAL: 1, ACCUSE: 1 }, expected: "ACCUSE" },
    { types: { FIGHT: 2, ATTACK: 2, MEET: 1 }, expected: "ATTACK" },
  ] as const)("picks $expected from $types", ({ types, expected }) => {
    expect(dominantRelationType(types)).toEqual(expected);
  });
});

describe("selectPairs", () => {
  it("keeps the strongest edges first, ties by actor ids", () => {
    expect(selectPairs(PAIRS, { limit: 3 }).map((p) => `${p.source}->${p.target}`)).toEqual([
      "biden->putin",
      "putin->ukraine",
      "zelensky->putin",
    ]);
  });

  it("applies minCount", () => {
    expect(selectPairs(PAIRS, { limit: 10, minCount: 3 }).map((p) => p.source)).toEqual(["biden", "putin"]);
  });

  it.each([
    { hops: 1 as const, expected: ["biden->putin", "putin->ukraine", "zelensky->putin"] },
    { hops: 2 as const, expected: ["biden->putin", "putin->ukraine", "zelensky->putin", "scholz->biden"] },
  ])("keeps the $hops-hop ego network of the focus", ({ hops, expected }) => {
    expect(selectPairs(PAIRS, { limit: 10, focus: "putin", hops }).map((p) => `${p.source}->${p.target}`)).toEqual(
      expected,
    );
  });

  it("walks edges in both directions", () => {
    expect([...egoActors(PAIRS, "scholz", 1)].sort()).toEqual(["biden", "macron", "scholz"]);
  });
});

describe("buildActorGraph", () => {
  it("serialises one directed edge per pair with dominant type, PLOVER and quad, and counts view statements per node", () => {
    const graph = buildActorGraph(
      [pair("biden", "putin", { WARN: 3, SANCTION: 2 }), pair("putin", "putin", { PROTEST: 1 })],
      [
        { id: "biden", name: "Joe Biden", type: "PERSON", aliases: ["Biden"], articles: 7 },
        { id: "putin", name: "Vladimir Putin", type: "PERSON", aliases: ["Putin"], articles: 9 },
      ],
    );
    expect(graph).toEqual({
      options: { type: "directed", multi: false, allowSelfLoops: true },
      attributes: { totalEdges: 2, shownEdges: 2 },
      nodes: [
        {
          key: "biden",
          attributes: { label: "Joe Biden", actorType: "PERSON", aliases: ["Biden"], statements: 5, articles: 7 },
        },
        {
          key: "putin",
          attributes: { label: "Vladimir Putin", actorType: "PERSON", aliases: ["Putin"], statements: 6, articles: 9 },
        },
      ],
      edges: [
        {
          key: "biden->putin",
          source: "biden",
          target: "putin",
          attributes: {
            count: 5,
            types: { WARN: 3, SANCTION: 2 },
            dominantType: "WARN",
            plover: "THREATEN",
            quad: "VERBAL_CONFLICT",
            negated: 0,
            hypothetical: 0,
            asserted: 5,
            firstDate: "2022-02-01",
            lastDate: "2022-02-20",
          },
        },
        {
          key: "putin->putin",
          source: "putin",
          target: "putin",
          attributes: {
            count: 1,
            types: { PROTEST: 1 },
            dominantType: "PROTEST",
            plover: "PROTEST",
            quad: "MATERIAL_CONFLICT",
            negated: 0,
            hypothetical: 0,
            asserted: 1,
            firstDate: "2022-02-01",
            lastDate: "2022-02-20",
          },
        },
      ],
    });
  });

  it("shows a focus actor without edges on its own", () => {
    const graph = buildActorGraph(
      [],
      [{ id: "nato", name: "NATO", type: "ORGANIZATION", aliases: [], articles: 2 }],
      "nato",
    );
    expect(graph.nodes).toEqual([
      {
        key: "nato",
        attributes: { label: "NATO", actorType: "ORGANIZATION", aliases: [], statements: 0, articles: 2 },
      },
    ]);
  });
});
