// Types of the two ForceAtlas2 modules the layout worker drives directly (the package types only its entry points):
// one iteration over the flat node and edge matrices, and the matrices' round trip to a graphology graph.

declare module "graphology-layout-forceatlas2/iterate.js" {
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}

declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology";
  const helpers: {
    graphToByteArrays(
      graph: Graph,
      getEdgeWeight: (edge: string, attributes: { weight: number }) => number,
    ): { nodes: Float32Array; edges: Float32Array };
    assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
  };
  export default helpers;
}
