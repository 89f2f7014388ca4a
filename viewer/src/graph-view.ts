// The sigma 4 renderer and everything drawn on it: the display graph with its communities, sizes, colours and
// labels; where nodes are (cached, kept from the previous view, or laid out from community regions); hover and
// selection highlights as sigma states; the camera (focus, fit, reset).

import type { ActorGraph } from "../../graph-schema/index.ts";
import { buildDisplayGraph, pairEdges, viewFingerprint, type DisplayGraph } from "./build-display-graph.ts";
import {
  assignCommunities,
  createCommunityMemory,
  detectCommunities,
  type CommunityMemory,
} from "./community-colors.ts";
import { neighbourhoodHighlight, pathHighlight, type GraphHighlight } from "./graph-highlight.ts";
import { readCachedLayout, writeCachedLayout } from "./layout-cache.ts";
import { LayoutController } from "./layout-controller.ts";
import { seedCommunityRegions } from "./seed-layout.ts";
import { createViewerSigma, type ViewerSigma } from "./sigma-styles.ts";
import {
  LABEL_SETTINGS,
  applyLabelDensity,
  applyNodeColors,
  applyNodeSizes,
  rankByImportance,
  type LegendEntry,
} from "./style-nodes.ts";
import type { LabelLevel, NodeColorScheme, NodeSizeMetric } from "./view-state.ts";

export interface GraphViewEvents {
  onClickNode: (node: string) => void;
  /** A pair `subject->object` was clicked. */
  onClickEdge: (pair: string) => void;
  onClickStage: () => void;
  onLayoutChange: (running: boolean) => void;
  onLegend: (legend: LegendEntry[]) => void;
}

export interface DisplayChoices {
  size: NodeSizeMetric;
  color: NodeColorScheme;
  labels: LabelLevel;
}

/** Above this many edges, edges are hidden while the camera moves, so panning stays fluid. */
export const LARGE_GRAPH_EDGES = 2_000;
/** A view keeps the previous positions when at least this share of its actors were on screen. */
const KEEP_POSITIONS_SHARE = 0.5;
/** Room around focused nodes, as a factor of their extent. */
const FOCUS_MARGIN = 1.6;
/** Closest zoom when focusing a lone node (camera ratio; 1 shows the whole graph). */
const MIN_FOCUS_RATIO = 0.12;

/** The sigma states the view has set, by kind. */
function emptyApplied() {
  return {
    nodes: new Set<string>(),
    centre: new Set<string>(),
    edges: new Set<string>(),
    selected: new Set<string>(),
    path: new Set<string>(),
  };
}

/** Owns the sigma instance and the graph on screen. */
export class GraphView {
  readonly sigma: ViewerSigma;
  private graph: DisplayGraph;
  private readonly layout: LayoutController;
  private readonly events: GraphViewEvents;
  private readonly memory: CommunityMemory = createCommunityMemory();
  private choices: DisplayChoices;
  private importance = new Map<string, number>();
  private ranked: string[] = [];
  private hoverHighlight: GraphHighlight | null = null;
  private selection: GraphHighlight | null = null;
  private selectionIsPath = false;
  private selectedPair: string | null = null;
  private applied = emptyApplied();
  private focus: string[] | null = null;

  constructor(container: HTMLElement, events: GraphViewEvents, choices: DisplayChoices) {
    this.events = events;
    this.choices = choices;
    this.graph = buildDisplayGraph({
      attributes: { totalEdges: 0, shownEdges: 0 },
      options: { type: "directed" },
      nodes: [],
      edges: [],
    });
    this.layout = new LayoutController({
      onChange: events.onLayoutChange,
      onDone: (graph, xy) => {
        if (graph === this.graph) writeCachedLayout(viewFingerprint(graph), xy);
      },
    });
    this.sigma = createViewerSigma(this.graph, container);
    this.sigma.on("enterNode", ({ node }) => this.setHovered(node));
    this.sigma.on("leaveNode", () => this.setHovered(null));
    this.sigma.on("clickNode", ({ node }) => events.onClickNode(node));
    this.sigma.on("clickEdge", ({ edge }) => events.onClickEdge(this.graph.getEdgeAttribute(edge, "pair")));
    this.sigma.on("clickStage", () => events.onClickStage());
    // The panel opening or closing changes the container's size; keep what was focused in view.
    new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh();
      if (this.focus && !this.allInView(this.focus)) this.focusNodes(this.focus, false);
    }).observe(container);
  }

  getGraph(): DisplayGraph {
    return this.graph;
  }

  /** Replaces the data on screen and places its actors: cached positions, the previous view's, or a fresh layout. */
  setData(data: ActorGraph): void {
    const previous = this.graph;
    const next = buildDisplayGraph(data);
    assignCommunities(next, this.memory, detectCommunities(next));
    this.layout.cancel();
    this.graph = next;
    this.restyle();
    const fingerprint = viewFingerprint(next);
    const cached = readCachedLayout(fingerprint);
    const kept = next.filterNodes((node) => previous.hasNode(node)).length;
    let layout: "none" | "settle" | "full" = "none";
    if (cached && cached.length === next.order * 2) {
      next
        .nodes()
        .forEach((node, i) => next.mergeNodeAttributes(node, { x: cached[i * 2] ?? 0, y: cached[i * 2 + 1] ?? 0 }));
    } else if (next.order > 0 && kept >= next.order * KEEP_POSITIONS_SHARE) {
      seedCommunityRegions(next, this.importance);
      this.keepPositions(previous);
      layout = kept < next.order || next.size !== previous.size ? "settle" : "none";
    } else {
      seedCommunityRegions(next, this.importance);
      layout = "full";
    }
    this.hoverHighlight = null;
    this.selection = null;
    this.sigma.setSettings({ hideEdgesOnMove: next.size > LARGE_GRAPH_EDGES, ...LABEL_SETTINGS[this.choices.labels] });
    this.setSigmaGraph(next);
    this.applied = emptyApplied();
    this.applyStates();
    // A different set of actors is a different picture: frame all of it again.
    const sameActors = kept === next.order && kept === previous.order;
    if (!sameActors) this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    if (layout === "none") {
      this.events.onLayoutChange(false);
      if (!cached) writeCachedLayout(fingerprint, this.positions());
    } else {
      this.layout.start(next, layout === "full");
    }
  }

  /** Learns a view's communities without drawing it (the whole network, before an ego view is opened first). */
  rememberCommunities(data: ActorGraph): void {
    const graph = buildDisplayGraph(data);
    assignCommunities(graph, this.memory, detectCommunities(graph));
  }

  setDisplay(choices: DisplayChoices): void {
    this.choices = choices;
    this.restyle();
    this.sigma.setSettings(LABEL_SETTINGS[choices.labels]);
    this.sigma.refresh();
  }

  toggleLayout(): void {
    if (this.layout.isRunning()) this.layout.stop();
    else this.layout.start(this.graph, false);
  }

  isLayoutRunning(): boolean {
    return this.layout.isRunning();
  }

  /** Highlights a node and its neighbours (null clears). */
  selectNeighbourhood(node: string | null): void {
    this.selection = node === null ? null : neighbourhoodHighlight(this.graph, node);
    // Nothing selected: nothing to keep in view when the canvas changes size.
    if (node === null) this.focus = null;
    this.selectionIsPath = false;
    this.applyStates();
  }

  /** Highlights a path (null clears). */
  selectPath(path: readonly string[] | null): void {
    this.selection = path === null ? null : pathHighlight(this.graph, path);
    this.selectionIsPath = path !== null;
    this.applyStates();
  }

  /** Marks the pair `subject->object` selected (both its parts); null clears. */
  selectEdge(pair: string | null): void {
    this.selectedPair = pair;
    this.applyStates();
  }

  /** A node's label, or its id when it is not on screen. */
  labelOf(node: string): string {
    return this.graph.hasNode(node) ? this.graph.getNodeAttribute(node, "label") : node;
  }

  /** Moves the camera so that these nodes (and, for one node, its neighbours) fill the view, and keeps them there. */
  focusNodes(nodes: readonly string[], animate = true): void {
    const shown = nodes.filter((node) => this.graph.hasNode(node));
    this.focus = shown.length > 0 ? [...shown] : null;
    if (shown.length === 0) return;
    const around = shown.length === 1 ? [shown[0]!, ...this.graph.neighbors(shown[0]!)] : shown;
    const points = around.map((n) => this.sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const { width, height } = this.sigma.getDimensions();
    // The framed graph fits the shorter side of the view; a wide selection in a tall view needs more room.
    const aspect = width > 0 && height > 0 ? Math.max(width / height, height / width) : 1;
    const extent = Math.max(maxX - minX, maxY - minY) * FOCUS_MARGIN * (width < height ? aspect : 1);
    const ratio = Math.min(1, Math.max(MIN_FOCUS_RATIO, extent));
    const target = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 };
    if (animate) void this.sigma.getCamera().animate(target, { duration: 400 });
    else this.sigma.getCamera().setState(target);
  }

  /** Keeps these nodes in view from now on (also when the canvas narrows), moving the camera only if it must. */
  keepInView(nodes: readonly string[]): void {
    const shown = nodes.filter((node) => this.graph.hasNode(node));
    this.focus = shown.length > 0 ? [...shown] : null;
    if (this.focus && !this.allInView(this.focus)) this.focusNodes(this.focus);
  }

  /** Frames the highlighted actors when there are any, else the whole network. */
  fit(): void {
    const highlighted = this.highlightedNodes();
    if (highlighted.length > 0) this.focusNodes(highlighted);
    else this.resetCamera();
  }

  /** Shows the whole network, unrotated. */
  resetCamera(): void {
    this.focus = null;
    void this.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
  }

  /** The nodes currently drawn highlighted (hover first, else the selection); empty when nothing stands out. */
  highlightedNodes(): string[] {
    return [...((this.hoverHighlight ?? this.selection)?.nodes ?? [])].sort();
  }

  /** Viewport position of a node, null when it is not drawn. */
  nodeViewportPosition(node: string): { x: number; y: number } | null {
    const data = this.sigma.getNodeDisplayData(node);
    return data ? this.sigma.framedGraphToViewport(data) : null;
  }

  kill(): void {
    this.layout.kill();
    this.sigma.kill();
  }

  /**
   * sigma 4.0.4's setGraph leaves its parallel-edge index on the graph sigma was created with, so the pairs of the
   * new graph would not be curved apart (both directions of a reciprocal pair drawn as one line). Point the index at
   * the new graph first; the browser tests click each curve of a pair and would catch a sigma that changed this.
   */
  private setSigmaGraph(graph: DisplayGraph): void {
    const groups = (this.sigma as unknown as { edgeGroups?: { graph: unknown } }).edgeGroups;
    if (groups && "graph" in groups) groups.graph = graph;
    this.sigma.setGraph(graph);
  }

  private allInView(nodes: readonly string[]): boolean {
    const { width, height } = this.sigma.getDimensions();
    return nodes.every((node) => {
      const p = this.nodeViewportPosition(node);
      return p !== null && p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
    });
  }

  private positions(): Float32Array {
    const xy = new Float32Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_node, a) => {
      xy[i++] = a.x;
      xy[i++] = a.y;
    });
    return xy;
  }

  /** Nodes already on screen keep their place; a new node goes next to a placed neighbour, else stays seeded. */
  private keepPositions(previous: DisplayGraph): void {
    const next = this.graph;
    next.forEachNode((node) => {
      if (previous.hasNode(node)) {
        const old = previous.getNodeAttributes(node);
        next.mergeNodeAttributes(node, { x: old.x, y: old.y });
      }
    });
    next.forEachNode((node, a) => {
      if (previous.hasNode(node)) return;
      const placed = next.neighbors(node).find((n) => previous.hasNode(n));
      if (placed === undefined) return;
      const anchor = previous.getNodeAttributes(placed);
      // A small offset from the neighbour, taken from the actor's seeded place so it is the same on every run.
      next.mergeNodeAttributes(node, { x: anchor.x + (a.x % 7), y: anchor.y + (a.y % 7) });
    });
  }

  private restyle(): void {
    this.importance = applyNodeSizes(this.graph, this.choices.size);
    this.ranked = rankByImportance(this.graph, this.importance);
    applyLabelDensity(this.graph, this.ranked, this.choices.labels);
    this.events.onLegend(applyNodeColors(this.graph, this.choices.color, this.memory, this.ranked));
  }

  private setHovered(node: string | null): void {
    // While the view is dragged the pointer slides over nodes; highlighting them would restyle every frame.
    if (node !== null && this.sigma.getMouseCaptor().isMouseDown) return;
    this.hoverHighlight = node === null ? null : neighbourhoodHighlight(this.graph, node);
    this.applyStates();
  }

  /** Turns the active highlight, the selected pair and the path into sigma states, changing only what differs. */
  private applyStates(): void {
    const active = this.hoverHighlight ?? this.selection;
    const onPath =
      this.hoverHighlight === null && this.selectionIsPath
        ? (this.selection?.edges ?? new Set<string>())
        : new Set<string>();
    const selected = new Set(this.selectedPair ? pairEdges(this.graph, this.selectedPair) : []);
    const want = {
      nodes: active?.nodes ?? new Set<string>(),
      centre: active?.centre ?? new Set<string>(),
      edges: active?.edges ?? new Set<string>(),
      selected,
      path: onPath,
    };
    const sync = (
      have: Set<string>,
      wanted: Set<string>,
      set: (key: string, on: boolean) => void,
      exists: (key: string) => boolean,
    ) => {
      for (const key of have) if (!wanted.has(key) && exists(key)) set(key, false);
      for (const key of wanted) if (!have.has(key) && exists(key)) set(key, true);
    };
    const graph = this.graph;
    const hasNode = (key: string) => graph.hasNode(key);
    const hasEdge = (key: string) => graph.hasEdge(key);
    sync(this.applied.nodes, want.nodes, (key, on) => this.sigma.setNodeState(key, { isHighlighted: on }), hasNode);
    sync(this.applied.centre, want.centre, (key, on) => this.sigma.setNodeState(key, { isCentre: on }), hasNode);
    sync(this.applied.edges, want.edges, (key, on) => this.sigma.setEdgeState(key, { isHighlighted: on }), hasEdge);
    sync(this.applied.selected, want.selected, (key, on) => this.sigma.setEdgeState(key, { isSelected: on }), hasEdge);
    sync(this.applied.path, want.path, (key, on) => this.sigma.setEdgeState(key, { onPath: on }), hasEdge);
    this.applied = {
      nodes: new Set(want.nodes),
      centre: new Set(want.centre),
      edges: new Set(want.edges),
      selected: new Set(want.selected),
      path: new Set(want.path),
    };
  }
}
