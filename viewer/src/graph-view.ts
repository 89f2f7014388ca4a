// The sigma renderer and everything drawn on it: the display graph, node sizing and colouring, hover and selection
// highlights through nodeReducer/edgeReducer, camera focus, and the layout worker.

import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ActorGraph } from "../../graph-schema/index.ts";
import {
  buildDisplayGraph,
  type DisplayGraph,
  type DisplayNodeAttributes,
  type DisplayEdgeAttributes,
} from "./build-display-graph.ts";
import { neighbourhoodHighlight, pathHighlight, type GraphHighlight } from "./graph-highlight.ts";
import { LayoutController } from "./layout-controller.ts";
import { DIMMED_COLOR, PATH_COLOR } from "./palette.ts";
import { applyNodeColors, applyNodeSizes, type LegendEntry } from "./style-nodes.ts";
import type { NodeColorScheme, NodeSizeMetric } from "./view-state.ts";

export interface GraphViewEvents {
  onClickNode: (node: string) => void;
  onClickEdge: (edge: string) => void;
  onClickStage: () => void;
  onLayoutChange: (running: boolean) => void;
  onLegend: (legend: LegendEntry[]) => void;
}

/** Below this many nodes every label is drawn; above, only labels of nodes drawn larger than the threshold. */
export const SMALL_GRAPH_NODES = 60;
const SMALL_GRAPH_LABEL_THRESHOLD_PX = 0;
const SMALL_GRAPH_LABEL_CELL_PX = 60;
/** Above this many edges, edges are hidden while the camera moves, so panning stays fluid. */
export const LARGE_GRAPH_EDGES = 2_000;

/** Sigma settings of the viewer: arrows, labels only for the larger nodes, edge events for the evidence panel. */
export const SIGMA_SETTINGS = {
  defaultEdgeType: "arrow",
  enableEdgeEvents: true,
  renderEdgeLabels: false,
  labelRenderedSizeThreshold: 9,
  labelDensity: 0.5,
  labelGridCellSize: 120,
  labelFont: "Liberation Sans, Arial, sans-serif",
  zIndex: true,
  minEdgeThickness: 1,
  // Room for the labels of nodes on the border of the view.
  stagePadding: 60,
} as const;

/** Room around a focused neighbourhood, as a factor of its extent. */
const FOCUS_MARGIN = 1.8;
/** Closest zoom when focusing a lone node (camera ratio; 1 shows the whole graph). */
const MIN_FOCUS_RATIO = 0.2;

/** Owns the sigma instance and the graph on screen. */
export class GraphView {
  readonly sigma: Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>;
  private graph: DisplayGraph;
  private layout: LayoutController;
  private readonly events: GraphViewEvents;
  private hovered: string | null = null;
  private hoverHighlight: GraphHighlight | null = null;
  private selection: GraphHighlight | null = null;
  private selectionIsPath = false;
  private selectedEdge: string | null = null;
  private size: NodeSizeMetric;
  private color: NodeColorScheme;

  constructor(container: HTMLElement, events: GraphViewEvents, size: NodeSizeMetric, color: NodeColorScheme) {
    this.events = events;
    this.size = size;
    this.color = color;
    this.graph = buildDisplayGraph({ attributes: { totalEdges: 0, shownEdges: 0 }, options: { type: "directed" }, nodes: [], edges: [] });
    this.layout = new LayoutController(this.graph, events.onLayoutChange);
    this.sigma = new Sigma(this.graph, container, {
      ...SIGMA_SETTINGS,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on("enterNode", ({ node }) => this.setHovered(node));
    this.sigma.on("leaveNode", () => this.setHovered(null));
    this.sigma.on("clickNode", ({ node }) => events.onClickNode(node));
    this.sigma.on("clickEdge", ({ edge }) => events.onClickEdge(edge));
    this.sigma.on("clickStage", () => events.onClickStage());
    // The panel opening or closing changes the container's width; sigma only watches the window.
    new ResizeObserver(() => this.sigma.resize().scheduleRefresh()).observe(container);
  }

  getGraph(): DisplayGraph {
    return this.graph;
  }

  /** Replaces the data on screen, keeping positions of nodes that stay; runs the layout when nodes were added. */
  setData(data: ActorGraph): void {
    const next = buildDisplayGraph(data, this.graph);
    const added = next.filterNodes((node) => !this.graph.hasNode(node)).length;
    const removed = this.graph.filterNodes((node) => !next.hasNode(node)).length;
    this.layout.kill();
    this.graph = next;
    this.restyle();
    this.layout = new LayoutController(this.graph, this.events.onLayoutChange);
    this.hovered = null;
    this.hoverHighlight = null;
    const small = this.graph.order <= SMALL_GRAPH_NODES;
    this.sigma.setSettings({
      labelRenderedSizeThreshold: small ? SMALL_GRAPH_LABEL_THRESHOLD_PX : SIGMA_SETTINGS.labelRenderedSizeThreshold,
      // Small graphs: a finer label grid, so nearly every actor is named; large ones keep the sparser default.
      labelGridCellSize: small ? SMALL_GRAPH_LABEL_CELL_PX : SIGMA_SETTINGS.labelGridCellSize,
      labelDensity: small ? 1 : SIGMA_SETTINGS.labelDensity,
      hideEdgesOnMove: this.graph.size > LARGE_GRAPH_EDGES,
    });
    this.sigma.setGraph(this.graph);
    // A different set of actors is a different picture: frame all of it again.
    if (added > 0 || removed > 0) void this.sigma.getCamera().animatedReset({ duration: 300 });
    if (added > 0) this.layout.start();
    else this.events.onLayoutChange(false);
  }

  setStyle(size: NodeSizeMetric, color: NodeColorScheme): void {
    this.size = size;
    this.color = color;
    this.restyle();
    this.sigma.refresh();
  }

  toggleLayout(): void {
    this.layout.toggle();
  }

  isLayoutRunning(): boolean {
    return this.layout.isRunning();
  }

  /** Highlights a node and its neighbours (null clears). */
  selectNeighbourhood(node: string | null): void {
    this.selection = node === null ? null : neighbourhoodHighlight(this.graph, node);
    this.selectionIsPath = false;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Highlights a path (null clears). */
  selectPath(path: readonly string[] | null): void {
    this.selection = path === null ? null : pathHighlight(this.graph, path);
    this.selectionIsPath = path !== null;
    this.sigma.refresh({ skipIndexation: true });
  }

  selectEdge(edge: string | null): void {
    this.selectedEdge = edge !== null && this.graph.hasEdge(edge) ? edge : null;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** A node's label, or its id when it is not on screen. */
  labelOf(node: string): string {
    return this.graph.hasNode(node) ? this.graph.getNodeAttribute(node, "label") : node;
  }

  /** Moves the camera so that a node and its neighbours fill the view. */
  focusNode(node: string): void {
    const nodes = neighbourhoodHighlight(this.graph, node)?.nodes ?? new Set<string>();
    const points = [...nodes].map((n) => this.sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const extent = Math.max(maxX - minX, maxY - minY) * FOCUS_MARGIN;
    const ratio = Math.min(1, Math.max(MIN_FOCUS_RATIO, extent));
    void this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }

  /** The nodes currently drawn highlighted (hover first, else the selection); empty when nothing stands out. */
  highlightedNodes(): string[] {
    return [...((this.hoverHighlight ?? this.selection)?.nodes ?? [])].sort();
  }

  kill(): void {
    this.layout.kill();
    this.sigma.kill();
  }

  private restyle(): void {
    applyNodeSizes(this.graph, this.size);
    this.events.onLegend(applyNodeColors(this.graph, this.color));
  }

  private setHovered(node: string | null): void {
    // While the view is dragged the pointer slides over nodes; highlighting them would re-run the reducers per frame.
    if (node !== null && this.sigma.getMouseCaptor().isMouseDown) return;
    this.hovered = node;
    this.hoverHighlight = node === null ? null : neighbourhoodHighlight(this.graph, node);
    this.sigma.refresh({ skipIndexation: true });
  }

  private reduceNode(node: string, data: DisplayNodeAttributes): Partial<NodeDisplayData> {
    const active = this.hoverHighlight ?? this.selection;
    if (!active) return data;
    if (!active.nodes.has(node)) return { ...data, color: DIMMED_COLOR, label: "", zIndex: 0 };
    return { ...data, zIndex: 1, forceLabel: true, highlighted: node === this.hovered };
  }

  private reduceEdge(edge: string, data: DisplayEdgeAttributes): Partial<EdgeDisplayData> {
    if (edge === this.selectedEdge) return { ...data, zIndex: 2, size: data.size + 2 };
    const active = this.hoverHighlight ?? this.selection;
    if (!active) return data;
    if (!active.edges.has(edge)) return { ...data, color: DIMMED_COLOR, zIndex: 0 };
    const onPath = this.hoverHighlight === null && this.selectionIsPath;
    return { ...data, zIndex: 1, color: onPath ? PATH_COLOR : data.color };
  }
}
