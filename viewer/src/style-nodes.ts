// Node size by degree, weighted degree (statements) or PageRank; colour by actor type or remembered community;
// which actors are always labelled at the chosen label density. Returns the legend entries of the colouring.

import Graph from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank";
import { ACTOR_TYPES } from "../../graph-schema/index.ts";
import type { DisplayGraph } from "./build-display-graph.ts";
import { communityColor, type CommunityMemory } from "./community-colors.ts";
import { ACTOR_TYPE_COLORS, OTHER_COMMUNITY_COLOR } from "./palette.ts";
import type { LabelLevel, NodeColorScheme, NodeSizeMetric } from "./view-state.ts";

export const MIN_NODE_SIZE_PX = 4;
export const MAX_NODE_SIZE_PX = 22;

/** Actors always labelled at each label density, most important first (the rest where there is room). */
export const FORCED_LABELS: Readonly<Record<LabelLevel, number>> = { 1: 8, 2: 20, 3: 60, 4: Number.POSITIVE_INFINITY };
/** Sigma's own label density and size threshold for the other actors, per level. */
export const LABEL_SETTINGS: Readonly<
  Record<LabelLevel, { labelDensity: number; labelRenderedSizeThreshold: number }>
> = {
  1: { labelDensity: 0.2, labelRenderedSizeThreshold: 14 },
  2: { labelDensity: 0.7, labelRenderedSizeThreshold: 8 },
  3: { labelDensity: 1.5, labelRenderedSizeThreshold: 5 },
  4: { labelDensity: 100, labelRenderedSizeThreshold: 0 },
};

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

/** Raw metric value per node: distinct neighbours, statements, or PageRank over the actor pairs. */
export function nodeMetric(graph: DisplayGraph, metric: NodeSizeMetric): Map<string, number> {
  const values = new Map<string, number>();
  if (metric === "pagerank") {
    if (graph.order === 0) return values;
    // One edge per ordered pair, weighted by all its statements (the display graph may split a pair in two).
    const pairs = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
    graph.forEachNode((node) => pairs.addNode(node));
    graph.forEachEdge((_e, a, source, target) => {
      if (source !== target)
        pairs.updateEdge(source, target, (e: { count?: number }) => ({ count: (e.count ?? 0) + a.partCount }));
    });
    for (const [node, rank] of Object.entries(pagerank(pairs, { getEdgeWeight: "count" }))) values.set(node, rank);
    return values;
  }
  graph.forEachNode((node) => {
    if (metric === "degree") {
      let neighbours = 0;
      graph.forEachNeighbor(node, (other) => {
        if (other !== node) neighbours++;
      });
      values.set(node, neighbours);
      return;
    }
    let weight = 0;
    graph.forEachEdge(node, (_edge, attributes) => {
      weight += attributes.partCount;
    });
    values.set(node, weight);
  });
  return values;
}

/** Sets `size` on every node (square-root scale of the metric) and returns the metric, the actors' importance. */
export function applyNodeSizes(graph: DisplayGraph, metric: NodeSizeMetric): Map<string, number> {
  const values = nodeMetric(graph, metric);
  let max = 0;
  for (const value of values.values()) max = Math.max(max, value);
  graph.updateEachNodeAttributes(
    (node, a) => {
      const t = max > 0 ? Math.sqrt((values.get(node) ?? 0) / max) : 0;
      a.size = MIN_NODE_SIZE_PX + t * (MAX_NODE_SIZE_PX - MIN_NODE_SIZE_PX);
      return a;
    },
    { attributes: ["size"] },
  );
  return values;
}

/** The actors in order of importance (ties by statements, then id). */
export function rankByImportance(graph: DisplayGraph, importance: ReadonlyMap<string, number>): string[] {
  return graph
    .nodes()
    .sort(
      (a, b) =>
        (importance.get(b) ?? 0) - (importance.get(a) ?? 0) ||
        graph.getNodeAttribute(b, "statements") - graph.getNodeAttribute(a, "statements") ||
        (a < b ? -1 : 1),
    );
}

/** Marks the most important actors for the label density as always labelled. */
export function applyLabelDensity(graph: DisplayGraph, ranked: readonly string[], level: LabelLevel): void {
  const forced = new Set(ranked.slice(0, Math.min(ranked.length, FORCED_LABELS[level])));
  graph.updateEachNodeAttributes(
    (node, a) => {
      a.forceLabel = forced.has(node);
      return a;
    },
    { attributes: ["forceLabel"] },
  );
}

/** Sets `color` on every node and returns the legend. Communities must have been assigned. */
export function applyNodeColors(
  graph: DisplayGraph,
  scheme: NodeColorScheme,
  memory: CommunityMemory,
  ranked: readonly string[],
): LegendEntry[] {
  if (scheme === "type") {
    const counts = new Map<string, number>();
    graph.updateEachNodeAttributes(
      (_node, a) => {
        a.color = ACTOR_TYPE_COLORS[a.actorType];
        counts.set(a.actorType, (counts.get(a.actorType) ?? 0) + 1);
        return a;
      },
      { attributes: ["color"] },
    );
    return ACTOR_TYPES.filter((type) => counts.has(type)).map((type) => ({
      label: type.charAt(0) + type.slice(1).toLowerCase(),
      color: ACTOR_TYPE_COLORS[type],
      count: counts.get(type) ?? 0,
    }));
  }
  graph.updateEachNodeAttributes(
    (_node, a) => {
      a.color = communityColor(memory, a.community);
      return a;
    },
    { attributes: ["color"] },
  );
  // One entry per coloured community, named after its most important actor in the view, largest first.
  const entries = new Map<number, LegendEntry>();
  let other = 0;
  for (const node of ranked) {
    const a = graph.getNodeAttributes(node);
    if (a.color === OTHER_COMMUNITY_COLOR) {
      other++;
      continue;
    }
    const entry = entries.get(a.community);
    if (entry) entry.count++;
    else entries.set(a.community, { label: `Community of ${a.label}`, color: a.color, count: 1 });
  }
  const legend = [...entries.values()].sort((a, b) => b.count - a.count);
  if (other > 0) legend.push({ label: "Smaller communities", color: OTHER_COMMUNITY_COLOR, count: other });
  return legend;
}
