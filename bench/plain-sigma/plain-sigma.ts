// The benchmark's baseline: the least a page can do to draw the same /api/graph answer with sigma 4 (import, random
// positions, fixed sizes, arrow heads as the viewer draws them), timed from navigation to its first drawn frame.
// Sizes are in pixels, as the viewer's (sigma 4 reads them in graph units by default: size 4 on positions in [0, 1]
// drew every node over the whole canvas, 10–18 s a frame under software WebGL); edges are hidden while the camera
// moves, as the viewer hides them above 2,000 edges.

import Graph from "graphology";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { extremityArrow, layerPlain, pathLine } from "sigma/rendering";

declare global {
  interface Window {
    plainSigmaFirstFrameMs?: number;
  }
}

const limit = new URLSearchParams(window.location.search).get("limit") ?? "500";
const response = await fetch(`/api/graph?limit=${encodeURIComponent(limit)}`);
const graph = new Graph({ type: "directed", allowSelfLoops: true });
graph.import(await response.json());
graph.forEachNode((node) =>
  graph.mergeNodeAttributes(node, { x: Math.random(), y: Math.random(), size: 4, color: "#0072b2" }),
);
graph.forEachEdge((edge) => graph.mergeEdgeAttributes(edge, { size: 1, color: "#cccccc" }));
const container = document.getElementById("graph");
if (!container) throw new Error("bench/plain-sigma: the page has no #graph element");
// Sigma renders synchronously in its constructor, so the first frame is drawn when it returns.
new Sigma(graph, container, {
  primitives: { edges: { paths: [pathLine()], extremities: [extremityArrow()], layers: [layerPlain()] } },
  styles: { nodes: DEFAULT_STYLES.nodes, edges: { ...DEFAULT_STYLES.edges, head: "arrow" } },
  settings: { itemSizesReference: "screen", zoomToSizeRatioFunction: () => 1, hideEdgesOnMove: true },
});
window.plainSigmaFirstFrameMs = performance.now();
