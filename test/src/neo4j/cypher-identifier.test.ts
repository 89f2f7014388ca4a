import { describe, expect, it } from "vitest";
import { SchemaViolationError } from "../../../graph-schema/index.ts";
import { MODEL_LABELS, MODEL_RELATIONSHIP_TYPES } from "../../../graph-schema/neo4j-model.ts";
import {
  MAX_CYPHER_IDENTIFIER_LENGTH,
  escapeCypherIdentifier,
  modelLabel,
  modelRelationshipType,
} from "../../../src/neo4j/cypher-identifier.ts";
import { HOSTILE_ALIAS, HOSTILE_NAME } from "./hostile-batch.ts";

describe("escapeCypherIdentifier", () => {
  it.each([
    { name: "WARNS", expected: "`WARNS`" },
    { name: "APPEALS_TO", expected: "`APPEALS_TO`" },
    { name: "a`b", expected: "`a``b`" },
    { name: "``", expected: "``````" },
    { name: HOSTILE_NAME, expected: "`Evil``]->() DETACH DELETE n //`" },
    { name: HOSTILE_ALIAS, expected: "`}]->() DETACH DELETE n //`" },
    { name: "Grüße Straße", expected: "`Grüße Straße`" },
  ])("quotes $name", ({ name, expected }) => {
    expect(escapeCypherIdentifier(name)).toEqual(expected);
  });

  it("doubles every backtick, not only the first", () => {
    const escaped = escapeCypherIdentifier("x`y`z`");
    expect(escaped).toEqual("`x``y``z```");
    // Inside the quotes, backticks only ever come in pairs.
    expect(escaped.slice(1, -1).replaceAll("``", "")).not.toContain("`");
  });

  it.each([
    { title: "empty", name: "" },
    { title: "NUL", name: "WARNS\u0000" },
    { title: "over-long", name: "A".repeat(MAX_CYPHER_IDENTIFIER_LENGTH + 1) },
  ])("rejects an $title identifier", ({ name }) => {
    expect(() => escapeCypherIdentifier(name)).toThrow(SchemaViolationError);
  });
});

describe("modelLabel and modelRelationshipType", () => {
  it("accept every model label and type", () => {
    expect(MODEL_LABELS.map(modelLabel)).toEqual(MODEL_LABELS.map((label) => `\`${label}\``));
    expect(MODEL_RELATIONSHIP_TYPES.map(modelRelationshipType)).toEqual(
      MODEL_RELATIONSHIP_TYPES.map((type) => `\`${type}\``),
    );
  });

  it.each(["Person`) DETACH DELETE n //", "actor", "User", ""])("rejects the label %j", (label) => {
    expect(() => modelLabel(label)).toThrow(SchemaViolationError);
  });

  it.each([HOSTILE_NAME, "warns", "KNOWS"])("rejects the relationship type %j", (type) => {
    expect(() => modelRelationshipType(type)).toThrow(SchemaViolationError);
  });
});
