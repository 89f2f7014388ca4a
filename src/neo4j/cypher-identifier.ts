// The one place identifiers (labels, relationship types, map keys) are written into Cypher text. Values never
// are: they travel as parameters. Labels and types must also come from the model (graph-schema/neo4j-model.ts).

import { SchemaViolationError } from "../../graph-schema/index.ts";
import { MODEL_LABELS, MODEL_RELATIONSHIP_TYPES } from "../../graph-schema/neo4j-model.ts";

/** Neo4j rejects identifiers longer than this many UTF-16 code units. */
export const MAX_CYPHER_IDENTIFIER_LENGTH = 16_383;

/**
 * Quote an identifier with backticks, doubling any backtick inside, so no input can leave the identifier.
 * Rejects the empty string, NUL and over-long names, which Neo4j would refuse anyway.
 *
 * @example escapeCypherIdentifier("WARNS") // "`WARNS`"
 * @example escapeCypherIdentifier("a`b") // "`a``b`"
 */
export function escapeCypherIdentifier(name: string): string {
  if (typeof name !== "string" || name.length === 0) {
    throw new SchemaViolationError(
      "src/neo4j/cypher-identifier: expected a non-empty Cypher identifier, found an empty one",
    );
  }
  if (name.includes("\u0000")) {
    throw new SchemaViolationError("src/neo4j/cypher-identifier: a Cypher identifier cannot contain NUL", {
      hint: "remove the NUL character from the name",
    });
  }
  if (name.length > MAX_CYPHER_IDENTIFIER_LENGTH) {
    throw new SchemaViolationError(
      `src/neo4j/cypher-identifier: expected an identifier of at most ${MAX_CYPHER_IDENTIFIER_LENGTH} characters, found ${name.length}`,
    );
  }
  return "`" + name.replaceAll("`", "``") + "`";
}

/** A label from the model, escaped; throws SchemaViolationError for any other label. */
export function modelLabel(label: string): string {
  if (!MODEL_LABELS.includes(label)) {
    throw new SchemaViolationError(
      `src/neo4j/cypher-identifier: expected a label of the newsgraph model (${MODEL_LABELS.join(", ")}), found ${JSON.stringify(label)}`,
    );
  }
  return escapeCypherIdentifier(label);
}

/** A relationship type from the model, escaped; throws SchemaViolationError for any other type. */
export function modelRelationshipType(type: string): string {
  if (!MODEL_RELATIONSHIP_TYPES.includes(type)) {
    throw new SchemaViolationError(
      `src/neo4j/cypher-identifier: expected a relationship type of the newsgraph model, found ${JSON.stringify(type)}`,
      { hint: "add it to graph-schema/neo4j-model.ts or relation-vocabulary.ts first" },
    );
  }
  return escapeCypherIdentifier(type);
}
