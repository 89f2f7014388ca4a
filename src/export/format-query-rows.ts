// Renders rows of a Cypher query (plain values from the Neo4j store: nodes, relationships and paths as tagged
// objects) as an aligned text table, CSV or JSON, for `newsgraph query`.

import type { PlainNode, PlainPath, PlainRelationship } from "../neo4j/to-plain-value.ts";
import { csvField } from "./export-csv.ts";

export const QUERY_FORMATS = ["table", "json", "csv"] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/** Widest table cell, in characters; longer values end in an ellipsis (json and csv keep everything). */
export const MAX_TABLE_CELL_CHARS = 60;

const isTagged = (value: object, kind: "node" | "relationship" | "path"): boolean => {
  const tagged = value as { kind?: unknown; labels?: unknown; type?: unknown; nodes?: unknown };
  if (tagged.kind !== kind) return false;
  return kind === "node"
    ? Array.isArray(tagged.labels)
    : kind === "relationship"
      ? typeof tagged.type === "string"
      : Array.isArray(tagged.nodes);
};

function properties(props: Record<string, unknown>): string {
  const entries = Object.entries(props).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return entries.length > 0 ? ` {${entries.join(", ")}}` : "";
}

const nodeText = (node: PlainNode): string =>
  `(${node.labels.map((label) => `:${label}`).join("")}${properties(node.properties)})`;
const relationshipText = (rel: PlainRelationship): string => `[:${rel.type}${properties(rel.properties)}]`;
const shortNode = (node: PlainNode): string =>
  `(${String(node.properties.name ?? node.properties.id ?? node.labels.join(":"))})`;

/** One value as readable text: nodes `(:Actor {…})`, relationships `[:WARNS {…}]`, paths `(A)-[:WARNS]->(B)`. */
export function formatCypherValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value))
    return `[${value.map((item) => (typeof item === "string" ? JSON.stringify(item) : formatCypherValue(item))).join(", ")}]`;
  if (isTagged(value, "node")) return nodeText(value as PlainNode);
  if (isTagged(value, "relationship")) return relationshipText(value as PlainRelationship);
  if (isTagged(value, "path")) {
    const path = value as PlainPath;
    return path.nodes
      .map((node, i) => shortNode(node) + (path.relationships[i] ? `-[:${path.relationships[i]!.type}]->` : ""))
      .join("");
  }
  return JSON.stringify(value);
}

const columnsOf = (rows: readonly Record<string, unknown>[]): string[] => [
  ...new Set(rows.flatMap((row) => Object.keys(row))),
];

function table(rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return "(no rows)\n";
  const columns = columnsOf(rows);
  const clip = (text: string): string => {
    const flat = text.replace(/\s+/g, " ");
    return flat.length > MAX_TABLE_CELL_CHARS ? `${flat.slice(0, MAX_TABLE_CELL_CHARS - 1)}…` : flat;
  };
  const cells = rows.map((row) => columns.map((column) => clip(formatCypherValue(row[column]))));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: readonly string[]): string =>
    values
      .map((value, i) => value.padEnd(widths[i]!))
      .join(" | ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("-+-");
  const count = `${rows.length} row${rows.length === 1 ? "" : "s"}`;
  return [line(columns), rule, ...cells.map(line), count, ""].join("\n");
}

/**
 * The rows in `format`.
 *
 * @example formatQueryRows([{ warner: "NATO", warnings: 3 }], "table")
 */
export function formatQueryRows(rows: readonly Record<string, unknown>[], format: QueryFormat): string {
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === "csv") {
    const columns = columnsOf(rows);
    return [
      columns.map(csvField).join(","),
      ...rows.map((row) => columns.map((c) => csvField(formatCypherValue(row[c]))).join(",")),
      "",
    ].join("\n");
  }
  return table(rows);
}
