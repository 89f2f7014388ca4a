// Runs ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), stops it after convergence or a time
// budget, then removes node overlaps with noverlap. The start/stop button drives it.

import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { DisplayGraph } from "./build-display-graph.ts";

export interface LayoutOptions {
  /** Longest run before the layout stops itself, in ms. */
  maxRunMs: number;
  /** How often movement is checked, in ms. */
  checkIntervalMs: number;
  /** Mean node displacement per check, as a fraction of the layout's diagonal, below which it counts as converged. */
  convergedRatio: number;
  noverlapIterations: number;
}

export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = {
  maxRunMs: 6_000,
  checkIntervalMs: 500,
  convergedRatio: 0.002,
  noverlapIterations: 60,
};

/** Validates and completes partial layout options. */
export function resolveLayoutOptions(partial: Partial<LayoutOptions> = {}): LayoutOptions {
  const options = { ...DEFAULT_LAYOUT_OPTIONS, ...partial };
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`viewer/layout-controller: option ${name} must be a non-negative number, got ${value}`);
    }
  }
  return options;
}

/** Owns the layout worker of one graph; call kill() before dropping the graph. */
export class LayoutController {
  private readonly graph: DisplayGraph;
  private readonly options: LayoutOptions;
  private readonly onChange: (running: boolean) => void;
  private supervisor: FA2LayoutSupervisor | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private startedAt = 0;
  private lastPositions = new Map<string, [number, number]>();

  constructor(graph: DisplayGraph, onChange: (running: boolean) => void, options: Partial<LayoutOptions> = {}) {
    this.graph = graph;
    this.options = resolveLayoutOptions(options);
    this.onChange = onChange;
  }

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  start(): void {
    if (this.isRunning() || this.graph.order < 2) return;
    if (!this.supervisor) {
      const settings = forceAtlas2.inferSettings(this.graph);
      this.supervisor = new FA2LayoutSupervisor(this.graph, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 300, edgeWeightInfluence: 0.5 },
        getEdgeWeight: "count",
      });
    }
    this.supervisor.start();
    this.startedAt = performance.now();
    this.snapshot();
    this.timer = setInterval(() => this.check(), this.options.checkIntervalMs);
    this.onChange(true);
  }

  /** Stops the layout and removes overlaps. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.isRunning()) return;
    this.supervisor?.stop();
    noverlap.assign(this.graph, {
      maxIterations: this.options.noverlapIterations,
      settings: { margin: 2, ratio: 1.2 },
    });
    this.onChange(false);
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  kill(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.supervisor?.kill();
    this.supervisor = null;
  }

  private snapshot(): number {
    let moved = 0;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    const next = new Map<string, [number, number]>();
    this.graph.forEachNode((node, { x, y }) => {
      const old = this.lastPositions.get(node);
      if (old) moved += Math.hypot(x - old[0], y - old[1]);
      next.set(node, [x, y]);
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    });
    this.lastPositions = next;
    const diagonal = Math.hypot(maxX - minX, maxY - minY);
    return this.graph.order > 0 && diagonal > 0 ? moved / this.graph.order / diagonal : 0;
  }

  private check(): void {
    const relativeDisplacement = this.snapshot();
    const elapsed = performance.now() - this.startedAt;
    if (elapsed >= this.options.maxRunMs || relativeDisplacement < this.options.convergedRatio) this.stop();
  }
}
