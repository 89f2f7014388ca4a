// Which nodes and edges stand out: a node with its neighbours (hover, search focus) or a path (both directions and
// both parts of each hop's pair). Pure, so the rule can be tested without a browser.

import type { DisplayGraph } from "./build-display-graph.ts";

export interface GraphHighlight {
  nodes: Set<string>;
  edges: Set<string>;
  /** What the highlight is about (the actor, or the path's actors): always labelled; the rest where room allows. */
  centre: Set<string>;
}

/** The node, its neighbours in both directions and the edges that join the node to them. */
export function neighbourhoodHighlight(graph: DisplayGraph, node: string): GraphHighlight | null {
  if (!graph.hasNode(node)) return null;
  const nodes = new Set<string>([node, ...graph.neighbors(node)]);
  const edges = new Set<string>(graph.edges(node));
  return { nodes, edges, centre: new Set([node]) };
}

/** The path's nodes that are on screen and the edges (either direction) between consecutive ones. */
export function pathHighlight(graph: DisplayGraph, path: readonly string[]): GraphHighlight {
  const nodes = new Set(path.filter((node) => graph.hasNode(node)));
  const edges = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] ?? "";
    const b = path[i] ?? "";
    if (!graph.hasNode(a) || !graph.hasNode(b)) continue;
    for (const edge of [...graph.edges(a, b), ...graph.edges(b, a)]) edges.add(edge);
  }
  return { nodes, edges, centre: new Set(nodes) };
}
