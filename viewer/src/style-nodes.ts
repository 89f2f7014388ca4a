// Node size by degree, weighted degree (statements) or PageRank, and colour by actor type or Louvain community;
// returns the legend entries for the chosen colouring.

import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank";
import { ACTOR_TYPES } from "../../graph-schema/index.ts";
import type { DisplayGraph } from "./build-display-graph.ts";
import type { NodeColorScheme, NodeSizeMetric } from "./view-state.ts";
import { ACTOR_TYPE_COLORS, COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR } from "./palette.ts";

export const MIN_NODE_SIZE_PX = 4;
export const MAX_NODE_SIZE_PX = 22;
/** Louvain runs with a fixed random source so communities and colours are the same on every load. */
const LOUVAIN_SEED = 42;

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

/** Raw metric value per node. */
export function nodeMetric(graph: DisplayGraph, metric: NodeSizeMetric): Map<string, number> {
  const values = new Map<string, number>();
  if (metric === "pagerank") {
    if (graph.order === 0) return values;
    const ranks = pagerank(graph, { getEdgeWeight: "count" });
    for (const [node, rank] of Object.entries(ranks)) values.set(node, rank);
    return values;
  }
  graph.forEachNode((node) => {
    if (metric === "degree") {
      values.set(node, graph.degreeWithoutSelfLoops(node));
      return;
    }
    let weight = 0;
    graph.forEachEdge(node, (_edge, attributes) => {
      weight += attributes.count;
    });
    values.set(node, weight);
  });
  return values;
}

/** Sets `size` on every node: square-root scale of the metric between MIN_NODE_SIZE_PX and MAX_NODE_SIZE_PX. */
export function applyNodeSizes(graph: DisplayGraph, metric: NodeSizeMetric): void {
  const values = nodeMetric(graph, metric);
  let max = 0;
  for (const value of values.values()) max = Math.max(max, value);
  graph.forEachNode((node) => {
    const t = max > 0 ? Math.sqrt((values.get(node) ?? 0) / max) : 0;
    graph.setNodeAttribute(node, "size", MIN_NODE_SIZE_PX + t * (MAX_NODE_SIZE_PX - MIN_NODE_SIZE_PX));
  });
}

/** Sets `color` (and `community` when colouring by community) on every node and returns the legend. */
export function applyNodeColors(graph: DisplayGraph, scheme: NodeColorScheme): LegendEntry[] {
  if (scheme === "type") {
    const counts = new Map<string, number>();
    graph.forEachNode((node, attributes) => {
      graph.setNodeAttribute(node, "color", ACTOR_TYPE_COLORS[attributes.actorType]);
      counts.set(attributes.actorType, (counts.get(attributes.actorType) ?? 0) + 1);
    });
    return ACTOR_TYPES.filter((type) => counts.has(type)).map((type) => ({
      label: type.charAt(0) + type.slice(1).toLowerCase(),
      color: ACTOR_TYPE_COLORS[type],
      count: counts.get(type) ?? 0,
    }));
  }
  return colorByCommunity(graph);
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

function colorByCommunity(graph: DisplayGraph): LegendEntry[] {
  if (graph.size === 0) {
    graph.forEachNode((node) => graph.setNodeAttribute(node, "color", OTHER_COMMUNITY_COLOR));
    return graph.order > 0 ? [{ label: "No relations", color: OTHER_COMMUNITY_COLOR, count: graph.order }] : [];
  }
  const partition = louvain(graph, { getEdgeWeight: "count", rng: seededRandom(LOUVAIN_SEED) });
  const sizes = new Map<number, number>();
  for (const community of Object.values(partition)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  // Largest communities get the palette colours, in order; the rest share grey.
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  const rank = new Map(ranked.map((community, i) => [community, i]));
  graph.forEachNode((node) => {
    const index = rank.get(partition[node] ?? -1) ?? Number.MAX_SAFE_INTEGER;
    graph.mergeNodeAttributes(node, { community: index, color: COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR });
  });
  const legend: LegendEntry[] = ranked.slice(0, COMMUNITY_COLORS.length).map((community, i) => ({
    label: `Community ${i + 1}`,
    color: COMMUNITY_COLORS[i] ?? OTHER_COMMUNITY_COLOR,
    count: sizes.get(community) ?? 0,
  }));
  const rest = ranked.slice(COMMUNITY_COLORS.length).reduce((sum, c) => sum + (sizes.get(c) ?? 0), 0);
  if (rest > 0) legend.push({ label: "Smaller communities", color: OTHER_COMMUNITY_COLOR, count: rest });
  return legend;
}
