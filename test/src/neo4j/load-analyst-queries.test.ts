import { describe, expect, it } from "vitest";
import { SchemaViolationError } from "../../../graph-schema/index.ts";
import { MODEL_LABELS, MODEL_RELATIONSHIP_TYPES } from "../../../graph-schema/neo4j-model.ts";
import { loadAnalystQueries, parseAnalystQueries } from "../../../src/neo4j/load-analyst-queries.ts";

const QUERIES = loadAnalystQueries();

/** Labels in node patterns `(x:A:B …` and types in relationship patterns `[r:A|B …`. */
function labelsAndTypes(cypher: string): { labels: string[]; types: string[] } {
  const labels = [...cypher.matchAll(/\(\s*\w*\s*((?::\w+)+)/g)].flatMap((m) => m[1]!.split(":").filter(Boolean));
  const types = [...cypher.matchAll(/\[\s*\w*\s*:\s*([\w|]+)/g)].flatMap((m) => m[1]!.split("|"));
  return { labels, types };
}

describe("loadAnalystQueries", () => {
  it("ships at least ten named, described queries", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(10);
    expect(QUERIES.map((q) => q.name)).toEqual([
      "who-warned-whom-most",
      "what-x-said-about-y",
      "statements-that-got-a-response",
      "longest-response-chains",
      "most-answered-actors",
      "bridging-actors",
      "evidence-for-an-edge",
      "actors-by-distinct-sources",
      "top-accusers-per-month",
      "negated-or-hypothetical-claims",
      "people-of-an-organisation",
      "conflict-and-cooperation-by-month",
    ]);
    for (const query of QUERIES) expect(query.description.length).toBeGreaterThan(20);
  });

  it.each(QUERIES)("$name uses only declared parameters, no string literals", ({ cypher, params }) => {
    const used = [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();
    expect(used).toEqual(Object.keys(params).sort());
    expect(cypher).not.toMatch(/['"]/);
    expect(cypher.endsWith(";")).toEqual(false);
  });

  it.each(QUERIES)("$name uses only labels and relationship types of the model", ({ cypher }) => {
    const { labels, types } = labelsAndTypes(cypher);
    expect(labels.length + types.length).toBeGreaterThan(0);
    expect(labels.filter((label) => !MODEL_LABELS.includes(label))).toEqual([]);
    expect(types.filter((type) => !MODEL_RELATIONSHIP_TYPES.includes(type))).toEqual([]);
  });

  it("reads continued descriptions and JSON params", () => {
    const [query] = parseAnalystQueries(
      '// header\n\n// name: demo\n// description: Who praised NATO\n//   in March.\n// params: {"limit": 5}\nMATCH (a:Actor)-[:PRAISES]->(:Actor) RETURN a LIMIT $limit;\n',
    );
    expect(query).toEqual({
      name: "demo",
      description: "Who praised NATO in March.",
      cypher: "MATCH (a:Actor)-[:PRAISES]->(:Actor) RETURN a LIMIT $limit",
      params: { limit: 5 },
    });
  });

  it.each([
    {
      title: "a repeated name",
      text: "// name: a\n// description: x\nRETURN 1;\n// name: a\n// description: y\nRETURN 2;",
    },
    { title: "params that are not JSON", text: "// name: a\n// description: x\n// params: {limit: 5}\nRETURN 1;" },
    { title: "a missing description", text: "// name: a\nRETURN 1;" },
  ])("rejects $title", ({ text }) => {
    expect(() => parseAnalystQueries(text)).toThrow(SchemaViolationError);
  });
});
