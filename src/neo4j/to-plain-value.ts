// Converts driver values to plain JSON-able data, once, at the store boundary: Integers become numbers (or
// decimal strings beyond 2^53), temporal values ISO strings, nodes/relationships/paths tagged objects.

import neo4j from "neo4j-driver";

export interface PlainNode {
  kind: "node";
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  kind: "relationship";
  type: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  kind: "path";
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toPlainValue(value);
  return out;
}

function plainNode(node: { labels: string[]; properties: Record<string, unknown> }): PlainNode {
  return { kind: "node", labels: [...node.labels], properties: plainProperties(node.properties) };
}

function plainRelationship(rel: { type: string; properties: Record<string, unknown> }): PlainRelationship {
  return { kind: "relationship", type: rel.type, properties: plainProperties(rel.properties) };
}

/**
 * A driver value as plain data. Integers in the safe range become numbers, larger ones decimal strings (never a
 * silently rounded number).
 *
 * @example toPlainValue(neo4j.int(42)) // 42
 */
export function toPlainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (typeof value === "bigint") {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (neo4j.isNode(value)) return plainNode(value);
  if (neo4j.isRelationship(value) || neo4j.isUnboundRelationship(value)) return plainRelationship(value);
  if (neo4j.isPath(value)) {
    const nodes = [plainNode(value.start)];
    const relationships: PlainRelationship[] = [];
    for (const segment of value.segments) {
      relationships.push(plainRelationship(segment.relationship));
      nodes.push(plainNode(segment.end));
    }
    return { kind: "path", nodes, relationships } satisfies PlainPath;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return value.toString();
  }
  return plainProperties(value as Record<string, unknown>);
}

/** A record's columns as plain data. */
export function toPlainRow(record: { toObject(): Record<string, unknown> }): Record<string, unknown> {
  return plainProperties(record.toObject());
}

/**
 * Parameters for user-written Cypher: integral numbers become Neo4j Integers (JavaScript numbers travel as floats,
 * and `LIMIT $n` or `range(0, $n)` need integers), recursively through lists and maps.
 */
export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}
