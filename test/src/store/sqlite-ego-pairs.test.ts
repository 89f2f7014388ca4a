// Ego networks on the embedded store: which pairs a one- or two-hop view around an actor shows, and that every way
// of reading them (whole walk, strongest-first read with the network listed or found lazily, fallback) agrees.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError, type GraphQuery, type RelationType } from "../../../graph-schema/index.ts";
import { rankEgoPairs, type EgoPairsOptions } from "../../../src/store/sqlite/sqlite-ego-pairs.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";
import { buildGraphBatch, type ArticleSpec, type StatementSpec } from "../../e2e/support/build-graph-batch.ts";

const PEOPLE: Record<string, string> = {
  "alexander-lukashenko": "Alexander Lukashenko",
  "antony-blinken": "Antony Blinken",
  "dmytro-kuleba": "Dmytro Kuleba",
  "jens-stoltenberg": "Jens Stoltenberg",
  "josep-borrell": "Josep Borrell",
  "sergei-lavrov": "Sergei Lavrov",
  "vladimir-putin": "Vladimir Putin",
  "wang-yi": "Wang Yi",
  "xi-jinping": "Xi Jinping",
};

/**
 * One statement written as its sentence with the actors marked `[words](actor-id)` and the cue `{words}`:
 * `[Lavrov](sergei-lavrov) {met} [Wang Yi](wang-yi) in Beijing.`
 */
type MarkedStatement = [type: RelationType, marked: string, modality?: "negated" | "hypothetical"];

function statement(id: string, [type, marked, modality]: MarkedStatement): StatementSpec {
  const actors = [...marked.matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)].map((match) => ({
    words: match[1] ?? "",
    id: match[2] ?? "",
  }));
  const cue = /\{([^}]+)\}/.exec(marked)?.[1];
  const [subject, object] = actors;
  if (!subject || !object || cue === undefined) throw new Error(`test fixture: "${marked}" needs two actors and a cue`);
  return {
    id,
    subject: subject.id,
    type,
    object: object.id,
    sentence: marked.replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").replace(/\{([^}]+)\}/g, "$1"),
    words: [subject.words, cue, object.words],
    ...(modality ? { [modality]: true } : {}),
  };
}

/** A week of talks on the Black Sea grain ships, in three wire stories written for this test. */
const STORIES: { id: string; title: string; published: string; statements: MarkedStatement[] }[] = [
  {
    id: "grain-monday",
    title: "Blinken in Kyiv",
    published: "2022-07-18",
    statements: [
      ["MEET", "[Dmytro Kuleba](dmytro-kuleba) {met} [Antony Blinken](antony-blinken) in Kyiv on Monday."],
      ["PRAISE", "[Kuleba](dmytro-kuleba) {thanked} [Blinken](antony-blinken) for the new aid package."],
      ["PRAISE", "[Blinken](antony-blinken) {praised} [Kuleba](dmytro-kuleba) for his patience."],
      [
        "WARN",
        "[Blinken](antony-blinken) {warned} [Sergei Lavrov](sergei-lavrov) against another strike on the ports.",
      ],
      ["ACCUSE", "[Kuleba](dmytro-kuleba) {accused} [Lavrov](sergei-lavrov) of blocking the grain ships."],
    ],
  },
  {
    id: "grain-wednesday",
    title: "Moscow answers",
    published: "2022-07-20",
    statements: [
      ["REJECT", "[Lavrov](sergei-lavrov) {dismissed} [Kuleba](dmytro-kuleba)'s claims as propaganda."],
      ["REJECT", "[Lavrov](sergei-lavrov) {rejected} [Blinken](antony-blinken)'s warning."],
      ["WARN", "[Blinken](antony-blinken) again {warned} [Lavrov](sergei-lavrov) on Wednesday."],
      ["MEET", "[Lavrov](sergei-lavrov) {met} [Wang Yi](wang-yi) in Beijing."],
      ["MEET", "[Wang Yi](wang-yi) {met} [Lavrov](sergei-lavrov) again on Friday."],
      ["MEET", "[Kuleba](dmytro-kuleba) did not {meet} [Alexander Lukashenko](alexander-lukashenko).", "negated"],
      [
        "MEET",
        "[Josep Borrell](josep-borrell) would {invite} [Kuleba](dmytro-kuleba) to Brussels if talks resumed.",
        "hypothetical",
      ],
    ],
  },
  {
    id: "grain-friday",
    title: "Summit week",
    published: "2022-07-22",
    statements: [
      ["COOPERATE", "[Blinken](antony-blinken) {briefed} [Jens Stoltenberg](jens-stoltenberg) before the summit."],
      ["CRITICIZE", "[Stoltenberg](jens-stoltenberg) {criticized} [Wang Yi](wang-yi) over the joint drills."],
      ["COOPERATE", "[Wang Yi](wang-yi) {briefed} [Xi Jinping](xi-jinping) on the talks."],
      ["PRAISE", "[Lukashenko](alexander-lukashenko) {praised} [Vladimir Putin](vladimir-putin)."],
      ["MEET", "[Xi Jinping](xi-jinping) {met} [Vladimir Putin](vladimir-putin) in Moscow."],
    ],
  },
];

const ARTICLES: ArticleSpec[] = STORIES.map((story) => ({
  id: story.id,
  title: story.title,
  published: story.published,
  source: "Example Wire",
  url: `https://news.example/${story.id}`,
  sentences: story.statements.map((marked, index) => statement(`${story.id}-${index}`, marked)),
}));

let dir: string;
let store: SqliteStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-ego-"));
  store = openSqliteStore(dir, { create: true });
  await store.write(
    buildGraphBatch(
      Object.entries(PEOPLE).map(([id, name]) => ({ id, name, type: "PERSON" })),
      ARTICLES,
    ),
  );
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** "subject->object n", the way the cases below list pairs. */
const pair = (line: string): { subject: string; object: string; n: number } => {
  const match = /^(\S+)->(\S+) (\d+)$/.exec(line);
  if (!match) throw new Error(`test: "${line}" is not "subject->object n"`);
  return { subject: match[1] ?? "", object: match[2] ?? "", n: Number(match[3]) };
};

/** `pairs` with `more` added, in the view's order: strongest first, then by subject and object. */
function withPairs(pairs: string[], ...more: string[]): string[] {
  const strength = (line: string): number => pair(line).n;
  return [...pairs, ...more].sort((a, b) => strength(b) - strength(a) || (a < b ? -1 : a > b ? 1 : 0));
}

const KULEBA_TWO_HOPS = [
  "antony-blinken->sergei-lavrov 2",
  "dmytro-kuleba->antony-blinken 2",
  "antony-blinken->dmytro-kuleba 1",
  "antony-blinken->jens-stoltenberg 1",
  "dmytro-kuleba->sergei-lavrov 1",
  "jens-stoltenberg->wang-yi 1",
  "sergei-lavrov->antony-blinken 1",
  "sergei-lavrov->dmytro-kuleba 1",
  "sergei-lavrov->wang-yi 1",
  "wang-yi->sergei-lavrov 1",
];

const CASES: {
  title: string;
  query: Omit<GraphQuery, "limit"> & { focus: string; limit?: number };
  pairs: string[];
  total: number;
}[] = [
  {
    title: "one hop: the focus, its interlocutors and the pairs between them",
    query: { focus: "dmytro-kuleba", hops: 1 },
    pairs: [
      "antony-blinken->sergei-lavrov 2",
      "dmytro-kuleba->antony-blinken 2",
      "antony-blinken->dmytro-kuleba 1",
      "dmytro-kuleba->sergei-lavrov 1",
      "sergei-lavrov->antony-blinken 1",
      "sergei-lavrov->dmytro-kuleba 1",
    ],
    total: 6,
  },
  {
    title: "two hops: their interlocutors too, with the pairs between two of them, but not a third hop (Xi Jinping)",
    query: { focus: "dmytro-kuleba", hops: 2 },
    pairs: KULEBA_TWO_HOPS,
    total: 10,
  },
  {
    title: "two hops with negated statements: a meeting that did not happen is a hop",
    query: { focus: "dmytro-kuleba", hops: 2, includeNegated: true },
    pairs: withPairs(
      KULEBA_TWO_HOPS,
      "dmytro-kuleba->alexander-lukashenko 1",
      "alexander-lukashenko->vladimir-putin 1",
    ),
    total: 12,
  },
  {
    title: "two hops with hypothetical statements: an invitation on condition is a hop",
    query: { focus: "dmytro-kuleba", hops: 2, includeHypothetical: true },
    pairs: withPairs(KULEBA_TWO_HOPS, "josep-borrell->dmytro-kuleba 1"),
    total: 11,
  },
  {
    title: "a minimum count keeps the repeated pairs",
    query: { focus: "dmytro-kuleba", hops: 2, minCount: 2 },
    pairs: ["antony-blinken->sergei-lavrov 2", "dmytro-kuleba->antony-blinken 2"],
    total: 2,
  },
  {
    title: "a limit keeps the strongest, ties by subject then object",
    query: { focus: "dmytro-kuleba", hops: 2, limit: 3 },
    pairs: KULEBA_TWO_HOPS.slice(0, 3),
    total: 10,
  },
  {
    title: "two hops from Xi Jinping, through Wang Yi and Putin",
    query: { focus: "xi-jinping", hops: 2 },
    pairs: [
      "alexander-lukashenko->vladimir-putin 1",
      "jens-stoltenberg->wang-yi 1",
      "sergei-lavrov->wang-yi 1",
      "wang-yi->sergei-lavrov 1",
      "wang-yi->xi-jinping 1",
      "xi-jinping->vladimir-putin 1",
    ],
    total: 6,
  },
  {
    title: "nothing around an actor known only from a hypothetical statement",
    query: { focus: "josep-borrell", hops: 2 },
    pairs: [],
    total: 0,
  },
  {
    title: "two hops of verbal conflict only: the hops too must be conflicts, so Stoltenberg is out",
    query: { focus: "dmytro-kuleba", hops: 2, quads: ["VERBAL_CONFLICT"] },
    pairs: [
      "antony-blinken->sergei-lavrov 2",
      "dmytro-kuleba->sergei-lavrov 1",
      "sergei-lavrov->antony-blinken 1",
      "sergei-lavrov->dmytro-kuleba 1",
    ],
    total: 4,
  },
  {
    title: "a class and types together keep the types of that class (no warning by Kuleba)",
    query: { focus: "dmytro-kuleba", hops: 2, quads: ["VERBAL_CONFLICT"], relationTypes: ["WARN", "MEET"] },
    pairs: [],
    total: 0,
  },
  {
    title: "a class and types that share nothing show nothing",
    query: { focus: "antony-blinken", hops: 1, quads: ["MATERIAL_COOPERATION"], relationTypes: ["WARN"] },
    pairs: [],
    total: 0,
  },
  { title: "nothing around an unknown actor", query: { focus: "no-such-actor", hops: 2 }, pairs: [], total: 0 },
];

describe("ego networks on the embedded store", () => {
  it.each(CASES)("$title", async ({ query, pairs, total }) => {
    const graph = await store.graph({ limit: 100, ...query });
    const expected = pairs.map(pair);
    expect(
      graph.edges.map((edge) => ({ subject: edge.source, object: edge.target, n: edge.attributes?.count })),
    ).toEqual(expected);
    const actors = new Set([query.focus, ...expected.flatMap((p) => [p.subject, p.object])]);
    expect(graph.nodes.map((node) => node.key)).toEqual([...actors].filter((id) => id !== "no-such-actor").sort());
    expect(graph.attributes).toEqual({ totalEdges: total, shownEdges: expected.length });
  });

  it.each(CASES)("reads $title exactly as the statement-by-statement path", async ({ query }) => {
    // A date window that excludes nothing sends the query through the statements instead of pair_counts.
    expect(await store.graph({ limit: 100, ...query })).toEqual(
      await store.graph({ limit: 100, ...query, from: "1900-01-01" }),
    );
  });
});

describe("rankEgoPairs", () => {
  const strategies: {
    title: string;
    query: GraphQuery & { focus: string };
    options: Partial<EgoPairsOptions>;
    pairs: string[];
    total: number | null;
  }[] = [
    {
      title: "walks a small network whole and counts it",
      query: { focus: "dmytro-kuleba", hops: 2, limit: 3 },
      options: {},
      pairs: KULEBA_TWO_HOPS.slice(0, 3),
      total: 10,
    },
    {
      title:
        "reads strongest-first past the budget, finding the second hop actor by actor, and leaves the rest uncounted",
      query: { focus: "dmytro-kuleba", hops: 2, limit: 3 },
      options: { walkPairsPerEdge: 1 },
      pairs: KULEBA_TWO_HOPS.slice(0, 3),
      total: null,
    },
    {
      title: "reads strongest-first with the network listed when only the walk's last step is over the budget",
      query: { focus: "xi-jinping", hops: 2, limit: 2 },
      options: { walkPairsPerEdge: 3.5 },
      pairs: ["alexander-lukashenko->vladimir-putin 1", "jens-stoltenberg->wang-yi 1"],
      total: null,
    },
    {
      title: "counts the network when the strongest-first read runs out of pairs first",
      query: { focus: "dmytro-kuleba", hops: 2, limit: 20 },
      options: { walkPairsPerEdge: 0.05 },
      pairs: KULEBA_TWO_HOPS,
      total: 10,
    },
    {
      title: "counts the network when no pair is to be shown",
      query: { focus: "dmytro-kuleba", hops: 2, limit: 0 },
      options: {},
      pairs: [],
      total: 10,
    },
    {
      title: "walks after all when the budget goes by before the limit is reached",
      query: { focus: "xi-jinping", hops: 1, limit: 3 },
      options: { walkPairsPerEdge: 1 },
      pairs: ["wang-yi->xi-jinping 1", "xi-jinping->vladimir-putin 1"],
      total: 2,
    },
  ];
  it.each(strategies)("$title", ({ query, options, pairs, total }) => {
    expect(rankEgoPairs(store.db, query, options)).toEqual({ ranked: pairs.map(pair), total });
  });

  it.each([{ walkPairsPerEdge: 0 }, { walkPairsPerEdge: Number.NaN }, { walkPairsPerEdge: -5 }])(
    "rejects a walk budget of $walkPairsPerEdge",
    (options) => {
      expect(() => rankEgoPairs(store.db, { focus: "dmytro-kuleba", hops: 2, limit: 3 }, options)).toThrow(UsageError);
    },
  );
});
