import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_STATEMENTS, roleRelationshipType } from "../../../graph-schema/neo4j-model.ts";
import { applySchema } from "../../../src/neo4j/apply-schema.ts";
import { FakeSession } from "./fake-session.ts";

const SCHEMA_FILE = new URL("../../../graph-schema/cypher/schema.cypher", import.meta.url);

/** Statements of a .cypher file: comments dropped, split on `;`. */
function cypherFileStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((statement) => statement.replace(/\s+/g, " ").trim())
    .filter((statement) => statement.length > 0);
}

describe("schema.cypher", () => {
  it("holds exactly SCHEMA_STATEMENTS, in order", () => {
    expect(cypherFileStatements(readFileSync(SCHEMA_FILE, "utf8"))).toEqual([...SCHEMA_STATEMENTS]);
  });

  it("is idempotent: every statement says IF NOT EXISTS", () => {
    expect(SCHEMA_STATEMENTS.filter((statement) => !statement.includes(" IF NOT EXISTS "))).toEqual([]);
  });
});

describe("applySchema", () => {
  it("runs each statement in its own write transaction", async () => {
    const session = new FakeSession();
    expect(await applySchema(session)).toEqual(SCHEMA_STATEMENTS.length);
    expect(session.queries).toEqual(SCHEMA_STATEMENTS.map((cypher) => ({ mode: "WRITE", cypher, params: {} })));
  });
});

describe("roleRelationshipType", () => {
  it.each([
    { title: "spokesman", expected: "SPOKESPERSON_OF" },
    { title: "Press Secretary", expected: "SPOKESPERSON_OF" },
    { title: "deputy foreign minister", expected: "MINISTER_OF" },
    { title: "Prime Minister", expected: "HEAD_OF" },
    { title: "Secretary of State", expected: "MINISTER_OF" },
    { title: "ambassador to the UN", expected: "ENVOY_OF" },
    { title: "Secretary General", expected: "HEAD_OF" },
    { title: "President", expected: "HEAD_OF" },
    { title: "senior adviser", expected: "OFFICIAL_OF" },
  ])("maps $title to $expected", ({ title, expected }) => {
    expect(roleRelationshipType(title)).toEqual(expected);
  });
});
