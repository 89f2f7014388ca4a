// Messages between the viewer and its layout worker, and the iteration budget of a layout. Positions travel as
// flat Float32Arrays in the order of the graph's nodes when the layout started.

export interface LayoutRequest {
  /** Increments with each request; updates of an older run are dropped. */
  run: number;
  /** x, y per node. */
  xy: Float32Array;
  /** Displayed size per node (noverlap keeps them apart). */
  sizes: Float32Array;
  /** source index, target index, weight per edge. */
  edges: Float32Array;
  iterations: number;
  /** Iterations between two checks for a stop (and position updates, with `progress`). */
  chunk: number;
  /** Post positions after every chunk, so the picture settles on screen; else only the final positions. */
  progress: boolean;
  noverlapIterations: number;
}

export interface LayoutUpdate {
  run: number;
  iteration: number;
  done: boolean;
  xy: Float32Array;
}

/** ForceAtlas2 iterations for a layout from the seeded start: enough to settle, fewer on large graphs. */
export function layoutIterations(order: number, fromScratch: boolean): number {
  const full = order <= 500 ? 400 : order <= 2_000 ? 250 : 150;
  return fromScratch ? full : Math.round(full / 4);
}

/** An edge's pull in the layout: grows with its statements, much weaker across communities (regions stay apart). */
export function layoutWeight(statements: number, sameCommunity: boolean): number {
  return Math.log1p(statements) * (sameCommunity ? 1 : 0.15);
}
