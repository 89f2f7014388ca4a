// Turns the API's ActorGraph into the graphology graph sigma draws: positions (kept from the previous view so a
// filter change does not reshuffle the picture), edge colour by quad class, thickness by statement count, arrows.

import Graph from "graphology";
import type { ActorGraph, ActorNodeAttributes, RelationEdgeAttributes } from "../../graph-schema/index.ts";
import { QUAD_CLASS_COLORS } from "./palette.ts";

export interface DisplayNodeAttributes extends ActorNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Louvain community index, set by styleNodes. */
  community?: number;
}

export interface DisplayEdgeAttributes extends RelationEdgeAttributes {
  size: number;
  color: string;
  type: "arrow";
}

export type DisplayGraph = Graph<DisplayNodeAttributes, DisplayEdgeAttributes>;

export const MIN_EDGE_SIZE_PX = 1.5;
export const MAX_EDGE_SIZE_PX = 8;
const SEED_RADIUS = 100;

/** Deterministic pseudo-random point for a node id (FNV-1a), so the same data always starts from the same picture. */
export function seedPosition(id: string): { x: number; y: number } {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = SEED_RADIUS * Math.sqrt((h >>> 16) / 0x10000);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Edge thickness: logarithmic in the statement count, between MIN_EDGE_SIZE_PX and MAX_EDGE_SIZE_PX. */
export function edgeSize(count: number, maxCount: number): number {
  if (maxCount <= 1) return MIN_EDGE_SIZE_PX;
  const t = Math.log(Math.max(count, 1)) / Math.log(maxCount);
  return MIN_EDGE_SIZE_PX + t * (MAX_EDGE_SIZE_PX - MIN_EDGE_SIZE_PX);
}

/**
 * Builds the display graph. `previous` supplies positions of nodes already on screen; a new node starts next to an
 * already placed neighbour when it has one, else at its seed position.
 */
export function buildDisplayGraph(data: ActorGraph, previous?: DisplayGraph): DisplayGraph {
  const graph: DisplayGraph = new Graph({ type: "directed", multi: false, allowSelfLoops: true });
  const nodes = data.nodes ?? [];
  const edges = data.edges ?? [];
  for (const node of nodes) {
    const attributes = node.attributes as ActorNodeAttributes;
    const old = previous?.hasNode(node.key) ? previous.getNodeAttributes(node.key) : undefined;
    const position = old ? { x: old.x, y: old.y } : seedPosition(node.key);
    graph.addNode(node.key, { ...attributes, ...position, size: 4, color: "#999999" });
  }
  const maxCount = edges.reduce((max, e) => Math.max(max, (e.attributes as RelationEdgeAttributes).count), 1);
  for (const edge of edges) {
    const attributes = edge.attributes as RelationEdgeAttributes;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const key = edge.key ?? `${edge.source}->${edge.target}`;
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
      ...attributes,
      size: edgeSize(attributes.count, maxCount),
      color: QUAD_CLASS_COLORS[attributes.quad],
      type: "arrow",
    });
  }
  if (previous) placeNewNodesNearNeighbours(graph, previous);
  return graph;
}

function placeNewNodesNearNeighbours(graph: DisplayGraph, previous: DisplayGraph): void {
  graph.forEachNode((node) => {
    if (previous.hasNode(node)) return;
    const placed = graph.neighbors(node).find((n) => previous.hasNode(n));
    if (placed === undefined) return;
    const anchor = graph.getNodeAttributes(placed);
    const jitter = seedPosition(node);
    graph.mergeNodeAttributes(node, { x: anchor.x + jitter.x / 20, y: anchor.y + jitter.y / 20 });
  });
}
