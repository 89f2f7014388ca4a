// The layout computation the worker runs: ForceAtlas2 over flat matrices from the given start, then noverlap. Pure
// and repeatable (no clock, noverlap's jitter seeded), so it is tested in Node and gives every browser the same
// picture of the same view.

import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import helpers from "graphology-layout-forceatlas2/helpers.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import noverlap from "graphology-layout-noverlap";
import { seededRandom } from "./community-colors.ts";
import type { LayoutRequest } from "./layout-protocol.ts";

/** ForceAtlas2 keeps 10 numbers per node; x and y are the first two. */
const PPN = 10;
/** About how many pixels the laid-out network spans on screen. */
const VIEW_PX = 700;
/** Room kept around each disc: its radius times DISC_ROOM, plus MARGIN_PX. */
const DISC_ROOM = 2;
const MARGIN_PX = 2;

export interface ForceLayoutRun {
  /** Runs up to `iterations` more iterations; returns how many have run in all. */
  step(iterations: number): number;
  /** Positions now, x and y per node. */
  positions(): Float32Array;
  /** Removes overlaps and returns the final positions. */
  finish(): Float32Array;
}

/** Prepares a layout of the request's nodes and edges from their given positions. */
export function createForceLayout(
  request: Pick<LayoutRequest, "xy" | "sizes" | "edges" | "noverlapIterations">,
): ForceLayoutRun {
  const order = request.xy.length / 2;
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  for (let i = 0; i < order; i++) {
    graph.addNode(String(i), { x: request.xy[i * 2], y: request.xy[i * 2 + 1], size: request.sizes[i] });
  }
  for (let e = 0; e + 2 < request.edges.length; e += 3) {
    const [s, t, w] = [request.edges[e] ?? 0, request.edges[e + 1] ?? 0, request.edges[e + 2] ?? 1];
    if (s !== t) graph.addEdge(String(s), String(t), { weight: w });
  }
  const settings = {
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > 300,
    edgeWeightInfluence: 1,
    // "Dissuade hubs": news networks have a few actors in most statements (Russia, Ukraine); without it they sit on
    // top of each other and the statements between them are hidden under their discs.
    outboundAttractionDistribution: true,
  };
  const matrices = helpers.graphToByteArrays(graph, (_edge, attributes) => attributes.weight);
  let done = 0;
  const positions = (): Float32Array => {
    const xy = new Float32Array(order * 2);
    for (let i = 0; i < order; i++) {
      xy[i * 2] = matrices.nodes[i * PPN] ?? 0;
      xy[i * 2 + 1] = matrices.nodes[i * PPN + 1] ?? 0;
    }
    return xy;
  };
  return {
    step(iterations) {
      if (order > 1) for (let i = 0; i < iterations; i++) iterate(settings, matrices.nodes, matrices.edges);
      done += iterations;
      return done;
    },
    positions,
    finish() {
      helpers.assignLayoutChanges(graph, matrices.nodes, null);
      // Sizes are screen pixels, positions layout units: give noverlap the discs as they will be drawn (the layout's
      // extent fills about VIEW_PX), with room around each so the curves between two big actors stay visible.
      const xs = graph.mapNodes((_n, a) => a.x as number);
      const ys = graph.mapNodes((_n, a) => a.y as number);
      const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
      const unitsPerPx = extent / VIEW_PX;
      graph.updateEachNodeAttributes((_n, a) => ({ ...a, size: (a.size as number) * unitsPerPx }));
      const random = Math.random;
      Math.random = seededRandom(order);
      try {
        noverlap.assign(graph, {
          maxIterations: request.noverlapIterations,
          settings: { margin: MARGIN_PX * unitsPerPx, ratio: DISC_ROOM },
        });
      } finally {
        Math.random = random;
      }
      const xy = new Float32Array(order * 2);
      graph.forEachNode((node, a) => {
        const i = Number(node);
        xy[i * 2] = a.x as number;
        xy[i * 2 + 1] = a.y as number;
      });
      return xy;
    },
  };
}
