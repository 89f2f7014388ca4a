// A read-only window onto the running viewer for the browser tests and the benchmark: counts, highlight state,
// screen positions and timings. It exposes nothing the page does not already show.

import type { DisplayGraph } from "./build-display-graph.ts";
import type { GraphView } from "./graph-view.ts";
import type { ViewState } from "./view-state.ts";

export interface ViewerProbe {
  /** Increments each time a graph response has been drawn. */
  graphVersion: number;
  /** performance.now() when the first frame with nodes was drawn, in ms since navigation. */
  firstFrameMs: number | null;
  state(): ViewState;
  nodes(): string[];
  edges(): string[];
  highlightedNodes(): string[];
  /** Viewport (CSS pixel) position of a node, null when not on screen. */
  nodePosition(node: string): { x: number; y: number } | null;
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

/** Installs the probe on `window.newsgraphProbe`. */
export function installViewerProbe(view: GraphView, state: () => ViewState): ViewerProbe {
  const graph = (): DisplayGraph => view.getGraph();
  const probe: ViewerProbe = {
    graphVersion: 0,
    firstFrameMs: null,
    state,
    nodes: () => graph().nodes(),
    edges: () => graph().edges(),
    highlightedNodes: () => view.highlightedNodes(),
    nodePosition: (node) => {
      const data = view.sigma.getNodeDisplayData(node);
      return data ? view.sigma.framedGraphToViewport(data) : null;
    },
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
