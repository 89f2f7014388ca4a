// Turns the API's ActorGraph into the graphology graph sigma draws. One API edge (an ordered actor pair) becomes one
// solid edge for its asserted statements and, when negated or hypothetical statements are shown, one dashed edge
// for those: sigma draws the parts of a pair, and the two directions of a reciprocal pair, as separate curves.
// Thickness follows the statement count on a fixed logarithmic scale, so the same count looks the same in every view.

import Graph from "graphology";
import type { ActorGraph, ActorNodeAttributes, RelationEdgeAttributes } from "../../graph-schema/index.ts";
import { QUAD_CLASS_COLORS } from "./palette.ts";

export interface DisplayNodeAttributes extends ActorNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Community id (stable across views, see community-colors.ts). */
  community: number;
  /** Always labelled: among the most important actors of the view for the chosen label density. */
  forceLabel: boolean;
}

/** Which statements of the pair a display edge draws. */
export type EdgePart = "asserted" | "hedged";

export interface DisplayEdgeAttributes extends RelationEdgeAttributes {
  /** The pair's key `subject->object`, shared by both parts; the view state selects pairs. */
  pair: string;
  part: EdgePart;
  /** Statements this part draws (asserted, or negated/hypothetical). */
  partCount: number;
  size: number;
  color: string;
}

export type DisplayGraph = Graph<DisplayNodeAttributes, DisplayEdgeAttributes>;

export const MIN_EDGE_SIZE_PX = 1.2;
export const EDGE_SIZE_PER_DECADE_PX = 2.2;
export const MAX_EDGE_SIZE_PX = 9;
/** Suffix of the dashed part's key when a pair has both parts (the primary part's key is the pair's). */
export const HEDGED_SUFFIX = "#hedged";

/**
 * Edge thickness in pixels: 1 statement → 1.2 px, each tenfold more → 2.2 px thicker (10 → 3.4, 100 → 5.6,
 * 1,000 → 7.8), at most 9 px.
 */
export function edgeSize(count: number): number {
  return Math.min(MAX_EDGE_SIZE_PX, MIN_EDGE_SIZE_PX + EDGE_SIZE_PER_DECADE_PX * Math.log10(Math.max(count, 1)));
}

/** The pair key `subject->object` of a display edge key. */
export function pairOf(edgeKey: string): string {
  return edgeKey.endsWith(HEDGED_SUFFIX) ? edgeKey.slice(0, -HEDGED_SUFFIX.length) : edgeKey;
}

/** The display edges of a pair (one or two). */
export function pairEdges(graph: DisplayGraph, pair: string): string[] {
  return [pair, `${pair}${HEDGED_SUFFIX}`].filter((key) => graph.hasEdge(key));
}

/** Builds the display graph; every node starts at (0, 0) until the layout places it. */
export function buildDisplayGraph(data: ActorGraph): DisplayGraph {
  const graph: DisplayGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const node of data.nodes ?? []) {
    const attributes = node.attributes as ActorNodeAttributes;
    graph.addNode(node.key, { ...attributes, x: 0, y: 0, size: 4, color: "#999999", community: -1, forceLabel: false });
  }
  for (const edge of data.edges ?? []) {
    const attributes = edge.attributes as RelationEdgeAttributes;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const pair = edge.key ?? `${edge.source}->${edge.target}`;
    // Stores from before the asserted count: every statement counts as asserted.
    const asserted = typeof attributes.asserted === "number" ? attributes.asserted : attributes.count;
    const hedged = attributes.count - asserted;
    const color = QUAD_CLASS_COLORS[attributes.quad];
    const parts: [EdgePart, number][] = [];
    if (asserted > 0) parts.push(["asserted", asserted]);
    if (hedged > 0) parts.push(["hedged", hedged]);
    parts.forEach(([part, partCount], i) => {
      graph.addDirectedEdgeWithKey(i === 0 ? pair : `${pair}${HEDGED_SUFFIX}`, edge.source, edge.target, {
        ...attributes,
        pair,
        part,
        partCount,
        size: edgeSize(partCount),
        color,
      });
    });
  }
  return graph;
}

/** A fingerprint of what the view draws (actors, pairs, counts): equal views share cached positions. */
export function viewFingerprint(graph: DisplayGraph): string {
  let hash = 0x811c9dc5;
  const mix = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  graph.forEachNode((node) => mix(`${node}\n`));
  graph.forEachEdge((edge, a) => mix(`${edge}:${a.partCount}\n`));
  return `${graph.order}-${graph.size}-${hash.toString(36)}`;
}
