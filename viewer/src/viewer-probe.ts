// A read-only window onto the running viewer for the browser tests and the benchmark: counts, highlight state,
// screen positions, what sigma would pick under a point, the labels drawn, the camera and timings. It exposes nothing
// the page does not already show.

import { pairOf, type DisplayGraph } from "./build-display-graph.ts";
import type { GraphView } from "./graph-view.ts";
import type { ViewState } from "./view-state.ts";

export interface ViewerProbe {
  /** Increments each time a graph response has been drawn. */
  graphVersion: number;
  /** performance.now() when the first frame with nodes was drawn, in ms since navigation. */
  firstFrameMs: number | null;
  state(): ViewState;
  nodes(): string[];
  /** The API's edges (actor pairs) on screen. */
  edges(): string[];
  /** The drawn edges: a pair with negated/hypothetical statements shown may be two (solid and dashed). */
  displayEdges(): { key: string; pair: string; part: string; dashed: boolean; size: number }[];
  highlightedNodes(): string[];
  /** Viewport (CSS pixel) position of a node, null when not on screen. */
  nodePosition(node: string): { x: number; y: number } | null;
  /** What sigma picks at a viewport point: a node, a display edge, or nothing. */
  hitAt(x: number, y: number): { kind: string; key: string } | null;
  /** Nodes whose labels are drawn now. */
  displayedLabels(): string[];
  /** Camera ratio (1: the whole network) and centre. */
  camera(): { x: number; y: number; ratio: number };
  /** Community id and colour per node. */
  communities(): Record<string, { community: number; color: string }>;
  layoutRunning(): boolean;
  /** Durations of the latest sigma renders (up to RENDER_HISTORY), in ms. */
  renderDurations: number[];
}

/** How many render durations the probe keeps. */
export const RENDER_HISTORY = 240;

declare global {
  interface Window {
    newsgraphProbe?: ViewerProbe;
  }
}

interface Picking {
  getHitAtPosition(position: { x: number; y: number }): { kind: string; key: string } | null;
}

/** Installs the probe on `window.newsgraphProbe`. */
export function installViewerProbe(view: GraphView, state: () => ViewState): ViewerProbe {
  const graph = (): DisplayGraph => view.getGraph();
  const probe: ViewerProbe = {
    graphVersion: 0,
    firstFrameMs: null,
    state,
    nodes: () => graph().nodes(),
    edges: () => [...new Set(graph().edges().map(pairOf))],
    displayEdges: () =>
      graph().mapEdges((key, a) => ({ key, pair: a.pair, part: a.part, dashed: a.part === "hedged", size: a.size })),
    highlightedNodes: () => view.highlightedNodes(),
    nodePosition: (node) => view.nodeViewportPosition(node),
    hitAt: (x, y) => {
      // Sigma's own picking (not public in sigma 4): the same lookup its click and hover handlers use.
      const hit = (view.sigma as unknown as Picking).getHitAtPosition({ x, y });
      return hit ? { kind: hit.kind, key: hit.key } : null;
    },
    displayedLabels: () => [...view.sigma.getNodeDisplayedLabels()].sort(),
    camera: () => {
      const { x, y, ratio } = view.sigma.getCamera().getState();
      return { x, y, ratio };
    },
    communities: () =>
      Object.fromEntries(graph().mapNodes((node, a) => [node, { community: a.community, color: a.color }])),
    layoutRunning: () => view.isLayoutRunning(),
    renderDurations: [],
  };
  let renderStart = 0;
  view.sigma.on("beforeRender", () => {
    renderStart = performance.now();
  });
  view.sigma.on("afterRender", () => {
    const now = performance.now();
    if (probe.firstFrameMs === null && view.getGraph().order > 0) probe.firstFrameMs = now;
    probe.renderDurations.push(now - renderStart);
    if (probe.renderDurations.length > RENDER_HISTORY) probe.renderDurations.shift();
  });
  window.newsgraphProbe = probe;
  return probe;
}
