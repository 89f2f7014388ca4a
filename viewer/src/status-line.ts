// The status line under the network: how many edges are drawn of how many match, how many actors, and what the
// store holds.

import { MAX_GRAPH_LIMIT, type ActorGraph, type StoreStats } from "../../graph-schema/index.ts";

const n = (value: number): string => value.toLocaleString("en");

/** "showing 500 of 1,234 edges · 222 actors · store: …". */
export function statusLine(data: ActorGraph, limit: number, stats: StoreStats | null): string {
  const edges = data.edges?.length ?? 0;
  const nodes = data.nodes?.length ?? 0;
  const attributes = (data.attributes ?? {}) as { totalEdges?: unknown };
  const total = typeof attributes.totalEdges === "number" ? attributes.totalEdges : null;
  const capped = edges >= Math.min(limit, MAX_GRAPH_LIMIT);
  const parts = [
    total !== null
      ? `showing ${n(edges)} of ${n(total)} edges`
      : `showing ${n(edges)} edges${capped ? ` (the ${n(edges)} strongest)` : ""}`,
    `${n(nodes)} actors`,
  ];
  if (stats) {
    parts.push(
      `store ${stats.name}: ${n(stats.actors)} actors, ${n(stats.relations)} statements, ${n(stats.articles)} articles`,
    );
  }
  return parts.join(" · ");
}
