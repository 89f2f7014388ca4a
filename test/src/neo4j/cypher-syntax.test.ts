// Every Cypher statement newsgraph sends or writes, checked by Neo4j's own Cypher grammar and semantic analysis
// (@neo4j-cypher/language-support), so a syntax error is caught here and not first by a user's server.
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_STATEMENTS } from "../../../graph-schema/neo4j-model.ts";
import { batchGraphSource } from "../../../src/export/batch-graph-source.ts";
import { exportCypher, splitCypherScript } from "../../../src/export/export-cypher.ts";
import { stringSink } from "../../../src/export/text-sink.ts";
import { loadAnalystQueries } from "../../../src/neo4j/load-analyst-queries.ts";
import * as reader from "../../../src/neo4j/neo4j-reader.ts";
import * as viewerTables from "../../../src/neo4j/neo4j-viewer-tables.ts";
import { actorListCypher } from "../../../src/neo4j/neo4j-actor-list.ts";
import { ACTOR_LIST_SORTS } from "../../../graph-schema/index.ts";
import { SOURCE_CYPHER } from "../../../src/neo4j/neo4j-source.ts";
import { AFFILIATION_LOAD_CYPHER, planGraphLoad } from "../../../src/neo4j/plan-graph-load.ts";
import { ACTOR_EXISTS_FOR_REMAP_CYPHER, remapActorCypher } from "../../../src/neo4j/remap-actors.ts";
import { hostileBatch } from "./hostile-batch.ts";

async function everyStatement(): Promise<Array<[string, string]>> {
  const all: Array<[string, string]> = [];
  SCHEMA_STATEMENTS.forEach((cypher, i) => all.push([`schema ${i}`, cypher]));
  planGraphLoad(hostileBatch()).forEach((step) => all.push([`load ${step.kind} ${step.group}`, step.cypher]));
  all.push(["load affiliations", AFFILIATION_LOAD_CYPHER]);
  for (const [name, value] of Object.entries(reader)) if (typeof value === "string") all.push([`reader ${name}`, value]);
  for (const [name, cypher] of Object.entries(reader.STATS_CYPHER)) all.push([`stats ${name}`, cypher]);
  all.push(["reader outgoing", reader.relationCountsCypher("outgoing")], ["reader incoming", reader.relationCountsCypher("incoming")]);
  all.push(["reader path", reader.shortestPathCypher(4)]);
  for (const [name, value] of Object.entries(viewerTables)) if (typeof value === "string") all.push([`viewer ${name}`, value]);
  // The sorts differ only in their ORDER BY key (the linter is slow): a name, a count, a date with nulls last.
  all.push(["actor table by name", viewerTables.actorTableCypher("name", false)]);
  all.push(["actor table by statements in", viewerTables.actorTableCypher("in", true)]);
  all.push(["actor table by first date", viewerTables.actorTableCypher("first", false)]);
  for (const sort of ACTOR_LIST_SORTS) all.push([`actor list by ${sort}`, actorListCypher(sort)]);
  for (const [name, cypher] of Object.entries(SOURCE_CYPHER)) all.push([`source ${name}`, cypher]);
  remapActorCypher().forEach((cypher, i) => all.push([`remap ${i}`, cypher]));
  all.push(["remap exists", ACTOR_EXISTS_FOR_REMAP_CYPHER]);
  for (const query of loadAnalystQueries()) all.push([`analyst ${query.name}`, query.cypher]);
  const sink = stringSink();
  await exportCypher(batchGraphSource(hostileBatch()), sink, 2);
  // The script repeats each statement with other literal rows: check one of each shape (the linter is slow).
  const shapes = new Map<string, string>();
  for (const cypher of splitCypherScript(sink.text())) {
    const shape = cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?/g, "_");
    if (!shapes.has(shape)) shapes.set(shape, cypher);
  }
  [...shapes.values()].forEach((cypher, i) => all.push([`export script ${i}`, cypher]));
  const intSuite = readFileSync(new URL("./neo4j-store.int.test.ts", import.meta.url), "utf8");
  for (const match of intSuite.matchAll(/["`]((?:MATCH|SHOW)\b[^"`]*)["`]/g)) all.push(["integration suite", match[1]!]);
  return all;
}

describe("generated Cypher", () => {
  it("parses and passes Neo4j's semantic analysis, statement by statement", { timeout: 240_000 }, async () => {
    const statements = await everyStatement();
    expect(statements.length).toBeGreaterThan(100);
    const problems = statements.flatMap(([name, cypher]) =>
      lintCypherQuery(cypher, {})
        .map((d) => ({ severity: d.severity, message: typeof d.message === "string" ? d.message : d.message.value }))
        .filter((d) => d.severity === 1 && !/^Parameter \$\w+ is not defined/.test(d.message))
        .map((d) => `${name}: ${d.message}`),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    { cypher: "MATCH (a:Actor RETURN a", title: "an unclosed node pattern" },
    { cypher: "MATCH (a:Actor) RETURN count", title: "an undefined variable" },
  ])("would catch $title", ({ cypher }) => {
    expect(lintCypherQuery(cypher, {}).some((d) => d.severity === 1)).toBe(true);
  });
});
