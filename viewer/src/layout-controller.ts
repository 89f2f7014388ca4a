// The main-thread side of the layout: sends a view's start positions and weighted edges to the layout worker,
// applies the positions it posts back, and reports when the layout runs and when it has finished (so the finished
// picture can be cached). The start/stop button drives it.

import type { DisplayGraph } from "./build-display-graph.ts";
import { layoutIterations, layoutWeight, type LayoutRequest, type LayoutUpdate } from "./layout-protocol.ts";

/** Iterations between two position updates on screen. */
export const LAYOUT_CHUNK = 10;
/** Above this many edges the layout shows only its end: redrawing them every chunk would keep the page busy. */
export const ANIMATED_LAYOUT_MAX_EDGES = 2_000;
export const NOVERLAP_ITERATIONS = 60;

export interface LayoutEvents {
  onChange: (running: boolean) => void;
  /** The layout of `graph` finished (or was stopped) with these positions, in the order of graph.nodes(). */
  onDone: (graph: DisplayGraph, xy: Float32Array) => void;
}

/** The request for a graph's layout: nodes in graph order, edges weighted by statements and community. */
export function layoutRequest(graph: DisplayGraph, run: number, iterations: number): LayoutRequest {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const xy = new Float32Array(nodes.length * 2);
  const sizes = new Float32Array(nodes.length);
  nodes.forEach((node, i) => {
    const a = graph.getNodeAttributes(node);
    xy[i * 2] = a.x;
    xy[i * 2 + 1] = a.y;
    sizes[i] = a.size;
  });
  const edges = new Float32Array(graph.size * 3);
  let e = 0;
  graph.forEachEdge((_edge, a, source, target, sa, ta) => {
    edges[e++] = index.get(source) ?? 0;
    edges[e++] = index.get(target) ?? 0;
    edges[e++] = layoutWeight(a.partCount, sa.community === ta.community);
  });
  return {
    run,
    xy,
    sizes,
    edges,
    iterations,
    chunk: LAYOUT_CHUNK,
    progress: graph.size <= ANIMATED_LAYOUT_MAX_EDGES,
    noverlapIterations: NOVERLAP_ITERATIONS,
  };
}

/** Owns the layout worker; one layout runs at a time. */
export class LayoutController {
  private readonly events: LayoutEvents;
  private worker: Worker | null = null;
  private run = 0;
  private running = false;
  private graph: DisplayGraph | null = null;
  private nodes: string[] = [];

  constructor(events: LayoutEvents) {
    this.events = events;
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Lays out `graph` from its current positions: fully from a seeded start, briefly to settle a changed view. */
  start(graph: DisplayGraph, fromScratch: boolean): void {
    if (graph.order < 2) {
      this.events.onDone(graph, new Float32Array(graph.order * 2));
      return;
    }
    this.graph = graph;
    this.nodes = graph.nodes();
    this.running = true;
    this.events.onChange(true);
    const request = layoutRequest(graph, ++this.run, layoutIterations(graph.order, fromScratch));
    this.ensureWorker().postMessage(request, [request.xy.buffer, request.sizes.buffer, request.edges.buffer]);
  }

  /** Asks the worker to stop now; it still removes overlaps and reports the positions it reached. */
  stop(): void {
    if (this.running) this.worker?.postMessage({ type: "stop" });
  }

  /** Forgets the running layout (its graph is being replaced). */
  cancel(): void {
    this.run++;
    if (this.running) {
      this.running = false;
      this.worker?.postMessage({ type: "stop" });
      this.events.onChange(false);
    }
  }

  kill(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
      this.worker.onmessage = (event: MessageEvent<LayoutUpdate>) => this.receive(event.data);
    }
    return this.worker;
  }

  private receive(update: LayoutUpdate): void {
    const graph = this.graph;
    if (update.run !== this.run || !graph) return;
    const position = new Map(this.nodes.map((node, i) => [node, i]));
    graph.updateEachNodeAttributes(
      (node, a) => {
        const i = position.get(node);
        if (i === undefined) return a;
        a.x = update.xy[i * 2] ?? a.x;
        a.y = update.xy[i * 2 + 1] ?? a.y;
        return a;
      },
      { attributes: ["x", "y"] },
    );
    if (update.done) {
      this.running = false;
      this.events.onChange(false);
      this.events.onDone(graph, update.xy);
    }
  }
}
